package io.sasil.reporting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** How far a follower of ingestion's documents has come: the largest document id it handled. */
@Entity
@Table(name = "indexer_cursor")
public class IndexerCursor extends PanacheEntityBase {

    @Id
    public String name;

    @Column(name = "last_document_id")
    public long lastDocumentId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
