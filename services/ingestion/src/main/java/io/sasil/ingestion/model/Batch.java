package io.sasil.ingestion.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One request that carried several articles; its progress is counted from its items' documents. A JSON Lines
 * batch is stored while its body arrives: {@link #items} and the item rows grow as it is read.
 */
@Entity
@Table(name = "batch")
public class Batch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@code jsonl} or {@code multipart}. */
    public String format;

    /** What the request's reading came to. */
    public enum State {
        /** The body is still being read; items are stored as they arrive. */
        RECEIVING,
        /** Every item of the request was read and stored or refused. */
        COMPLETE,
        /** Reading stopped at a limit (articles or bytes); the items read before it were kept. */
        TRUNCATED,
        /** The body ended early (the client went away, or the service stopped); the items read were kept. */
        INTERRUPTED
    }

    /** How many items (non-blank lines, or files) were read so far; all of them once the batch is not receiving. */
    public int items;

    @Enumerated(EnumType.STRING)
    public State state;

    /** When items were last stored (or the batch finished). */
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
