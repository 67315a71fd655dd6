package io.sasil.claims.quantity;

/**
 * Decades and centuries as intervals of years, end inclusive: {@code 1970년대} →
 * {@code 1970/1979}, {@code 80년대} → {@code 1980/1989}, {@code 1970~1980년대} →
 * {@code 1970/1989}; a part of a decade narrows it: {@code 초}/{@code 초반} its first four
 * years, {@code 중반} the middle four ({@code 1990년대 중반} → {@code 1993/1996}),
 * {@code 후반}/{@code 말} the last four; {@code 21세기} → {@code 2001/2100}. Stateless and
 * thread-safe.
 */
final class Decades {

    private Decades() {
    }

    /** A decade or century at {@code i}, or null. */
    static TemporalScanner.Match match(String s, int i) {
        NumberToken n = KoreanNumberScanner.scanUnsigned(s, i);
        if (n == null || !n.digits() || !n.integral() || n.value().signum() <= 0 || n.value().intValue() > 9999) {
            return null;
        }
        int v = n.value().intValue();
        int p = n.end();
        if (s.startsWith("세기", p) && v >= 1 && v <= 30) {
            return new TemporalScanner.Match(p + 2, String.format("%04d/%04d", (v - 1) * 100 + 1, v * 100), Units.INTERVAL,
                    null, false);
        }
        int from = decadeStart(v);
        if (from < 0) {
            return null;
        }
        int to;
        int sep = TemporalGrammar.word(s, TemporalGrammar.ws(s, p), "~", "∼", "～", "〜", "-", "–");
        if (sep > 0) {
            NumberToken m = KoreanNumberScanner.scanUnsigned(s, TemporalGrammar.ws(s, sep));
            int second = m == null || !m.digits() || !m.integral() ? -1 : decadeStart(m.value().intValue());
            if (second < from || !s.startsWith("년대", m.end())) {
                return null;
            }
            return new TemporalScanner.Match(m.end() + 2, String.format("%04d/%04d", from, second + 9), Units.INTERVAL,
                    null, false);
        }
        if (!s.startsWith("년대", p)) {
            return null;
        }
        int end = p + 2;
        to = from + 9;
        int q = TemporalGrammar.ws(s, end);
        int k;
        if ((k = TemporalGrammar.word(s, q, "초반", "초")) > 0 && !TemporalGrammar.hangulAt(s, k)
                || (k = TemporalGrammar.word(s, q, "초반에", "초반의", "초반까지", "초에")) > 0) {
            to = from + 3;
            end = q + (s.startsWith("초반", q) ? 2 : 1);
        } else if ((k = TemporalGrammar.word(s, q, "중반", "중후반")) > 0) {
            boolean late = s.startsWith("중후반", q);
            from = late ? from + 5 : from + 3;
            to = late ? from + 4 : from + 3;
            end = k;
        } else if ((k = TemporalGrammar.word(s, q, "후반", "말")) > 0 && (!TemporalGrammar.hangulAt(s, k)
                || "에의까부".indexOf(s.charAt(k)) >= 0)) {
            from = from + 6;
            end = k;
        }
        return new TemporalScanner.Match(end, String.format("%04d/%04d", from, to), Units.INTERVAL, null, false);
    }

    /** The first year of the decade written {@code v} ({@code 1970}, {@code 80} → 1980), or -1. */
    private static int decadeStart(int v) {
        if (v % 10 != 0) {
            return -1;
        }
        if (v >= 1000) {
            return v;
        }
        return v < 100 ? (v <= 20 ? 2000 + v : 1900 + v) : -1;
    }
}
