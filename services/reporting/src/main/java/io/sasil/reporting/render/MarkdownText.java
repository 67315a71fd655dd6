package io.sasil.reporting.render;

/**
 * Escaping of text put into Markdown (CommonMark with GFM tables).
 *
 * <p>Rule: every character that can start inline markup or HTML, or end a table cell, is escaped with a backslash
 * ({@code \ ` * _ [ ] < > | ~ & $ # !}; CommonMark allows a backslash before any ASCII punctuation and shows the
 * character as it is); line breaks (CR LF, CR, LF, U+2028, U+2029) become {@code <br>} in a cell and a space
 * elsewhere, so a value never ends a table row or starts a block. Control characters other than tab become a
 * space.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** {@code s} escaped for inline text (a heading, a list item); null is empty. */
    public static String inline(String s) {
        return escape(s, " ");
    }

    /** {@code s} escaped for a table cell; null is empty. */
    public static String cell(String s) {
        return escape(s, "<br>");
    }

    private static String escape(String s, String lineBreak) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '$', '#', '!' -> b.append('\\').append(c);
                case '\r' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    b.append(lineBreak);
                }
                case '\n', '\u2028', '\u2029' -> b.append(lineBreak);
                default -> b.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
            }
        }
        return b.toString();
    }
}
