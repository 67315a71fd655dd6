package io.sasil.glossary.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One observation of a gloss pair of an entry ({@link io.sasil.glossary.termbase.Evidence}). */
@Entity
@Table(name = "entry_evidence")
public class EntryEvidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id")
    public long entryId;

    /** Order of the evidence within its entry. */
    public int position;

    @Column(name = "document_id")
    public String documentId;

    public String term;

    @Column(name = "term_start")
    public Integer termStart;
    @Column(name = "term_end")
    public Integer termEnd;
    @Column(name = "gloss_start")
    public Integer glossStart;
    @Column(name = "gloss_end")
    public Integer glossEnd;
}
