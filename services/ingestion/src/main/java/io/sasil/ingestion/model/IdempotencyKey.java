package io.sasil.ingestion.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An {@code Idempotency-Key} a client sent, and the document its request created. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey extends PanacheEntityBase {

    @Id
    @Column(name = "idem_key")
    public String key;

    /** SHA-256 of the request body: the same key with another body is a client error. */
    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "document_id")
    public long documentId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
