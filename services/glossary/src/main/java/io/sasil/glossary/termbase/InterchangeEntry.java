package io.sasil.glossary.termbase;

import java.util.ArrayList;
import java.util.List;

/**
 * A term base entry as exchanged with other tools (TBX, CSV, JSON): no ids, no evidence.
 *
 * @param preferredLabel the label shown for the entry; one of {@code labels}
 * @param category       category or null
 * @param labels         names of the entry, at least one
 * @param definitions    Korean definitions (DEFINITION labels)
 * @param notes          free notes
 */
public record InterchangeEntry(String preferredLabel, Category category, List<InterchangeLabel> labels, List<String> definitions,
        List<String> notes) {

    /** Longest label or definition accepted, in UTF-16 units (labels and definitions: no control characters but
     * tab, definitions may break lines; notes are free). */
    public static final int MAX_TEXT = 2000;

    public InterchangeEntry {
        labels = labels == null ? List.of() : List.copyOf(labels);
        definitions = definitions == null ? List.of() : List.copyOf(definitions);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The problems that make this record unimportable; empty when it is valid. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (preferredLabel == null || preferredLabel.isBlank()) {
            out.add("preferred label is missing");
        }
        if (labels.isEmpty()) {
            out.add("no label");
        }
        for (int i = 0; i < labels.size(); i++) {
            InterchangeLabel l = labels.get(i);
            if (l == null || l.text() == null || l.text().isBlank()) {
                out.add("label " + (i + 1) + " is blank");
            } else if (l.type() == null) {
                out.add("label '" + l.text() + "' has no type");
            } else if (l.type() == LabelType.DEFINITION) {
                out.add("label '" + l.text() + "' is a DEFINITION: put it in definitions");
            } else if (!clean(l.text())) {
                out.add("label " + (i + 1) + " is too long or contains control characters");
            }
        }
        for (String d : definitions) {
            if (d == null || d.isBlank() || !clean(d.replace('\n', ' ').replace('\r', ' '))) {
                out.add("a definition is blank, too long or contains control characters");
            }
        }
        if (preferredLabel != null && !preferredLabel.isBlank()
                && labels.stream().noneMatch(l -> l != null && l.text() != null
                        && l.text().strip().equals(preferredLabel.strip()))) {
            out.add("preferred label '" + preferredLabel + "' is not one of the labels");
        }
        return out;
    }

    private static boolean clean(String s) {
        return s.length() <= MAX_TEXT && s.codePoints().noneMatch(cp -> Character.isISOControl(cp) && cp != '\t');
    }

    /** The record of an entry (DEFINITION labels become definitions). */
    public static InterchangeEntry of(TermEntry e) {
        List<InterchangeLabel> labels = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        for (Label l : e.labels()) {
            if (l.type() == LabelType.DEFINITION) {
                defs.add(l.text());
            } else {
                labels.add(new InterchangeLabel(l.text(), l.type(), InterchangeLabel.defaultLanguage(l.type(), l.text())));
            }
        }
        String preferred = e.preferredLabel();
        if (labels.stream().noneMatch(l -> l.text().equals(preferred)) && !labels.isEmpty()) {
            return new InterchangeEntry(labels.get(0).text(), e.category(), labels, defs, List.of());
        }
        return new InterchangeEntry(preferred, e.category(), labels, defs, List.of());
    }

    /** The labels of an entry made from this record (definitions as DEFINITION labels). */
    public List<Label> entryLabels() {
        List<Label> out = new ArrayList<>();
        labels.forEach(l -> out.add(new Label(l.text(), l.type())));
        definitions.forEach(d -> out.add(new Label(d, LabelType.DEFINITION)));
        return out;
    }

    /**
     * Imports records all or nothing: every record is validated first; the first invalid one fails the import with
     * its position ({@code record 3}); only then are entries created.
     *
     * @return the created entries, in order
     */
    public static List<TermEntry> importInto(TermBase base, List<InterchangeEntry> records) {
        validateAll(records, i -> "record " + (i + 1));
        List<TermEntry> out = new ArrayList<>(records.size());
        for (InterchangeEntry r : records) {
            out.add(base.create(r.preferredLabel(), r.entryLabels(), r.category()));
        }
        return out;
    }

    /** Throws a {@link TermImportException} for the first invalid record, located by {@code where}. */
    static void validateAll(List<InterchangeEntry> records, java.util.function.IntFunction<String> where) {
        for (int i = 0; i < records.size(); i++) {
            List<String> problems = records.get(i).problems();
            if (!problems.isEmpty()) {
                throw new TermImportException(where.apply(i), String.join("; ", problems));
            }
        }
    }
}
