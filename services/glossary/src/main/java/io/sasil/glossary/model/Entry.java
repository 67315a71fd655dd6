package io.sasil.glossary.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A term base entry: one thing named by one or more labels. */
@Entity
@Table(name = "entry")
public class Entry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "preferred_label")
    public String preferredLabel;

    public String category;

    public int frequency;

    @Column(name = "first_seen_at")
    public OffsetDateTime firstSeenAt;

    @Column(name = "first_document_id")
    public Long firstDocumentId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
