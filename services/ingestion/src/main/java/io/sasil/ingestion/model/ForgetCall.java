package io.sasil.ingestion.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A "forget this document" call that glossary or claims has not acknowledged yet: written with the
 * delete, removed when the service answers 2xx (or 404), retried with backoff until then.
 */
@Entity
@Table(name = "forget_outbox")
public class ForgetCall extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public long documentId;

    /** {@code glossary} or {@code claims}. */
    public String service;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;
}
