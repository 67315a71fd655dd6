package io.sasil.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a (normalised) text into paragraphs and sentences with code point offsets.
 *
 * <p><b>Paragraphs.</b> Every non-blank line is a paragraph (lines end at LF, and also at CR,
 * U+0085, U+2028 and U+2029 for text that was not normalised); blank lines are just more
 * separators. News articles arrive both ways (one paragraph per line, as in most CMS exports and
 * in {@code HtmlTextExtractor} output for {@code <br>}, or paragraphs separated by blank lines),
 * and a title or byline line must never be glued to the body. The cost: hard-wrapped text (lines
 * broken at a fixed width inside a paragraph) is split at every line end. Paragraph and sentence
 * offsets exclude leading and trailing white space.
 *
 * <p><b>Sentences.</b> A sentence ends after a terminator group and before white space or the end
 * of the paragraph. A terminator group is one of {@code . ? ! 。 ？ ！ ‼ ⁇ ⁈ ⁉}, then any further
 * {@code ?}/{@code !}, then any closing quotes and brackets ({@code 다.”}, {@code 다.’},
 * {@code 요?)}), then any citation markers ({@code 다.[1][2]}: they stay with the sentence before
 * them). The boundary is not taken when:
 * <ul>
 *   <li>the group is followed directly by a letter: {@code ”라며}, {@code ”라고}, {@code ’라는}
 *       continue the sentence, and so do {@code 3.5}, {@code U.S.A}, {@code www.example.com};</li>
 *   <li>it lies inside a matched pair of quotes or brackets: {@code “…”}, {@code ‘…’},
 *       {@code "…"}, {@code (…)}, {@code […]}, {@code 「…」}, {@code 『…』} and the like. Pairs are
 *       matched with a stack first; an opener that is never closed (a typo, or 10,000
 *       {@code (}) protects nothing, so one stray quote cannot swallow the rest of the text;</li>
 *   <li>the full stop belongs to an ellipsis ({@code ...}; {@code …} is never a terminator);</li>
 *   <li>the full stop ends an abbreviation: a dotted one ({@code U.S.}, {@code e.g.},
 *       {@code a.m.}, {@code Ph.D.}: every part one or two letters, so {@code example.com.} still ends a
 *       sentence), a capital initial followed by a capitalised word ({@code J. K. Rowling}), or one of a short list of titles
 *       and Latin abbreviations ({@code Dr. Mr. Mrs. Ms. Prof. Jr. Sr. St. vs. Inc. Corp. Co. Ltd.
 *       No. Vol. Fig. Jan. Feb. …});</li>
 *   <li>the full stop ends a list number at the start of the paragraph: 1–3 digits, a Roman
 *       numeral, a single Latin letter or one of 가 나 다 라 마 바 사 아 자 차 카 타 파 하
 *       ({@code 1. 서론}, {@code 가. 목적});</li>
 *   <li>the full stop follows a number and the next word is a number too, or the number before it
 *       was itself {@code N.}: a date written {@code 2025. 2. 3.} or {@code 2025.2.3.}.</li>
 * </ul>
 * One boundary is taken without white space: a full stop right after a sentence-final syllable
 * {@code 다 요 까 죠} followed directly by a Hangul syllable or an opening quote
 * ({@code 했다.그러나}, a frequent typing slip). A line without final punctuation (a title, a
 * byline, a caption) ends its sentence at the end of the line.
 *
 * <p>Linear in the length of the text: one pass to match pairs, one pass to find boundaries, and
 * every look-behind bounded. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "inc", "corp", "co", "ltd",
            "no", "vol", "fig", "gen", "gov", "sen", "rep", "dept", "approx", "est", "ph",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final String LIST_SYLLABLES = "가나다라마바사아자차카타파하";

    /** Openers, indexed like {@link #CLOSERS}. */
    private static final String OPENERS = "“‘([{「『【〈《（［｛｢«〔";
    private static final String CLOSERS = "”’)]}」』】〉》）］｝｣»〕";
    private static final int STRAIGHT_DOUBLE = OPENERS.length();
    private static final int STRAIGHT_SINGLE = OPENERS.length() + 1;
    private static final int PAIR_TYPES = OPENERS.length() + 2;
    /** ASCII characters that open or close a pair. */
    private static final boolean[] ASCII_PAIR = new boolean[0x80];

    static {
        for (char c : "\"'()[]{}".toCharArray()) {
            ASCII_PAIR[c] = true;
        }
    }

    /** Splits {@code text} into paragraphs of sentences; offsets are code points. */
    public List<Paragraph> split(String text) {
        int[] cps = codePoints(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        Scratch scratch = new Scratch();
        int sentenceIndex = 0;
        int lineStart = 0;
        while (lineStart <= cps.length) {
            int lineEnd = lineStart;
            while (lineEnd < cps.length && !isLineBreak(cps[lineEnd])) {
                lineEnd++;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isSpace(cps[s])) {
                s++;
            }
            while (e > s && isSpace(cps[e - 1])) {
                e--;
            }
            if (s < e) {
                List<Sentence> sentences = new ArrayList<>();
                splitParagraph(cps, s, e, paragraphs.size(), sentenceIndex, sentences, scratch);
                sentenceIndex += sentences.size();
                paragraphs.add(new Paragraph(paragraphs.size(), s, e, sentences));
            }
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }

    /** The sentences of {@code text}, flattened. */
    public List<Sentence> sentences(String text) {
        List<Sentence> all = new ArrayList<>();
        for (Paragraph p : split(text)) {
            all.addAll(p.sentences());
        }
        return all;
    }

    private void splitParagraph(int[] cps, int ps, int pe, int paragraph, int firstIndex,
                                List<Sentence> out, Scratch scratch) {
        int len = pe - ps;
        int[] inside = scratch.inside(len + 2);
        boolean[] closer = scratch.closer(len + 1);
        matchPairs(cps, ps, pe, inside, closer, scratch);
        // prefix sums: inside[k] > 0 means a boundary before code point ps + k is inside a pair
        for (int k = 1; k <= len; k++) {
            inside[k] += inside[k - 1];
        }

        int sentenceStart = ps;
        int i = ps;
        while (i < pe) {
            int cp = cps[i];
            if (!isTerminator(cp)) {
                i++;
                continue;
            }
            if (cp == '.' && !isFullStop(cps, ps, pe, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < pe && (cps[j] == '?' || cps[j] == '!')) {
                j++;
            }
            int afterTerminators = j;
            while (j < pe && (CLOSERS.indexOf(cps[j]) >= 0 || closer[j - ps])) {
                j++;
            }
            j = skipCitations(cps, j, pe);
            boolean boundary;
            if (j == pe || isSpace(cps[j])) {
                boundary = true;
            } else if (cp == '。') {
                boundary = true; // CJK text runs on without spaces
            } else {
                boundary = cp == '.' && afterTerminators == j && i > ps && isFinalSyllable(cps[i - 1])
                        && (Hangul.isSyllable(cps[j]) || cps[j] == '“' || cps[j] == '‘');
            }
            if (boundary && inside[j - ps] == 0) {
                emit(cps, sentenceStart, j, paragraph, firstIndex, out);
                sentenceStart = j;
            }
            i = j;
        }
        emit(cps, sentenceStart, pe, paragraph, firstIndex, out);
    }

    private static int[] codePoints(String text) {
        int n = text.length();
        int[] cps = new int[n];
        int k = 0;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                cps[k++] = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
            } else {
                cps[k++] = c;
                i++;
            }
        }
        return k == n ? cps : java.util.Arrays.copyOf(cps, k);
    }

    private static void emit(int[] cps, int start, int end, int paragraph, int firstIndex, List<Sentence> out) {
        while (start < end && isSpace(cps[start])) {
            start++;
        }
        while (end > start && isSpace(cps[end - 1])) {
            end--;
        }
        if (start < end) {
            out.add(new Sentence(firstIndex + out.size(), paragraph, start, end, new String(cps, start, end - start)));
        }
    }

    /**
     * Matches quotes and brackets of one paragraph with a stack. For each matched pair (o, c) the
     * boundaries before o+1 … c are inside: {@code inside[o+1-ps]++}, {@code inside[c+1-ps]--}.
     * A closer whose opener is deeper in the stack pops the unmatched openers above it; a closer
     * with no opener is ignored. Each position is pushed and popped at most once.
     */
    private static void matchPairs(int[] cps, int ps, int pe, int[] inside, boolean[] closer, Scratch scratch) {
        int[] stack = scratch.stack(pe - ps);
        int[] types = scratch.types(pe - ps);
        int[] open = scratch.openCounts(PAIR_TYPES);
        int top = 0;
        for (int i = ps; i < pe; i++) {
            int cp = cps[i];
            if (cp < 0x80 ? !ASCII_PAIR[cp] : Hangul.isSyllable(cp)) {
                continue; // fast path: letters, digits, spaces, most punctuation
            }
            int type = OPENERS.indexOf(cp);
            if (type >= 0) {
                stack[top] = i;
                types[top++] = type;
                open[type]++;
                continue;
            }
            int closes = CLOSERS.indexOf(cp);
            boolean straightOpen = false;
            if (cp == '"') {
                closes = STRAIGHT_DOUBLE;
                straightOpen = open[STRAIGHT_DOUBLE] == 0;
            } else if (cp == '\'') {
                boolean letterBefore = i > ps && Character.isLetterOrDigit(cps[i - 1]);
                boolean letterAfter = i + 1 < pe && Character.isLetterOrDigit(cps[i + 1]);
                if (open[STRAIGHT_SINGLE] > 0 && (!letterAfter || !isAsciiLetter(cps[i - 1]))) {
                    closes = STRAIGHT_SINGLE;
                } else if (!letterBefore) {
                    closes = STRAIGHT_SINGLE;
                    straightOpen = true;
                } else {
                    continue; // an apostrophe: don't, Xi's
                }
            }
            if (straightOpen) {
                stack[top] = i;
                types[top++] = closes;
                open[closes]++;
                continue;
            }
            if (closes < 0 || open[closes] == 0) {
                continue;
            }
            while (types[top - 1] != closes) {
                open[types[--top]]--;
            }
            int o = stack[--top];
            open[closes]--;
            inside[o + 1 - ps]++;
            inside[i + 1 - ps]--;
            closer[i - ps] = true;
        }
        for (int t = 0; t < top; t++) {
            open[types[t]] = 0;
        }
    }

    private static int skipCitations(int[] cps, int j, int pe) {
        while (j < pe && cps[j] == '[') {
            int k = j + 1;
            int limit = Math.min(pe, j + 16);
            boolean digit = false;
            while (k < limit && (isAsciiDigit(cps[k]) || cps[k] == ',' || cps[k] == '-' || cps[k] == '–' || cps[k] == ' ')) {
                digit |= isAsciiDigit(cps[k]);
                k++;
            }
            if (!digit || k >= limit || cps[k] != ']') {
                break;
            }
            j = k + 1;
        }
        return j;
    }

    /** Whether the full stop at {@code i} can end a sentence (ellipsis, abbreviation, list, date rules). */
    private static boolean isFullStop(int[] cps, int ps, int pe, int i) {
        if (i > ps && cps[i - 1] == '.' || i + 1 < pe && cps[i + 1] == '.') {
            return false; // ellipsis "..."
        }
        // the word before the full stop: ASCII letters and dots, or digits, or one syllable
        int w = i;
        int limit = Math.max(ps, i - 16);
        while (w > limit && (isAsciiLetter(cps[w - 1]) || cps[w - 1] == '.')) {
            w--;
        }
        if (w < i && (w == ps || !isAsciiLetter(cps[w - 1]) && !Character.isLetterOrDigit(cps[w - 1]))) {
            String word = new String(cps, w, i - w);
            if (isAbbreviation(word)) {
                return false;
            }
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && i + 2 < pe
                    && isSpace(cps[i + 1]) && cps[i + 2] >= 'A' && cps[i + 2] <= 'Z') {
                return false; // an initial: "J. K. Rowling"
            }
            if (w == ps && isRomanNumeral(word)) {
                return false;
            }
        }
        int d = i;
        while (d > limit && isAsciiDigit(cps[d - 1])) {
            d--;
        }
        if (d < i && isDottedDate(cps, ps, d, limit)) {
            return false; // the last dot of "2025.2.3."
        }
        if (d < i && (d == ps || !Character.isLetterOrDigit(cps[d - 1]) && cps[d - 1] != '.' && cps[d - 1] != ',')) {
            if (d == ps && i - d <= 3) {
                return false; // list number "1. "
            }
            int next = i + 1;
            while (next < pe && next < i + 4 && isSpace(cps[next])) {
                next++;
            }
            if (next > i + 1 && next < pe && isAsciiDigit(cps[next])) {
                return false; // "2025. 2" of a date
            }
            int before = d;
            while (before > ps && before > d - 3 && isSpace(cps[before - 1])) {
                before--;
            }
            if (before < d && before > ps && cps[before - 1] == '.' && before - 2 >= ps && isAsciiDigit(cps[before - 2])) {
                return false; // the last "3." of "2025. 2. 3."
            }
        }
        if (i == ps + 1 && LIST_SYLLABLES.indexOf(cps[ps]) >= 0 && i + 1 < pe) {
            return false; // "가. 목적"
        }
        return true;
    }

    /** Whether the digits ending at the full stop follow at least two "digits." groups: 2025.2.3 */
    private static boolean isDottedDate(int[] cps, int ps, int lastDigitsStart, int limit) {
        int k = lastDigitsStart;
        int groups = 0;
        while (k - 1 > limit && cps[k - 1] == '.' && isAsciiDigit(cps[k - 2])) {
            k -= 1;
            while (k > limit && isAsciiDigit(cps[k - 1])) {
                k--;
            }
            groups++;
        }
        return groups >= 2 && (k == ps || !Character.isLetterOrDigit(cps[k - 1]) && cps[k - 1] != '.');
    }

    private static boolean isAbbreviation(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (word.indexOf('.') > 0) {
            // dotted: U.S, e.g, a.m, Ph.D — but not example.com or Node.js
            for (String part : word.split("\\.")) {
                if (part.length() > 2) {
                    return false;
                }
            }
            return true;
        }
        if (word.indexOf('.') == 0) {
            return false;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isRomanNumeral(String word) {
        if (word.isEmpty() || word.length() > 5) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ("IVXLivxl".indexOf(word.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTerminator(int cp) {
        return cp == '.' || cp == '?' || cp == '!' || cp == '。' || cp == '？' || cp == '！'
                || cp == '‼' || cp == '⁇' || cp == '⁈' || cp == '⁉';
    }

    private static boolean isFinalSyllable(int cp) {
        return cp == '다' || cp == '요' || cp == '까' || cp == '죠';
    }

    private static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static boolean isAsciiLetter(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }

    /** LF, and for text that skipped {@link TextNormalizer}: CR, NEL, LINE and PARAGRAPH SEPARATOR. */
    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Reusable arrays for one {@link #split} call. */
    private static final class Scratch {
        private int[] inside = new int[0];
        private boolean[] closer = new boolean[0];
        private int[] stack = new int[0];
        private int[] types = new int[0];
        private int[] openCounts = new int[0];

        int[] inside(int n) {
            if (inside.length < n) {
                inside = new int[Math.max(n, inside.length * 2)];
            } else {
                java.util.Arrays.fill(inside, 0, n, 0);
            }
            return inside;
        }

        boolean[] closer(int n) {
            if (closer.length < n) {
                closer = new boolean[Math.max(n, closer.length * 2)];
            } else {
                java.util.Arrays.fill(closer, 0, n, false);
            }
            return closer;
        }

        int[] stack(int n) {
            if (stack.length < n) {
                stack = new int[Math.max(n, stack.length * 2)];
            }
            return stack;
        }

        int[] types(int n) {
            if (types.length < n) {
                types = new int[Math.max(n, types.length * 2)];
            }
            return types;
        }

        int[] openCounts(int n) {
            if (openCounts.length < n) {
                openCounts = new int[n];
            }
            return openCounts;
        }
    }
}
