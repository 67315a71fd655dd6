package io.sasil.claims.quantity;

import io.sasil.common.contract.Bound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Durations and times relative to the reference, for {@link TemporalScanner}: {@code N년 개월 달
 * 주 일 시간 분 초} (digits, Sino-Korean or native numbers, {@code 몇} = 3), the day words
 * {@code 하루 … 보름}, {@code 반년}, {@code 한 시간 반}, {@code 2시간 30분} → ISO 8601 durations
 * ({@code P2Y}, {@code PT1H30M}, {@code PT1.1H}); {@code N간/동안} keep the duration;
 * {@code N단위 전/후/뒤/안에/내} move the reference by the duration and truncate one grain finer
 * than the unit (Duckling's rule; {@code 이후} adds MIN_INCLUSIVE, {@code 안에/내} MAX_INCLUSIVE);
 * {@code 이내} is a duration with MAX_INCLUSIVE; {@code 지난/최근/다음/향후 N단위} is the interval
 * of the N whole units before or after the current one; in apposition to a date
 * ({@code 10년 전인 2014년}) the phrase stays a duration. Stateless and thread-safe.
 */
final class DurationScanner {

    private DurationScanner() {
    }

    // ------------------------------------------------------------------ durations

    private static final String[] DAY_WORDS = {"하루", "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "여드레", "아흐레", "열흘", "보름"};
    private static final int[] DAY_WORD_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15};

    /** A duration read at p: amount in its unit, the unit's grain, the end, and the ISO string. */
    private record Dur(BigDecimal amount, ChronoUnit unit, int end, String iso, long seconds) {
    }

    private static Dur duration(String s, int i) {
        int p = i;
        for (int k = 0; k < DAY_WORDS.length; k++) {
            if (s.startsWith(DAY_WORDS[k], p)) {
                int e = p + DAY_WORDS[k].length();
                return new Dur(BigDecimal.valueOf(DAY_WORD_VALUES[k]), ChronoUnit.DAYS, e, "P" + DAY_WORD_VALUES[k] + "D",
                        DAY_WORD_VALUES[k] * 86400L);
            }
        }
        if (s.startsWith("반년", p)) {
            return new Dur(BigDecimal.valueOf(6), ChronoUnit.MONTHS, p + 2, "P6M", 6 * 30 * 86400L);
        }
        if (s.startsWith("반시간", p)) {
            return new Dur(BigDecimal.valueOf(30), ChronoUnit.MINUTES, p + 3, "PT30M", 1800);
        }
        NumberToken n = TemporalGrammar.num(s, p, true);
        if (n == null || n.value().signum() <= 0) {
            return null;
        }
        int q = TemporalGrammar.ws(s, n.end());
        if (q > n.end() && !n.digits() && !n.nativeWord() && n.length() == 1) {
            return null;   // 이 분, 사 년: a spaced one-syllable Sino word is a demonstrative or a noun
        }
        int k;
        ChronoUnit u;
        String iso;
        BigDecimal a = n.value();
        if ((k = TemporalGrammar.word(s, q, "개월", "달")) > 0) {
            if (s.startsWith("달러", q)) {
                return null;
            }
            u = ChronoUnit.MONTHS;
            iso = "P" + plain(a) + "M";
        } else if ((k = TemporalGrammar.word(s, q, "년", "해")) > 0) {
            if (s.startsWith("해", q) && !n.nativeWord() || s.startsWith("생", k) || s.startsWith("도", k) && !s.startsWith("도 ", k)) {
                return null;
            }
            if (!n.digits() && n.nativeWord() && s.startsWith("년", q)) {
                return null;
            }
            if (a.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                return null;   // 2021년 is a year, never a duration
            }
            u = ChronoUnit.YEARS;
            iso = "P" + plain(a) + "Y";
            int r = TemporalGrammar.ws(s, k);
            if (s.startsWith("반", r) && (!TemporalGrammar.hangulAt(s, r + 1) || "이을의만에동간".indexOf(s.charAt(r + 1)) >= 0)) {
                a = a.add(new BigDecimal("0.5"));   // 3년 반
                return new Dur(a, u, r + 1, "P" + plain(a) + "Y", a.multiply(BigDecimal.valueOf(31556952)).longValue());
            }
            NumberToken m = r > k || a.signum() > 0 ? TemporalGrammar.num(s, r, true) : null;
            int mk = m == null || !m.integral() ? -1 : TemporalGrammar.word(s, m.end(), "개월");
            if (mk > 0 && r > k && m.value().compareTo(BigDecimal.valueOf(12)) < 0) {
                // 3년 9개월: one duration in years and months
                BigDecimal months = a.multiply(BigDecimal.valueOf(12)).add(m.value());
                return new Dur(months, ChronoUnit.MONTHS, mk, "P" + plain(a) + "Y" + plain(m.value()) + "M",
                        months.multiply(BigDecimal.valueOf(2629746)).longValue());
            }
        } else if ((k = TemporalGrammar.word(s, q, "주년")) > 0) {
            // 60주년: an anniversary counts full years since the founding
            u = ChronoUnit.YEARS;
            iso = "P" + plain(a) + "Y";
        } else if ((k = TemporalGrammar.word(s, q, "주일", "주")) > 0) {
            if (s.startsWith("주년", q) || s.startsWith("주식", q) || s.startsWith("주요", q) || s.startsWith("주의", q)
                    || s.startsWith("주민", q) || s.startsWith("주택", q) || s.startsWith("주주", q)) {
                return null;
            }
            u = ChronoUnit.WEEKS;
            iso = "P" + plain(a) + "W";
        } else if ((k = TemporalGrammar.word(s, q, "일")) > 0) {
            if (n.nativeWord()) {
                return null;
            }
            u = ChronoUnit.DAYS;
            iso = "P" + plain(a) + "D";
        } else if ((k = TemporalGrammar.word(s, q, "시간")) > 0) {
            u = ChronoUnit.HOURS;
            int r = TemporalGrammar.ws(s, k);
            if (s.startsWith("반", r) && !TemporalGrammar.hangulAt(s, r + 1) || s.startsWith("반", r) && (s.startsWith("안", r + 1)
                    || s.startsWith("내", r + 1) || s.startsWith("만", r + 1))) {
                a = a.add(new BigDecimal("0.5"));
                k = r + 1;
            } else {
                NumberToken m = TemporalGrammar.num(s, r, true);
                if (m != null && m.end() < s.length() && s.charAt(m.end()) == '분' && m.integral()) {
                    long secs = a.multiply(BigDecimal.valueOf(3600)).longValue() + m.value().longValue() * 60;
                    return new Dur(a, u, m.end() + 1, "PT" + plain(a) + "H" + plain(m.value()) + "M", secs);
                }
            }
            iso = isoHours(a);
        } else if ((k = TemporalGrammar.word(s, q, "분")) > 0) {
            if (s.startsWith("분의", q) || s.startsWith("분기", q) || s.startsWith("분야", q) || s.startsWith("분석", q)) {
                return null;
            }
            u = ChronoUnit.MINUTES;
            iso = "PT" + plain(a) + "M";
        } else if ((k = TemporalGrammar.word(s, q, "초")) > 0) {
            if (s.startsWith("초반", q) || s.startsWith("초순", q) || s.startsWith("초과", q) || s.startsWith("초등", q)
                    || s.startsWith("초고", q) || s.startsWith("초대", q)) {
                return null;
            }
            u = ChronoUnit.SECONDS;
            iso = "PT" + plain(a) + "S";
        } else {
            return null;
        }
        long secs = a.multiply(BigDecimal.valueOf(u.getDuration().getSeconds())).setScale(0, RoundingMode.HALF_UP).longValue();
        return new Dur(a, u, k, iso, secs);
    }

    private static String isoHours(BigDecimal a) {
        if (a.stripTrailingZeros().scale() > 0 && a.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) == 0) {
            return "PT" + a.intValue() + "H30M";
        }
        return "PT" + plain(a) + "H";
    }

    static String plain(BigDecimal a) {
        BigDecimal z = a.stripTrailingZeros();
        return (z.scale() < 0 ? z.setScale(0) : z).toPlainString();
    }

    static TemporalScanner.Match match(String s, int i, OffsetDateTime ref) {
        int p = i;
        int k;
        int dir = 0;   // -1 지난 N, +1 다음 N
        if ((k = TemporalGrammar.word(s, p, "지난", "최근", "다음", "향후", "앞으로")) > 0) {
            dir = s.charAt(p) == '지' || s.charAt(p) == '최' ? -1 : 1;
            p = TemporalGrammar.ws(s, k);
        }
        if (i > 0 && TemporalGrammar.hangulAt(s, i - 1) && dir == 0 && !(s.charAt(i - 1) == '약')) {
            // inside a word (e.g. 동일본): no duration
            NumberToken probe = KoreanNumberScanner.scanUnsigned(s, i);
            if (probe == null || !probe.digits()) {
                return null;
            }
        }
        Dur d = duration(s, p);
        if (d == null) {
            return null;
        }
        int e = d.end();
        int t = TemporalGrammar.ws(s, e);
        if (dir != 0) {
            int kk = TemporalGrammar.word(s, t, "간", "동안");
            int end = kk > 0 ? kk : (TemporalGrammar.word(s, e, "간") > 0 ? e + 1 : e);
            if (s.startsWith("한 해", p) || s.startsWith("한해", p)) {
                // 지난 한 해, 다음 한 해: the calendar year before or after the reference's, as 지난해 and 내년
                return new TemporalScanner.Match(end, ref == null ? "REF" + (dir < 0 ? "-" : "+") + "P1Y"
                        : String.format("%04d", ref.getYear() + dir), Units.DATE, null, false);
            }
            String v = ref != null ? lastNext(dir, d, ref) : dir < 0 ? "REF-" + d.iso() + "/REF" : "REF/REF+" + d.iso();
            return new TemporalScanner.Match(end, v, Units.INTERVAL, null, false);
        }
        int kk;
        if ((kk = TemporalGrammar.word(s, e, "간")) > 0 && !TemporalGrammar.hangulAt(s, kk) || (kk = TemporalGrammar.word(s, t, "동안")) > 0) {
            return new TemporalScanner.Match(kk, d.iso(), Units.DURATION, null, false);
        }
        if ((kk = TemporalGrammar.word(s, t, "전", "후", "뒤")) > 0 && s.startsWith("인 ", kk) && TemporalScanner.match(s, kk + 2, ref) != null) {
            // 10년 전인 2014년: the date names the point, the phrase before it the distance
            return new TemporalScanner.Match(kk, d.iso(), Units.DURATION, null, false);
        }
        if ((kk = TemporalGrammar.word(s, t, "이전", "전", "앞")) > 0 && !(TemporalGrammar.hangulAt(s, kk) && !s.startsWith("에", kk) && !s.startsWith("인", kk)
                && !s.startsWith("의", kk) && !s.startsWith("부", kk) && !s.startsWith("까", kk))) {
            return new TemporalScanner.Match(kk, ref == null ? "REF-" + d.iso() : shift(ref, d, -1), unitForShift(d), null, false);
        }
        if ((kk = TemporalGrammar.word(s, t, "이후", "후", "뒤")) > 0 && !(TemporalGrammar.hangulAt(s, kk) && !s.startsWith("에", kk) && !s.startsWith("인", kk)
                && !s.startsWith("의", kk) && !s.startsWith("부", kk) && !s.startsWith("까", kk))) {
            Bound b = s.startsWith("이후", t) ? Bound.MIN_INCLUSIVE : null;
            return new TemporalScanner.Match(kk, ref == null ? "REF+" + d.iso() : shift(ref, d, 1), unitForShift(d), b, false);
        }
        if ((kk = TemporalGrammar.word(s, t, "안에", "안", "내에", "내", "이내에", "이내")) > 0 && !(TemporalGrammar.hangulAt(s, kk) && !s.startsWith("에", kk))) {
            if (s.startsWith("이내", t)) {
                return new TemporalScanner.Match(kk, d.iso(), Units.DURATION, Bound.MAX_INCLUSIVE, false);
            }
            return new TemporalScanner.Match(kk, ref == null ? "REF+" + d.iso() : shift(ref, d, 1), unitForShift(d),
                    Bound.MAX_INCLUSIVE, false);
        }
        NumberToken lead = KoreanNumberScanner.scanUnsigned(s, p);
        if (lead != null && !lead.digits() && lead.length() == 1 && e < s.length() && TemporalGrammar.hangulAt(s, e)
                && QuantityParser.AFTER_UNIT.indexOf(s.charAt(e)) < 0 && s.charAt(e) != '반') {
            return null;   // 팔달, 이주, 구분, 천주: one Sino syllable + a time unit inside a word
        }
        if (!KoreanNumberScanner.mayStart(s, p) || s.startsWith("하루", p) || s.startsWith("이틀", p)) {
            boolean dayWord = false;
            for (String w : DAY_WORDS) {
                dayWord |= s.startsWith(w, p);
            }
            if (dayWord && !s.startsWith("만에", t) && !s.startsWith("째", e) && !s.startsWith("새", e)) {
                return null;   // 하루 8시간: "per day", not a duration
            }
        }
        return new TemporalScanner.Match(e, d.iso(), Units.DURATION, null, false);
    }

    private static TemporalFormat.Grain shiftGrain(ChronoUnit u) {
        return switch (u) {
            case SECONDS, MINUTES -> TemporalFormat.Grain.SECOND;
            case HOURS -> TemporalFormat.Grain.MINUTE;
            case DAYS -> TemporalFormat.Grain.HOUR;
            case WEEKS, MONTHS -> TemporalFormat.Grain.DAY;
            default -> TemporalFormat.Grain.MONTH;
        };
    }

    private static ChronoUnit finer(ChronoUnit u) {
        return switch (u) {
            case YEARS -> ChronoUnit.MONTHS;
            case MONTHS, WEEKS -> ChronoUnit.DAYS;
            case DAYS -> ChronoUnit.HOURS;
            case HOURS -> ChronoUnit.MINUTES;
            default -> ChronoUnit.SECONDS;
        };
    }

    private static String unitForShift(Dur d) {
        return switch (shiftGrain(d.unit())) {
            case SECOND, MINUTE, HOUR -> Units.DATETIME;
            default -> Units.DATE;
        };
    }

    private static String shift(OffsetDateTime ref, Dur d, int sign) {
        LocalDateTime t = ref.toLocalDateTime();
        if (d.amount().stripTrailingZeros().scale() <= 0 && d.unit().compareTo(ChronoUnit.DAYS) >= 0) {
            t = t.plus((long) sign * d.amount().longValue(), d.unit());
        } else {
            t = t.plusSeconds(sign * d.seconds());
        }
        TemporalFormat.Grain g = shiftGrain(d.amount().stripTrailingZeros().scale() > 0 ? finer(d.unit()) : d.unit());
        t = truncate(t, g);
        return TemporalFormat.fmt(t, g, ref);
    }

    static LocalDateTime truncate(LocalDateTime t, TemporalFormat.Grain g) {
        return switch (g) {
            case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
            case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case DAY -> t.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> t.toLocalDate().with(DayOfWeek.MONDAY).atStartOfDay();
            case MONTH -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case QUARTER -> LocalDate.of(t.getYear(), (t.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case YEAR -> LocalDate.of(t.getYear(), 1, 1).atStartOfDay();
        };
    }

    /** 지난 N단위: the N whole units before the current one; 다음 N단위: the N after it. */
    private static String lastNext(int dir, Dur d, OffsetDateTime ref) {
        TemporalFormat.Grain g = switch (d.unit()) {
            case SECONDS -> TemporalFormat.Grain.SECOND;
            case MINUTES -> TemporalFormat.Grain.MINUTE;
            case HOURS -> TemporalFormat.Grain.HOUR;
            case DAYS -> TemporalFormat.Grain.DAY;
            case WEEKS -> TemporalFormat.Grain.WEEK;
            case MONTHS -> TemporalFormat.Grain.MONTH;
            default -> TemporalFormat.Grain.YEAR;
        };
        long n = d.amount().setScale(0, RoundingMode.HALF_UP).longValue();
        LocalDateTime cur = g == TemporalFormat.Grain.SECOND ? ref.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS)
                : truncate(ref.toLocalDateTime(), g);
        ChronoUnit u = d.unit();
        LocalDateTime from;
        LocalDateTime to;
        if (dir < 0) {
            from = cur.minus(n, u);
            to = cur.minus(1, u);
        } else {
            from = cur.plus(1, u);
            to = cur.plus(n, u);
        }
        return TemporalFormat.fmt(from, g, ref) + "/" + TemporalFormat.fmt(to, g, ref);
    }
}
