package io.sasil.glossary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the content of a parenthetical into gloss parts and strips labels.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code │}, {@code |} and {@code ;} always separate parts;</li>
 *   <li>{@code ,}, {@code /}, {@code :}, {@code ·} and {@code " - "} separate parts only when each part
 *       names the term on its own: the parts are in different scripts ({@code 漢字, English}), or all
 *       are Latin and one is an acronym ({@code GOP : Grand Old Party}); otherwise the content stays one
 *       part ({@code Samsung Electronics, Inc.} is one name);</li>
 *   <li>separators inside a nested bracket group do not split; a nested group at the end of a part is
 *       cut off (it glosses a word of the part, not the term);</li>
 *   <li>a leading label ({@code 이하}, {@code 약칭}, {@code 영문명}, {@code 의역 :} …, see
 *       {@link #LABELS}) is removed from the part and kept as its label; so are quotes and stray
 *       closers around the part.</li>
 * </ul>
 */
final class GlossPartSplitter {

    /** Labels that may precede a gloss inside the parenthesis. */
    static final Set<String> LABELS = Set.of("이하", "약칭", "약어", "줄여서", "줄임말", "준말", "영문명", "영문", "영어",
            "영어명", "영문 명칭", "원어", "원어명", "원문", "한자", "한자명", "중국어", "중국명", "일본어", "일본명", "본명", "정식명칭",
            "정식 명칭", "일명", "별칭", "의역", "직역", "음역", "원제", "원제목", "영제", "약자", "英", "中", "日", "漢");

    /** Labels whose gloss is a short form of the term. */
    static final Set<String> SHORT_FORM_LABELS = Set.of("이하", "약칭", "약어", "줄여서", "줄임말", "준말", "약자");

    private static final Pattern LABEL = Pattern.compile(
            "^(정식 명칭|영문 명칭|[가-힣英中日漢]{1,4})\\s*(?:[:：]\\s*|\\s+)");

    private static final String QUOTES = "‘’“”'\"「」『』《》〈〉<>＜＞";

    List<GlossPart> split(String text, int start, int end) {
        List<int[]> strong = cut(text, start, end, true);
        List<GlossPart> parts = new ArrayList<>();
        for (int[] seg : strong) {
            int[] r = trim(text, seg[0], seg[1]);
            String label = null;
            Matcher m = LABEL.matcher(text.substring(r[0], r[1]));
            if (m.find() && LABELS.contains(m.group(1)) && m.end() < r[1] - r[0]) {
                label = m.group(1);
                r[0] += m.end();
            }
            List<int[]> weak = cut(text, r[0], r[1], false);
            if (weak.size() > 1 && namesTermEach(text, weak)) {
                for (int[] w : weak) {
                    addPart(parts, text, w[0], w[1], label);
                    label = null;
                }
            } else {
                addPart(parts, text, r[0], r[1], label);
            }
        }
        return parts;
    }

    private static void addPart(List<GlossPart> parts, String text, int s, int e, String presetLabel) {
        int[] r = trim(text, s, e);
        s = r[0];
        e = r[1];
        String label = presetLabel;
        if (s < e && label == null) {
            Matcher m = LABEL.matcher(text.substring(s, e));
            if (m.find() && LABELS.contains(m.group(1)) && m.end() < e - s) {
                label = m.group(1);
                r = trim(text, s + m.end(), e);
                s = r[0];
                e = r[1];
            }
        }
        parts.add(new GlossPart(text.substring(s, e), s, e, label));
    }

    /** Trims spaces, quotes, stray closers and a trailing nested group. */
    private static int[] trim(String text, int s, int e) {
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && (Character.isWhitespace(text.charAt(s)) || QUOTES.indexOf(text.charAt(s)) >= 0
                    || ParenthesisScanner.isCloser(text.charAt(s)))) {
                s++;
                changed = true;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || QUOTES.indexOf(text.charAt(e - 1)) >= 0
                    || ParenthesisScanner.isOpener(text.charAt(e - 1)))) {
                e--;
                changed = true;
            }
            if (e > s && ParenthesisScanner.isCloser(text.charAt(e - 1))) {
                // a trailing nested group: cut it; a stray closer: drop it
                int depth = 0;
                int k = e - 1;
                for (; k >= s; k--) {
                    char c = text.charAt(k);
                    if (ParenthesisScanner.isCloser(c)) {
                        depth++;
                    } else if (ParenthesisScanner.isOpener(c) && --depth == 0) {
                        break;
                    }
                }
                e = k > s ? k : e - 1;
                changed = true;
            }
        }
        return new int[] {s, e};
    }

    /** Cuts [start, end) on strong or weak separators outside nested groups. */
    private static List<int[]> cut(String text, int start, int end, boolean strong) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (ParenthesisScanner.isOpener(c)) {
                depth++;
            } else if (ParenthesisScanner.isCloser(c)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                int width = strong ? strongSeparator(c) : weakSeparator(text, i, end);
                if (width > 0) {
                    out.add(new int[] {from, i});
                    from = i + width;
                    i += width - 1;
                }
            }
        }
        out.add(new int[] {from, end});
        return out;
    }

    private static int strongSeparator(char c) {
        return c == '│' || c == '|' || c == ';' || c == '｜' || c == '；' ? 1 : 0;
    }

    private static int weakSeparator(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == ',' || c == '/' || c == ':' || c == '，' || c == '：' || c == '、' || c == '·' || c == '・') {
            return 1;
        }
        if (c == ' ' && i + 2 < end && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '–')
                && text.charAt(i + 2) == ' ') {
            return 3;
        }
        return 0;
    }

    private static boolean namesTermEach(String text, List<int[]> segs) {
        Set<Script> scripts = new java.util.HashSet<>();
        boolean acronym = false;
        int latin = 0;
        for (int[] seg : segs) {
            int[] r = trim(text, seg[0], seg[1]);
            String part = text.substring(r[0], r[1]);
            if (part.isEmpty()) {
                return false;
            }
            Matcher m = LABEL.matcher(part);
            if (m.find() && LABELS.contains(m.group(1)) && m.end() < part.length()) {
                part = part.substring(m.end());
            }
            Script s = Script.of(part);
            scripts.add(s);
            if (s == Script.LATIN) {
                latin++;
                acronym |= LetterNames.isAcronymShaped(part);
            }
        }
        if (scripts.size() == segs.size() || (scripts.size() > 1 && !scripts.contains(Script.HANGUL))) {
            return true;
        }
        return latin == segs.size() && acronym && segs.size() == 2;
    }
}
