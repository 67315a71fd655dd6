package io.sasil.common.text;

import java.text.Normalizer;

/**
 * Normalises article text before any analysis, keeping a map back to the original offsets
 * ({@link NormalizedText}). The rules, in the order applied:
 *
 * <ol>
 *   <li><b>Unicode NFC.</b> Decomposed Hangul (conjoining jamo, as produced by macOS file names
 *       and some copy-paste paths) is composed into syllables; Nori and every other rule of the
 *       suite only see precomposed syllables. Composition is done cluster by cluster (a starter
 *       followed by its combining marks or conjoining vowel/final jamo), which is what makes the
 *       offset map exact at every cluster boundary. Text that is already NFC is not copied.</li>
 *   <li><b>Zero-width characters dropped:</b> U+200B ZERO WIDTH SPACE, U+200C ZWNJ, U+200D ZWJ,
 *       U+2060 WORD JOINER, U+FEFF (BOM / ZWNBSP), U+00AD SOFT HYPHEN. (Dropping ZWJ also splits
 *       emoji ZWJ sequences into their parts; the parts are kept.)</li>
 *   <li><b>Odd spaces → U+0020:</b> U+00A0 NBSP, U+2000–U+200A, U+202F, U+205F, U+3000 IDEOGRAPHIC
 *       SPACE.</li>
 *   <li><b>Full-width ASCII → ASCII:</b> U+FF01–U+FF5E become U+0021–U+007E (＂（Ａ１）．％＂ →
 *       {@code "(A1).%"}). These are exact compatibility equivalents of one code point each, so the
 *       offsets do not move, and downstream rules (parentheses of glosses, digits of quantities,
 *       sentence punctuation) need only the ASCII forms. <b>Kept as written:</b> U+FF5F–U+FF60
 *       white parentheses and CJK punctuation such as 「」『』。、 (no ASCII equivalent; the
 *       splitter reads them), U+FF61–U+FFDC half-width Katakana and Hangul jamo (NFKC would turn
 *       half-width jamo into different, compatibility jamo), U+FFE0–U+FFEE full-width signs such as
 *       ￦ ￥ (not ASCII; the currency sign is evidence the claims extractor reads as written). NFKC
 *       as a whole is not applied: it rewrites ㈜ → (주), ① → 1, ㎞ → km and km² → km2,
 *       changing lengths and meanings.</li>
 *   <li><b>Line ends:</b> CRLF and lone CR → LF; U+0085 NEL, U+2028 LINE SEPARATOR and U+2029
 *       PARAGRAPH SEPARATOR → LF.</li>
 *   <li><b>Trailing spaces and tabs</b> of every line (and at the end of the text) are removed.
 *       Leading indentation is kept.</li>
 * </ol>
 *
 * <p>Linear in the length of the text; stateless and thread-safe.
 */
public final class TextNormalizer {

    /** Normalises {@code original}; see the class comment for the rules. */
    public NormalizedText normalize(String original) {
        if (original == null) {
            throw new IllegalArgumentException("text is null");
        }
        String composed;
        int[] composedToOriginal;
        int[] composedOriginEnd;
        if (Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
            composed = original;
            composedToOriginal = null;
            composedOriginEnd = null;
        } else {
            IntList map = new IntList(original.length() + 1);
            IntList ends = new IntList(original.length() + 1);
            composed = composeByCluster(original, map, ends);
            composedToOriginal = map.array();
            composedOriginEnd = ends.array();
        }
        if (composedToOriginal == null && !needsCharacterRules(composed)) {
            return NormalizedText.identity(original);
        }
        return applyCharacterRules(original, composed, composedToOriginal, composedOriginEnd);
    }

    private static String composeByCluster(String text, IntList map, IntList ends) {
        StringBuilder out = new StringBuilder(text.length());
        int cp = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int clusterStartChar = i;
            int clusterStartCp = cp;
            int first = text.codePointAt(i);
            i += Character.charCount(first);
            cp++;
            while (i < n) {
                int next = text.codePointAt(i);
                if (!continuesCluster(next)) {
                    break;
                }
                i += Character.charCount(next);
                cp++;
            }
            if (cp - clusterStartCp == 1 && (first < 0x300 || Hangul.isSyllable(first))) {
                out.appendCodePoint(first);
                map.add(clusterStartCp);
                ends.add(cp);
                continue;
            }
            String normalized = Normalizer.normalize(text.substring(clusterStartChar, i), Normalizer.Form.NFC);
            out.append(normalized);
            for (int k = normalized.codePointCount(0, normalized.length()); k > 0; k--) {
                map.add(clusterStartCp);
                ends.add(cp);
            }
        }
        return out.toString();
    }

    /** Combining marks and the conjoining jamo that compose with what precedes them. */
    static boolean continuesCluster(int cp) {
        if (cp >= 0x1160 && cp <= 0x11FF || cp >= 0xD7B0 && cp <= 0xD7FF) {
            return true; // conjoining medial vowels and final consonants
        }
        if (cp < 0x300) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean needsCharacterRules(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (i + 1 == n || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r') {
                    return true;
                }
            } else if (c == '\r' || c == 0x85 || c == 0xA0 || c == 0xAD) {
                return true;
            } else if (c >= 0x2000 && (isZeroWidth(c) || isOddSpace(c) || isLineSeparator(c) || isFullWidthAscii(c))) {
                return true;
            }
        }
        return false;
    }

    private static NormalizedText applyCharacterRules(String original, String text, int[] toOriginal, int[] originEnd) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        IntList map = new IntList(n + 1);
        IntList ends = new IntList(n + 1);
        int keepChars = 0; // output length up to the last non-blank character of the current line
        int keepMap = 0;
        int cpIndex = 0;
        for (int i = 0; i < n; cpIndex++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int origin = toOriginal == null ? cpIndex : toOriginal[cpIndex];
            int end = originEnd == null ? cpIndex + 1 : originEnd[cpIndex];
            if (isZeroWidth(cp)) {
                continue;
            }
            if (cp == '\r') {
                if (i < n && text.charAt(i) == '\n') {
                    continue;
                }
                cp = '\n';
            } else if (isLineSeparator(cp)) {
                cp = '\n';
            } else if (isOddSpace(cp)) {
                cp = ' ';
            } else if (isFullWidthAscii(cp)) {
                cp -= 0xFEE0;
            }
            if (cp == '\n') {
                out.setLength(keepChars);
                map.setSize(keepMap);
                ends.setSize(keepMap);
            }
            out.appendCodePoint(cp);
            map.add(origin);
            ends.add(end);
            if (cp != ' ' && cp != '\t') {
                keepChars = out.length();
                keepMap = map.size();
            }
        }
        out.setLength(keepChars);
        map.setSize(keepMap);
        ends.setSize(keepMap);
        return NormalizedText.mapped(original, out.toString(), map.array(), ends.array());
    }

    static boolean isZeroWidth(int cp) {
        return cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD;
    }

    static boolean isOddSpace(int cp) {
        return cp == 0xA0 || cp >= 0x2000 && cp <= 0x200A || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    static boolean isLineSeparator(int cp) {
        return cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    static boolean isFullWidthAscii(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E;
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] data;
        private int size;

        IntList(int capacity) {
            data = new int[Math.max(capacity, 4)];
        }

        void add(int value) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = value;
        }

        int size() {
            return size;
        }

        void setSize(int newSize) {
            size = newSize;
        }

        int[] array() {
            return data;
        }
    }
}
