package io.sasil.claims.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.sasil.common.contract.ClaimType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A claim found in a stored document. */
@Entity
@Table(name = "claim")
public class ClaimRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public long documentId;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    public String text;

    @Enumerated(EnumType.STRING)
    public ClaimType type;

    public double score;

    /** The reasons of the score, one per line. */
    public String reasons;

    public String speaker;
    public String hedge;

    /** The claim's quantities as a JSON array of {@code QuantityView}. */
    public String quantities;

    /** The claim's facts as a JSON array of {@code FactView}; null when stored before facts were read. */
    public String facts;

    /** Glossary entry ids mentioned in the claim, comma-separated. */
    public String subjects;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** {@code yyyy-MM} of {@link #publishedAt} in the offset the article was published with; null without a date. */
    @Column(name = "published_month")
    public String publishedMonth;
}
