package io.sasil.glossary.termbase;

/**
 * One merge of two entries, kept so that it can be explained and undone.
 *
 * @param id          merge id, unique in its term base
 * @param rule        why the entries were merged
 * @param target      the entry that absorbed the other and kept its id, as it was just before the merge
 * @param absorbed    the absorbed entry as it was just before the merge
 * @param targetLabel the label of the target that met {@code absorbedLabel} (null for MANUAL)
 * @param absorbedLabel the label of the absorbed entry that met {@code targetLabel} (null for MANUAL)
 */
public record Merge(long id, MergeRule rule, TermEntry target, TermEntry absorbed, String targetLabel,
        String absorbedLabel) {

    /** The id of the absorbed entry, which {@link TermBase#unmerge(long)} restores. */
    public long absorbedId() {
        return absorbed.id();
    }

    /** The id of the entry that kept its id. */
    public long targetId() {
        return target.id();
    }
}
