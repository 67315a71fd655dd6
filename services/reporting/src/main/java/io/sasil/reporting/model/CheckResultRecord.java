package io.sasil.reporting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One stored finding of a consistency check; the findings of a document are replaced each time it is checked. */
@Entity
@Table(name = "check_result")
public class CheckResultRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public long documentId;

    @Column(name = "check_name")
    public String checkName;

    /** CONSISTENT, INCONSISTENT or UNVERIFIABLE. */
    public String verdict;

    public String explanation;

    public String tolerance;

    /** The involved quantities as a JSON array of {@code Involved}. */
    public String involved;

    @Column(name = "document_source")
    public String documentSource;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "computed_at")
    public OffsetDateTime computedAt;
}
