package io.sasil.glossary.termbase;

import java.util.Objects;

/**
 * One label of an entry.
 *
 * @param text the label as written (trimmed)
 * @param type what the label is
 */
public record Label(String text, LabelType type) {

    public Label {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("blank label");
        }
    }

    /** The merge key of the text. */
    public TermKey key() {
        return TermKey.of(text);
    }
}
