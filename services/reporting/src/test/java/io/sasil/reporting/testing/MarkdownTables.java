package io.sasil.reporting.testing;

/** Reading the Markdown tables of a rendered report in tests. */
public final class MarkdownTables {

    private MarkdownTables() {
    }

    /** The cell separators of a table row: its {@code |} that are not escaped ({@code \|} is text in a cell). */
    public static int unescapedPipes(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }
}
