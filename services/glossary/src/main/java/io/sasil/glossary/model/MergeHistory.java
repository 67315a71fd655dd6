package io.sasil.glossary.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One merge of the term base ({@link io.sasil.glossary.termbase.Merge}), with both entries as JSON. */
@Entity
@Table(name = "merge_record")
public class MergeHistory extends PanacheEntityBase {

    @Id
    public Long id;

    public String rule;

    @Column(name = "target_id")
    public long targetId;

    @Column(name = "absorbed_id")
    public long absorbedId;

    @Column(name = "target_label")
    public String targetLabel;

    @Column(name = "absorbed_label")
    public String absorbedLabel;

    @Column(name = "target_snapshot")
    public String targetSnapshot;

    @Column(name = "absorbed_snapshot")
    public String absorbedSnapshot;

    public boolean undone;

    @Column(name = "merged_at")
    public OffsetDateTime mergedAt;
}
