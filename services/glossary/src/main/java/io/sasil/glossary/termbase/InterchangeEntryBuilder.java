package io.sasil.glossary.termbase;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the parts of one imported entry (a CSV row group, a TBX concept entry) into a
 * {@link InterchangeEntry}. Without an explicit preferred label, the first Korean label is preferred,
 * else the first label.
 */
final class InterchangeEntryBuilder {
    /** Where the entry starts in its file, for error messages. */
    final int line;
    final List<InterchangeLabel> labels = new ArrayList<>();
    final List<String> definitions = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    Category category;
    String preferred;

    InterchangeEntryBuilder(int line) {
        this.line = line;
    }

    InterchangeEntry record() {
        String p = preferred;
        if (p == null) {
            p = labels.stream().filter(l -> l.type() == LabelType.KOREAN).map(InterchangeLabel::text).findFirst()
                    .orElse(labels.isEmpty() ? null : labels.get(0).text());
        }
        return new InterchangeEntry(p, category, labels, definitions, notes);
    }
}
