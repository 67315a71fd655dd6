package io.sasil.ingestion.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** One sentence of a document, by code point offsets into the document's normalised text. */
@Entity
@Table(name = "sentence")
public class Sentence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public long documentId;

    @Column(name = "idx")
    public int index;

    public int paragraph;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    public static List<Sentence> ofDocument(long documentId) {
        return list("documentId = ?1 order by index", documentId);
    }
}
