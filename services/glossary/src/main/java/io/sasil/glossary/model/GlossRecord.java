package io.sasil.glossary.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.sasil.common.contract.GlossKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gloss pair found in a stored document. */
@Entity
@Table(name = "gloss")
public class GlossRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public long documentId;

    public String term;
    public String gloss;

    @Enumerated(EnumType.STRING)
    public GlossKind kind;

    @Column(name = "term_start")
    public int termStart;
    @Column(name = "term_end")
    public int termEnd;
    @Column(name = "gloss_start")
    public int glossStart;
    @Column(name = "gloss_end")
    public int glossEnd;

    @Column(name = "entry_id")
    public Long entryId;
}
