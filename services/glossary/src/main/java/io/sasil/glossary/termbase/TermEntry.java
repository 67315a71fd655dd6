package io.sasil.glossary.termbase;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one term base entry; the persistence layer mirrors these fields one to one.
 *
 * @param id             entry id
 * @param preferredLabel the label shown for the entry (the first Korean term it was seen with)
 * @param labels         every label, in the order first seen, one per text (the type first seen wins)
 * @param category       inferred or set category, or null
 * @param evidence       every observation of a gloss pair of this entry (immutable; appending one evidence to an
 *                       entry's costs constant time, see {@link EvidenceList})
 * @param frequency      number of gloss pairs observed for the entry
 * @param firstSeen      when the entry was first seen
 */
public record TermEntry(long id, String preferredLabel, List<Label> labels, Category category,
        List<Evidence> evidence, int frequency, Instant firstSeen) {

    public TermEntry {
        Objects.requireNonNull(preferredLabel, "preferredLabel");
        labels = List.copyOf(labels);
        evidence = EvidenceList.copyOf(evidence);   // shared with the entry it grew from (EvidenceList)
    }

    /** The labels of one type. */
    public List<Label> labels(LabelType type) {
        return labels.stream().filter(l -> l.type() == type).toList();
    }

    /** The label with exactly this text, if any. */
    public Optional<Label> label(String text) {
        String t = text.strip();
        return labels.stream().filter(l -> l.text().equals(t)).findFirst();
    }
}
