package io.sasil.glossary.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row of {@code term_base_state}: the version counter every change bumps, and bookkeeping. */
@Entity
@Table(name = "term_base_state")
public class TermBaseStateRow extends PanacheEntityBase {

    /** Always 1. */
    @Id
    public Integer id;

    public long version;

    @Column(name = "next_entry_id")
    public long nextEntryId;

    @Column(name = "next_merge_id")
    public long nextMergeId;

    /** JSON: undone merges, absorbed-into links, separations, members. */
    public String bookkeeping;
}
