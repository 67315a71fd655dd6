package io.sasil.ingestion.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What remains of a deleted document: its id and when it was deleted (ids are never reused). */
@Entity
@Table(name = "document_tombstone")
public class DocumentTombstone extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
