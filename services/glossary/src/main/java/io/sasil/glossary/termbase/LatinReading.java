package io.sasil.glossary.termbase;

/**
 * Latin letters as Korean reads them aloud, letter by letter: {@code GPT} → 지피티, {@code AI} → 에이아이,
 * {@code IT} → 아이티.
 *
 * <p>Rules implemented:
 * <ul>
 *   <li>each basic Latin letter (either case, full-width forms included) becomes its Korean letter name, in
 *       the spelling of the National Institute of Korean Language's loanword table as Korean news writes it:
 *       A 에이, B 비, C 씨, D 디, E 이, F 에프, G 지, H 에이치, I 아이, J 제이, K 케이, L 엘, M 엠, N 엔, O 오,
 *       P 피, Q 큐, R 알, S 에스, T 티, U 유, V 브이, W 더블유, X 엑스, Y 와이, Z 제트;</li>
 *   <li>digits and every other character are kept as they are ({@code GPT-4} → 지피티-4).</li>
 * </ul>
 * The reading is only a merge key: it says how {@code 지피티-4} is written, not how {@code NASA} is
 * pronounced (나사). {@link TermKey} decides which Latin runs are read letter by letter.
 */
public final class LatinReading {

    private static final String[] NAMES = {
        "에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠",
        "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "제트"
    };

    private LatinReading() {
    }

    /** Index 0–25 of a basic Latin letter (ASCII or full-width, either case), or -1. */
    static int letterIndex(int cp) {
        if (cp >= 'A' && cp <= 'Z') {
            return cp - 'A';
        }
        if (cp >= 'a' && cp <= 'z') {
            return cp - 'a';
        }
        if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return cp - 0xFF21;
        }
        if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return cp - 0xFF41;
        }
        return -1;
    }

    /** Whether {@code cp} is a basic Latin letter (ASCII or full-width). */
    public static boolean isLatinLetter(int cp) {
        return letterIndex(cp) >= 0;
    }

    /** The Korean name of one Latin letter ({@code 'G'} → 지), or null when {@code cp} is not one. */
    public static String letterName(int cp) {
        int i = letterIndex(cp);
        return i < 0 ? null : NAMES[i];
    }

    /** {@code text} with every Latin letter replaced by its Korean name; everything else kept. */
    public static String read(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            String name = letterName(cp);
            if (name != null) {
                out.append(name);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
