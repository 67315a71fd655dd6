package io.sasil.glossary.extract;

import java.util.Locale;

/**
 * Latin letters read aloud in Korean: {@code AI} = 에이아이, {@code GPT-4} = 지피티4, {@code UN} = 유엔.
 *
 * <p>Rule: a Latin string made of letters, digits, hyphens, dots, ampersands and spaces is read as
 * the Korean names of its letters in order (A 에이, B 비, C 씨/시, D 디, E 이, F 에프, G 지/쥐,
 * H 에이치, I 아이, J 제이, K 케이, L 엘, M 엠, N 엔, O 오, P 피, Q 큐, R 알, S 에스, T 티, U 유,
 * V 브이, W 더블유, X 엑스, Y 와이, Z 지/제트), digits standing for themselves; hyphens, dots, spaces
 * and {@code &} are not read. A Hangul string matches when, with spaces and hyphens removed, it
 * equals one such reading.
 */
public final class LetterNames {

    private static final String[][] NAMES = {
        {"에이"}, {"비"}, {"씨", "시"}, {"디"}, {"이"}, {"에프", "에후"}, {"지", "쥐"}, {"에이치", "에치"},
        {"아이"}, {"제이"}, {"케이"}, {"엘"}, {"엠"}, {"엔"}, {"오"}, {"피"}, {"큐"}, {"알"}, {"에스"},
        {"티"}, {"유"}, {"브이"}, {"더블유"}, {"엑스"}, {"와이"}, {"지", "제트", "젯"}};

    private static final int MAX_LETTERS = 24;

    private LetterNames() {
    }

    /** The first (most common) Korean reading of the letters of {@code latin}, or null when it has other characters. */
    public static String reading(String latin) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toUpperCase(latin.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                sb.append(NAMES[c - 'A'][0]);
            } else if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (!isSilent(c)) {
                return null;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * Whether {@code hangul} is {@code latin} read letter by letter (see the class rule).
     * Linear in the input with a small constant; inputs longer than 24 letters never match.
     */
    public static boolean matches(String hangul, String latin) {
        String target = hangul.replace(" ", "").replace("-", "").replace("‐", "");
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toUpperCase(latin.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                letters.append(c);
            } else if (!isSilent(c)) {
                return false;
            }
        }
        if (letters.length() == 0 || letters.length() > MAX_LETTERS || target.isEmpty()) {
            return false;
        }
        // reachable[p] = the first p chars of target can be produced by the letters read so far
        boolean[] reachable = new boolean[target.length() + 1];
        reachable[0] = true;
        for (int li = 0; li < letters.length(); li++) {
            char c = letters.charAt(li);
            boolean[] next = new boolean[target.length() + 1];
            boolean any = false;
            for (int p = 0; p < target.length(); p++) {
                if (!reachable[p]) {
                    continue;
                }
                if (c >= '0' && c <= '9') {
                    if (target.charAt(p) == c) {
                        next[p + 1] = true;
                        any = true;
                    }
                    continue;
                }
                for (String name : NAMES[c - 'A']) {
                    if (target.startsWith(name, p)) {
                        next[p + name.length()] = true;
                        any = true;
                    }
                }
            }
            if (!any) {
                return false;
            }
            reachable = next;
        }
        return reachable[target.length()];
    }

    /** Whether the string looks like letters to be read one by one: two or more capitals and no lower-case word. */
    public static boolean isAcronymShaped(String latin) {
        int upper = 0;
        int lower = 0;
        int letters = 0;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper++;
                letters++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
                letters++;
            } else if (c == ' ') {
                return false;
            } else if (!(c >= '0' && c <= '9') && !isSilent(c)) {
                return false;
            }
        }
        return upper >= 2 && letters <= 12 && lower <= upper / 2;
    }

    /** Number of capital letters in the string. */
    public static int capitals(String latin) {
        int n = 0;
        for (int i = 0; i < latin.length(); i++) {
            if (Character.isUpperCase(latin.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isSilent(char c) {
        return c == '-' || c == '.' || c == '&' || c == ' ' || c == '‐';
    }
}
