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
 *   <li>a part made of a Han word, a space and a Korean phrase is two parts, the Hanja and its Korean
 *       meaning ({@code 白雲山 흰 구름 산}), also when several such parts are separated by commas;</li>
 *   <li>{@code ,} also splits when every part carries its own name label ({@code 중국명 …, 인도명 …});</li>
 *   <li>separators inside a nested bracket group do not split; a nested group at the end of a part is
 *       cut off (it glosses a word of the part, not the term);</li>
 *   <li>a leading label ({@code 이하}, {@code 약칭}, {@code 영문명}, {@code 의역 :} …, see
 *       {@link #LABELS}, or a language or country name with 명 or 어: {@code 인도명}, {@code 티베트어}) is removed from the part and kept as its label; so are quotes and stray
 *       closers around the part.</li>
 * </ul>
 */
final class GlossPartSplitter {

    /** Labels that may precede a gloss inside the parenthesis. */
    static final Set<String> LABELS = Set.of("이하", "약칭", "약어", "줄여서", "줄임말", "준말", "영문명", "영문", "영어",
            "영어명", "영문 명칭", "원어", "원어명", "원문", "한자", "한자명", "중국어", "중국명", "일본어", "일본명", "본명", "정식명칭",
            "정식 명칭", "일명", "별칭", "의역", "직역", "음역", "원제", "원제목", "영제", "약자", "英", "中", "日", "漢");

    /** Languages and countries that form name labels with 명 or 어 ({@code 인도명}, {@code 티베트어}). */
    static final Set<String> LANGUAGES = Set.of("한국", "중국", "일본", "영", "영국", "미국", "인도", "프랑스", "불", "독일",
            "독", "러시아", "노", "스페인", "라틴", "그리스", "희랍", "아랍", "산스크리트", "범", "티베트", "몽골", "베트남", "태국",
            "이탈리아", "포르투갈", "네덜란드", "튀르키예", "터키", "히브리", "페르시아", "현지", "학", "북한", "대만", "만주",
            "위구르", "몽고", "한", "중", "일");

    /** Whether a word is a label: listed, or a language or country name followed by 명 or 어. */
    static boolean isLabel(String word) {
        if (LABELS.contains(word)) {
            return true;
        }
        if (word.length() < 2 || !(word.endsWith("명") || word.endsWith("어"))) {
            return false;
        }
        return LANGUAGES.contains(word.substring(0, word.length() - 1));
    }

    /** Labels whose gloss is a short form of the term. */
    static final Set<String> SHORT_FORM_LABELS = Set.of("이하", "약칭", "약어", "줄여서", "줄임말", "준말", "약자");

    private static final Pattern LABEL = Pattern.compile(
            "^(정식 명칭|영문 명칭|[가-힣英中日漢]{1,6})\\s*(?:[:：]\\s*|\\s+)");

    private static final String QUOTES = "‘’“”'\"「」『』《》〈〉<>＜＞";

    List<GlossPart> split(String text, int start, int end) {
        List<int[]> strong = cut(text, start, end, true);
        List<GlossPart> parts = new ArrayList<>();
        for (int[] seg : strong) {
            int[] r = trim(text, seg[0], seg[1]);
            String label = null;
            Matcher m = LABEL.matcher(text.substring(r[0], r[1]));
            if (m.find() && isLabel(m.group(1)) && m.end() < r[1] - r[0]) {
                label = m.group(1);
                r[0] += m.end();
            }
            List<int[]> weak = cut(text, r[0], r[1], false);
            if (weak.size() > 1 && (namesTermEach(text, weak) || labelledEach(text, weak, label != null)
                    || hanjaAndMeaningEach(text, weak))) {
                for (int[] w : weak) {
                    addHanjaAndMeaning(parts, text, w[0], w[1], label);
                    label = null;
                }
            } else {
                addHanjaAndMeaning(parts, text, r[0], r[1], label);
            }
        }
        return parts;
    }

    /** Adds a part, as two when it is a Han word followed by its Korean meaning. */
    private static void addHanjaAndMeaning(List<GlossPart> parts, String text, int s, int e, String label) {
        int[] r = trim(text, s, e);
        int cut = hanjaMeaningCut(text, r[0], r[1]);
        if (cut < 0) {
            addPart(parts, text, r[0], r[1], label);
            return;
        }
        addPart(parts, text, r[0], cut, label);
        addPart(parts, text, cut + 1, r[1], null);
    }

    /**
     * The index of the space after the leading Han word of {@code [s, e)} when the rest is Korean with no
     * Han character ({@code 白雲山 흰 구름 산}), else -1.
     */
    static int hanjaMeaningCut(String text, int s, int e) {
        int k = s;
        while (k < e && HanjaReader.isHan(text.codePointAt(k))) {
            k += Character.charCount(text.codePointAt(k));
        }
        if (k == s || k >= e || !isSpace(text.charAt(k))) {
            return -1;
        }
        String rest = text.substring(k + 1, e).strip();
        return !rest.isEmpty() && Script.of(rest) == Script.HANGUL
                && rest.codePoints().noneMatch(HanjaReader::isHan) ? k : -1;
    }

    private static boolean hanjaAndMeaningEach(String text, List<int[]> segs) {
        for (int[] seg : segs) {
            int[] r = trim(text, seg[0], seg[1]);
            if (hanjaMeaningCut(text, r[0], r[1]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether every part after the first starts with a label, and the first had one too. */
    private static boolean labelledEach(String text, List<int[]> segs, boolean firstLabelled) {
        if (!firstLabelled) {
            return false;
        }
        for (int i = 1; i < segs.size(); i++) {
            int[] r = trim(text, segs.get(i)[0], segs.get(i)[1]);
            Matcher m = LABEL.matcher(text.substring(r[0], r[1]));
            if (!(m.find() && isLabel(m.group(1)) && m.end() < r[1] - r[0])) {
                return false;
            }
        }
        return true;
    }

    private static void addPart(List<GlossPart> parts, String text, int s, int e, String presetLabel) {
        int[] r = trim(text, s, e);
        s = r[0];
        e = r[1];
        String label = presetLabel;
        if (s < e && label == null) {
            Matcher m = LABEL.matcher(text.substring(s, e));
            if (m.find() && isLabel(m.group(1)) && m.end() < e - s) {
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
            while (s < e && (isSpace(text.charAt(s)) || QUOTES.indexOf(text.charAt(s)) >= 0
                    || ParenthesisScanner.isCloser(text.charAt(s)))) {
                s++;
                changed = true;
            }
            while (e > s && (isSpace(text.charAt(e - 1)) || QUOTES.indexOf(text.charAt(e - 1)) >= 0
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

    /** White space, the no-break space included ({@code 犀角\u00a0:}). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
        if (isSpace(c) && i + 2 < end && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '–')
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
            if (m.find() && isLabel(m.group(1)) && m.end() < part.length()) {
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
