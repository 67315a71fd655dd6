package io.sasil.glossary.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the parenthetical groups of a text: {@code ( … )} and {@code [ … ]}, fullwidth forms included.
 *
 * <p>Rules, one left-to-right pass with a bounded stack (no recursion, linear time):
 * <ul>
 *   <li>a closer closes the innermost opener (of either kind, so {@code (…]} is read); nested groups
 *       are all reported, inner before outer in text order of their openers;</li>
 *   <li>an opener directly after the same opener ({@code ((}) is a typing slip and is merged with it;</li>
 *   <li>a closer followed by {@code │} or {@code |} and then, on the same line within 300
 *       characters and before any opener, a stray closer, extends the group to that closer
 *       ({@code 모멘트(Sputnik Moment) │ 기술적 … 순간)});</li>
 *   <li>an opener still open at the end of its line is unclosed: its content runs to the first closing
 *       quote, line end or 120 characters, and is marked malformed;</li>
 *   <li>openers nested deeper than {@value #MAX_DEPTH} are ignored, and so are their closers.</li>
 * </ul>
 */
public final class ParenthesisScanner {

    /** Deepest nesting read. */
    public static final int MAX_DEPTH = 32;

    private static final int EXTENSION_WINDOW = 300;
    private static final int UNCLOSED_WINDOW = 120;

    /** All groups of {@code text}, ordered by opener position. */
    public List<Parenthetical> scan(String text) {
        List<Parenthetical> out = new ArrayList<>();
        int[] stack = new int[MAX_DEPTH];
        boolean[] doubled = new boolean[MAX_DEPTH];
        int depth = 0;
        int ignored = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                while (depth > 0) {
                    depth--;
                    out.add(unclosed(text, stack[depth]));
                }
                ignored = 0;
            } else if (isOpener(c)) {
                if (depth > 0 && stack[depth - 1] == i - 1 && text.charAt(i - 1) == c && ignored == 0) {
                    doubled[depth - 1] = true;
                    stack[depth - 1] = i; // content starts after the second opener
                } else if (depth < MAX_DEPTH && ignored == 0) {
                    doubled[depth] = false;
                    stack[depth++] = i;
                } else {
                    ignored++;
                }
            } else if (isCloser(c)) {
                if (ignored > 0) {
                    ignored--;
                    continue;
                }
                if (depth == 0) {
                    continue; // stray closer
                }
                depth--;
                int open = stack[depth];
                int realOpen = doubled[depth] ? open - 1 : open;
                int close = i;
                boolean malformed = doubled[depth];
                if (depth == 0) {
                    int ext = extension(text, i);
                    if (ext > 0) {
                        close = ext;
                        malformed = true;
                        i = ext;
                    }
                }
                out.add(new Parenthetical(realOpen, open + 1, close, close + 1, malformed));
            }
        }
        while (depth > 0) {
            depth--;
            out.add(unclosed(text, stack[depth]));
        }
        out.sort(Comparator.comparingInt(Parenthetical::open));
        return out;
    }

    /** Index of the stray closer that a {@code ) │ …)} continuation ends at, or -1. */
    private static int extension(String text, int close) {
        int j = close + 1;
        int n = text.length();
        while (j < n && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= n || !(text.charAt(j) == '│' || text.charAt(j) == '|')) {
            return -1;
        }
        int limit = Math.min(n, close + EXTENSION_WINDOW);
        for (int k = j + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (isOpener(c) || c == '\n' || c == '\r') {
                return -1;
            }
            if (isCloser(c)) {
                return k;
            }
        }
        return -1;
    }

    private static Parenthetical unclosed(String text, int open) {
        int limit = Math.min(text.length(), open + 1 + UNCLOSED_WINDOW);
        int end = open + 1;
        while (end < limit) {
            char c = text.charAt(end);
            if (c == '\n' || c == '\r' || c == '’' || c == '”' || c == '」' || c == '』' || isOpener(c)) {
                break;
            }
            end++;
        }
        return new Parenthetical(open, open + 1, end, end, true);
    }

    static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '（' || c == '［';
    }

    static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '）' || c == '］';
    }
}
