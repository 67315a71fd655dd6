package io.sasil.ingestion.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One request that carried several articles; its progress is counted from its items' documents. */
@Entity
@Table(name = "batch")
public class Batch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@code jsonl} or {@code multipart}. */
    public String format;

    /** How many items (non-blank lines, or files) the request carried. */
    public int items;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
