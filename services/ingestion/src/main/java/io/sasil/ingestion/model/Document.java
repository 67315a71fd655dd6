package io.sasil.ingestion.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.sasil.common.contract.DocumentStatus;
import jakarta.persistence.Column;
import org.hibernate.annotations.TimeZoneColumn;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A stored article: its original and normalised text, metadata and where its analysis stands. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
    public String url;
    public String source;

    /** When it was published, read back in the offset it was stored with ({@code published_at_offset}). */
    @Column(name = "published_at")
    @TimeZoneStorage(TimeZoneStorageType.COLUMN)
    @TimeZoneColumn(name = "published_at_offset")
    public OffsetDateTime publishedAt;

    public String language;

    @Enumerated(EnumType.STRING)
    public DocumentStatus status;

    public int attempts;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "content_hash")
    public String contentHash;

    /** The text as received (after HTML extraction), before normalisation. */
    @Column(name = "original_text")
    public String originalText;

    /** The normalised text; every offset of the suite points into it. */
    public String text;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** When the analysis driver may try this document next; null once it is analysed or failed. */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    @Column(name = "batch_id")
    public Long batchId;

    /** JSON of the article's {@link io.sasil.common.contract.ArticleMetadata}, or null. */
    public String metadata;

    public static Optional<Document> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }
}
