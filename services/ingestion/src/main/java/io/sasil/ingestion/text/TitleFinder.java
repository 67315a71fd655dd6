package io.sasil.ingestion.text;

/**
 * Finds a title in a plain text whose sender gave none: its first non-blank line.
 *
 * <ul>
 *   <li>Leading and trailing white space of the line is removed.</li>
 *   <li>A Markdown heading mark ({@code #} to {@code ######} followed by a space) or a setext
 *       underline is not part of the title: {@code ## 반도체 수출} → {@code 반도체 수출}; a line made
 *       only of {@code #}, {@code =}, {@code -} or {@code *} is skipped.</li>
 *   <li>A line longer than {@value #MAX_CODE_POINTS} code points (a body paragraph, not a
 *       headline) is cut at the last space before that length, or at the length itself when the
 *       line has no space there, and {@code …} is appended.</li>
 *   <li>A text with no non-blank line has no title ({@code null}).</li>
 * </ul>
 * Lines end at LF, CR, U+0085, U+2028 and U+2029. Only the first lines are read (linear in the
 * length of what is read); stateless and thread-safe.
 */
public final class TitleFinder {

    /** Longest title kept whole, in code points. */
    public static final int MAX_CODE_POINTS = 120;

    /** The title of {@code text}, or {@code null} when it has no non-blank line. */
    public String find(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            String line = stripHeadingMark(text.substring(lineStart, lineEnd).strip());
            if (!line.isEmpty() && !isRule(line)) {
                return shorten(line);
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static String stripHeadingMark(String line) {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes >= 1 && hashes <= 6 && hashes < line.length() && Character.isWhitespace(line.charAt(hashes))) {
            String rest = line.substring(hashes).strip();
            // a closing sequence of #s (ATX style) is not part of the heading either
            int end = rest.length();
            while (end > 0 && rest.charAt(end - 1) == '#') {
                end--;
            }
            return end < rest.length() && (end == 0 || Character.isWhitespace(rest.charAt(end - 1)))
                    ? rest.substring(0, end).strip() : rest;
        }
        return line;
    }

    private static boolean isRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '#' && c != '=' && c != '-' && c != '*' && c != '_' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String line) {
        int codePoints = line.codePointCount(0, line.length());
        if (codePoints <= MAX_CODE_POINTS) {
            return line;
        }
        int cut = line.offsetByCodePoints(0, MAX_CODE_POINTS);
        int space = line.lastIndexOf(' ', cut);
        if (space > 0) {
            cut = space;
        }
        return line.substring(0, cut).strip() + "…";
    }
}
