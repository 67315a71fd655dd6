package io.sasil.claims.quantity;

/**
 * Recurrences, a kind of their own ({@link Units#RECURRENCE}): {@code 매년 해마다} → {@code R/P1Y},
 * {@code 매월 매달 달마다} → {@code R/P1M}, {@code 매주 주마다} → {@code R/P1W}, {@code 매일 날마다} →
 * {@code R/P1D}, {@code 매분기} → {@code R/P3M}, {@code 매시간} → {@code R/PT1H} (ISO 8601 repeating
 * intervals without a start). The word must end there or take a particle, so that a name such
 * as {@code 매일경제} is not read. Stateless and thread-safe.
 */
final class Recurrences {

    private static final String[] WORDS = {"매년", "매해", "해마다", "매월", "매달", "달마다", "매주", "주마다", "매일", "날마다",
        "매분기", "분기마다", "매시간", "매시"};
    private static final String[] PERIODS = {"P1Y", "P1Y", "P1Y", "P1M", "P1M", "P1M", "P1W", "P1W", "P1D", "P1D", "P3M", "P3M",
        "PT1H", "PT1H"};

    private Recurrences() {
    }

    /** A recurrence word at {@code i}, or null. */
    static TemporalScanner.Match match(String s, int i) {
        if (i > 0 && TemporalGrammar.hangulAt(s, i - 1)) {
            return null;
        }
        int best = -1;
        for (int k = 0; k < WORDS.length; k++) {
            if (s.startsWith(WORDS[k], i) && (best < 0 || WORDS[k].length() > WORDS[best].length())) {
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        int end = i + WORDS[best].length();
        if (TemporalGrammar.hangulAt(s, end) && "에의도은는처럼마다".indexOf(s.charAt(end)) < 0) {
            return null;
        }
        return new TemporalScanner.Match(end, "R/" + PERIODS[best], Units.RECURRENCE, null, false);
    }
}
