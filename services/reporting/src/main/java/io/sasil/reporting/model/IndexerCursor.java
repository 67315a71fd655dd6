package io.sasil.reporting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * How far a follower of ingestion's change feed has come: the ({@code updatedAt}, id) of the last
 * change it handled (null and 0 before the first).
 */
@Entity
@Table(name = "indexer_cursor")
public class IndexerCursor extends PanacheEntityBase {

    @Id
    public String name;

    @Column(name = "last_document_id")
    public long lastDocumentId;

    @Column(name = "last_changed_at")
    public OffsetDateTime lastChangedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
