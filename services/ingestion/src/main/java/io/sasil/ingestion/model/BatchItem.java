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

/** One article of a batch: the document it gave, or why it was rejected. */
@Entity
@Table(name = "batch_item")
public class BatchItem extends PanacheEntityBase {

    /** What became of an item. */
    public enum Outcome {
        /** A new document was stored. */
        CREATED,
        /** The same normalised content was already stored (possibly by an earlier item of the batch). */
        DUPLICATE,
        /** Refused; {@code problem*} say why. Nothing was stored for it. */
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "batch_id")
    public long batchId;

    /** Position of the item in the request, from 1. */
    @Column(name = "item_no")
    public int itemNo;

    /** Line of the JSON Lines body, from 1; null for files. */
    @Column(name = "line_no")
    public Integer lineNo;

    /** Name of the uploaded file; null for JSON Lines. */
    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "problem_status")
    public Integer problemStatus;

    @Column(name = "problem_type")
    public String problemType;

    @Column(name = "problem_detail")
    public String problemDetail;
}
