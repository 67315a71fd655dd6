package io.sasil.glossary.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One label of an entry (a Korean form, an English name, a Hanja spelling, …) with its merge key. */
@Entity
@Table(name = "entry_label")
public class EntryLabel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id")
    public long entryId;

    public String text;

    @Column(name = "label_key")
    public String key;

    public String type;
}
