package io.sasil.glossary.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A term base entry: one thing named by one or more labels. */
@Entity
@Table(name = "entry")
public class Entry extends PanacheEntityBase {

    /** The term base's id, assigned by {@link io.sasil.glossary.termbase.TermBase} (not generated). */
    @Id
    public Long id;

    @Column(name = "preferred_label")
    public String preferredLabel;

    public String category;

    /** Mentions of the entry in all stored documents. */
    public int frequency;

    /** Stored documents that mention the entry. */
    @Column(name = "document_count")
    public int documentCount;

    /** Gloss pairs observed for the entry (the term base's own frequency). */
    @Column(name = "pair_count")
    public int pairCount;

    @Column(name = "first_seen_at")
    public OffsetDateTime firstSeenAt;

    @Column(name = "first_document_id")
    public Long firstDocumentId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
