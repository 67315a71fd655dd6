package io.sasil.claims.quantity;

import io.sasil.common.contract.Bound;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Reads one date, time, duration or interval at a position and resolves it against a reference
 * time. Values are ISO 8601 strings at the precision written: {@code 2025} (year),
 * {@code 2025-01} (month), {@code 2025-W07} (week), {@code 2025-01-20} (day),
 * {@code 2025-02-03T15:00+09:00} (hour and minute, with the reference's offset), durations
 * {@code P2Y}/{@code PT52H}/{@code PT1H30M}, and intervals {@code start/end} whose end is
 * inclusive at its precision ({@code 2019/2020}, a quarter {@code 2024-01/2024-03}).
 *
 * <p>Resolution rules: a month or month-day without year takes the reference's year; a day
 * alone takes the reference's month; {@code 지난 N일}/{@code 지난 N월} the latest one before the
 * reference and {@code 오는/다음} the next one; a bare weekday the next one after the reference
 * day, {@code 지난/저번} the last one before, {@code 이번주/다음주/지난주 X요일} the one in that
 * ISO week; a time of day without a date its next occurrence at or after the reference (an
 * hour ≤ 12 without 오전/오후 may be either half of the day); holidays their next occurrence.
 * {@code N단위 전/후/안에} is the reference moved by the duration, truncated one grain finer
 * than the unit (Duckling's rule); {@code 지난/다음 N단위} the N whole units before or after the
 * current one. Without a reference only absolute dates resolve (a month-day becomes
 * {@code --01-20}). Stateless and thread-safe; no regular expressions.
 */
public final class TemporalScanner {

    /** A temporal value read at a position: the UTF-16 end and the normalised value. */
    public record Match(int end, String value, String unit, Bound bound, boolean approximate) {
    }

    enum Grain { SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR }

    private TemporalScanner() {
    }

    /** Mutable parse state of one date/time expression. */
    private static final class Spec {
        Integer year;
        Integer yearRel;
        Integer month;
        Integer monthRel;
        int monthDir;          // -1 지난 N월, +1 다음/오는 N월
        Integer day;
        int dayDir;
        Integer dayRel;
        Integer weekRel;
        boolean weekend;
        Integer nthWeek;       // 1.., -1 last
        Integer weekday;       // 1=Mon
        int weekdayDir;        // -1 last, 0 next, 2 this week incl. today
        Integer nthWeekday;
        boolean lastDay;
        Integer quarter;
        Integer quarterRel;
        Integer half;
        String partOfDay;
        Integer hour;
        Integer minute;
        Integer second;
        Boolean pm;
        ZoneOffset zone;
        String holiday;
        String season;
        boolean now;
        int end;

        boolean empty() {
            return year == null && yearRel == null && month == null && monthRel == null && day == null
                    && dayRel == null && weekRel == null && weekday == null && quarter == null && quarterRel == null
                    && half == null && partOfDay == null && hour == null && holiday == null && season == null && !now;
        }

        boolean relative() {
            return year == null;
        }
    }

    // ------------------------------------------------------------------ entry

    /** A temporal expression starting at {@code i}, or null. {@code ref} may be null. */
    public static Match match(String s, int i, OffsetDateTime ref) {
        Match best = matchPointOrInterval(s, i, ref);
        Match m = DurationScanner.match(s, i, ref);
        best = longer(best, m);
        m = matchNumeric(s, i, ref);
        best = longer(best, m);
        return best;
    }

    private static Match longer(Match a, Match b) {
        if (b == null) {
            return a;
        }
        return a == null || b.end() > a.end() ? b : a;
    }

    // ------------------------------------------------------------------ helpers

    static int word(String s, int p, String... words) {
        int best = -1;
        for (String w : words) {
            if (s.startsWith(w, p) && p + w.length() > best) {
                best = p + w.length();
            }
        }
        return best;
    }

    static int ws(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < 2 && (s.charAt(q) == ' ' || s.charAt(q) == '\u00a0')) {
            q++;
        }
        return q;
    }

    static boolean hangulAt(String s, int p) {
        return p < s.length() && s.charAt(p) >= '가' && s.charAt(p) <= '힣';
    }

    /** A number for dates and times: digits, Sino-Korean or (with {@code nativeOk}) native. */
    static NumberToken num(String s, int p, boolean nativeOk) {
        if (p >= s.length()) {
            return null;
        }
        if (s.startsWith("몇", p)) {
            return new NumberToken(BigDecimal.valueOf(3), p, p + 1, false, true);
        }
        NumberToken n = nativeOk ? KoreanNumberScanner.scanUnsigned(s, p) : null;
        if (n == null || !nativeOk) {
            char c = s.charAt(p);
            if (!KoreanNumberScanner.isDigit(c) && KoreanNumberScanner.sinoDigit(c) < 0
                    && KoreanNumberScanner.smallMagnitude(c) == 0 && KoreanNumberScanner.largeMagnitudeExponent(c) == 0) {
                return null;
            }
            n = KoreanNumberScanner.scanUnsigned(s, p);
            if (n != null && n.nativeWord()) {
                return null;
            }
        }
        return n;
    }

    private static int intOf(NumberToken n) {
        if (n == null || !n.integral() || n.value().compareTo(BigDecimal.valueOf(100000)) > 0 || n.value().signum() < 0) {
            return -1;
        }
        return n.value().intValue();
    }

    private static final String[] WEEKDAYS = {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"};

    private static int weekdayAt(String s, int p) {
        for (int k = 0; k < 7; k++) {
            if (s.startsWith(WEEKDAYS[k], p)) {
                return k + 1;
            }
        }
        return 0;
    }

    private static final String[] ORDINAL_WORDS = {"첫번째", "첫째", "첫", "두번째", "둘째", "세번째", "셋째", "네번째",
        "넷째", "네째", "다섯번째", "다섯째", "마지막"};
    private static final int[] ORDINAL_VALUES = {1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, -1};

    /** [value, end] of an ordinal word at p, or null. */
    private static int[] ordinalAt(String s, int p) {
        int bestEnd = -1;
        int val = 0;
        for (int k = 0; k < ORDINAL_WORDS.length; k++) {
            if (s.startsWith(ORDINAL_WORDS[k], p) && p + ORDINAL_WORDS[k].length() > bestEnd) {
                bestEnd = p + ORDINAL_WORDS[k].length();
                val = ORDINAL_VALUES[k];
            }
        }
        return bestEnd < 0 ? null : new int[] {val, bestEnd};
    }

    // ------------------------------------------------------------------ points and intervals

    private static Match matchPointOrInterval(String s, int i, OffsetDateTime ref) {
        Spec a = parseSpec(s, i);
        if (a == null) {
            return openRange(s, i, ref);
        }
        int q = a.end;
        // interval continuation
        int r = ws(s, q);
        int sep = word(s, r, "~", "∼", "～", "〜", "-", "–", "부터", "에서");
        if (sep > 0) {
            int t = ws(s, sep);
            Spec b = parseSpec(s, t);
            if (b != null && !b.now) {
                inherit(b, a);
                Resolved ra = resolve(a, ref);
                Resolved rb = resolve(b, ref);
                if (ra != null && rb != null && ra.interval == null && rb.interval == null) {
                    int end = b.end;
                    int k = word(s, end, "까지");
                    if (k > 0) {
                        end = k;
                    }
                    String v = format(ra, ref) + "/" + format(rb, ref);
                    return new Match(end, v, Units.INTERVAL, null, false);
                }
            }
        }
        Resolved ra = resolve(a, ref);
        if (ra == null) {
            return null;
        }
        Bound bound = null;
        int end = q;
        int t = ws(s, q);
        int k;
        if ((k = word(s, t, "이후", "부터", "以後")) > 0) {
            bound = Bound.MIN_INCLUSIVE;
            end = k;
        } else if ((k = word(s, t, "까지")) > 0) {
            bound = Bound.MAX_INCLUSIVE;
            end = k;
        } else if ((k = word(s, t, "이전")) > 0 || (a.hour != null && (k = word(s, t, "전")) > 0 && !hangulAt(s, k))) {
            bound = Bound.MAX_EXCLUSIVE;
            end = k;
        } else if (a.hour != null && (k = word(s, t, "후")) > 0 && !hangulAt(s, k)) {
            bound = Bound.MIN_EXCLUSIVE;
            end = k;
        }
        return new Match(end, format(ra, ref), unitOf(ra), bound, false);
    }

    /** 2019~2020년, 3~5일, 7-8월: a bare number takes the field of the date after the separator. */
    private static Match openRange(String s, int i, OffsetDateTime ref) {
        NumberToken n = num(s, i, false);
        int v = intOf(n);
        if (n == null || v < 0) {
            return null;
        }
        int r = ws(s, n.end());
        int sep = word(s, r, "~", "∼", "～", "〜", "-", "–");
        if (sep < 0) {
            return null;
        }
        Spec b = parseSpec(s, ws(s, sep));
        if (b == null) {
            return null;
        }
        Spec a = new Spec();
        if (b.year != null && b.month == null && b.day == null && b.hour == null && v >= 1000) {
            a.year = v;
        } else if (b.month != null && b.day == null && b.year == null && b.hour == null && v >= 1 && v <= 12) {
            a.month = v;
            a.yearRel = b.yearRel;
        } else if (b.day != null && b.hour == null && v >= 1 && v <= 31) {
            a.day = v;
            a.month = b.month;
            a.year = b.year;
            a.yearRel = b.yearRel;
            a.dayDir = b.dayDir;
        } else {
            return null;
        }
        Resolved ra = resolve(a, ref);
        Resolved rb = resolve(b, ref);
        if (ra == null || rb == null || ra.interval != null || rb.interval != null) {
            return null;
        }
        return new Match(b.end, format(ra, ref) + "/" + format(rb, ref), Units.INTERVAL, null, false);
    }

    private static void inherit(Spec b, Spec a) {
        boolean bHasDate = b.year != null || b.yearRel != null || b.month != null || b.day != null;
        if (b.year == null && b.yearRel == null && (b.month != null || b.day != null)) {
            b.year = a.year;
            b.yearRel = a.yearRel;
        }
        if (b.month == null && b.monthRel == null && b.day != null) {
            b.month = a.month;
            b.monthRel = a.monthRel;
        }
        if (!bHasDate && b.weekday == null && b.dayRel == null && b.hour != null) {
            b.year = a.year;
            b.yearRel = a.yearRel;
            b.month = a.month;
            b.day = a.day;
            b.dayRel = a.dayRel;
            b.weekday = a.weekday;
            b.weekdayDir = a.weekdayDir;
            b.weekRel = a.weekRel;
            if (b.pm == null && b.partOfDay == null) {
                b.pm = a.pm;
            }
        }
    }

    /** Parses the components of a point in time in their fixed order, spaces allowed between. */
    private static Spec parseSpec(String s, int i) {
        Spec sp = new Spec();
        int p = i;
        int k;
        if ((k = word(s, p, "방금", "지금")) > 0) {
            sp.now = true;
            sp.end = k;
            return sp;
        }
        // holiday, optionally after a year
        // day-relative
        if ((k = word(s, p, "내일모레", "모레", "글피", "내일", "오늘", "금일", "어제", "그저께", "엊그제", "그제", "이날", "당일",
                "전날", "전일", "다음날", "다음 날", "이튿날", "익일")) > 0) {
            String w = s.substring(p, k);
            sp.dayRel = switch (w) {
                case "내일모레", "모레" -> 2;
                case "글피" -> 3;
                case "내일", "다음날", "다음 날", "이튿날", "익일" -> 1;
                case "전날", "전일" -> -1;
                case "오늘", "금일", "이날", "당일" -> 0;
                case "어제" -> -1;
                default -> -2;
            };
            if (hangulAt(s, k) && QuantityParser.AFTER_UNIT.indexOf(s.charAt(k)) < 0
                    && word(s, k, "밤", "저녁", "아침", "오전", "오후", "점심", "새벽", "낮") < 0) {
                return null;   // 오늘날, 모레츠: the word goes on
            }
            p = k;
            sp.end = p;
        }
        // week-relative
        if (sp.dayRel == null && (k = word(s, p, "이번주", "이번 주", "금주", "저번주", "저번 주", "지난주", "지난 주", "전주",
                "다음주", "다음 주", "오는주", "내주", "차주")) > 0 && !s.startsWith("전주", p)) {
            String w = s.substring(p, k).replace(" ", "");
            sp.weekRel = switch (w) {
                case "이번주", "금주" -> 0;
                case "다음주", "오는주", "내주", "차주" -> 1;
                default -> -1;
            };
            p = k;
            if (p < s.length() && s.charAt(p) == '말') {
                sp.weekend = true;
                p++;
            }
            sp.end = p;
        }
        if (sp.dayRel == null && sp.weekRel == null && (k = word(s, p, "주말")) > 0) {
            sp.weekRel = 0;
            sp.weekend = true;
            p = k;
            sp.end = p;
        }
        // year
        int q = ws(s, p);
        if (sp.dayRel == null && sp.weekRel == null) {
            if ((k = word(s, q, "올해", "금년", "작년", "지난해", "지난 해", "전년", "재작년", "내년", "다음해", "다음 해", "이듬해",
                    "내후년")) > 0 && !hangulAt(s, k) || (k = word(s, q, "올해", "작년", "지난해", "내년", "재작년", "금년", "전년", "이듬해")) > 0) {
                String w = s.substring(q, k).replace(" ", "");
                sp.yearRel = switch (w) {
                    case "올해", "금년" -> 0;
                    case "작년", "지난해", "전년" -> -1;
                    case "재작년" -> -2;
                    case "내후년" -> 2;
                    default -> 1;
                };
                p = k;
                sp.end = p;
            } else if (s.startsWith("올 ", q) && (word(s, q + 2, "초", "말", "연말", "연초", "시즌", "상반기", "하반기", "들어",
                    "한 해") > 0 || monthAt(s, q + 2))) {
                sp.yearRel = 0;
                p = q + 1;
                sp.end = p;
            } else {
                int y0 = q;
                boolean apostrophe = y0 < s.length() && (s.charAt(y0) == '\'' || s.charAt(y0) == '’');
                NumberToken n = num(s, apostrophe ? y0 + 1 : y0, false);
                int v = intOf(n);
                if (n != null && v >= 0 && n.end() < s.length() && s.charAt(n.end()) == '년'
                        && !(n.end() + 1 < s.length() && s.charAt(n.end() + 1) == '생')) {
                    int after = n.end() + 1;
                    if (after < s.length() && s.charAt(after) == '도') {
                        after++;
                    }
                    NumberToken m = num(s, ws(s, after), false);
                    boolean monthFollows = m != null && m.end() < s.length() && s.charAt(m.end()) == '월';
                    if (v >= 1000 && v <= 9999 || apostrophe && v < 100 || v < 100 && monthFollows) {
                        sp.year = v < 100 ? (v < 50 ? 2000 + v : 1900 + v) : v;
                        p = after;
                        sp.end = p;
                    }
                }
            }
        }
        // 지난해 말, 2024년 초: the year's last or first month
        if ((sp.year != null || sp.yearRel != null) && sp.dayRel == null) {
            int t = ws(s, p);
            if ((k = word(s, t, "초", "연초", "말", "연말")) > 0 && !hangulAt(s, k) || (k = word(s, t, "초에", "말에", "말까지")) > 0) {
                sp.month = s.charAt(t) == '초' || s.startsWith("연초", t) ? 1 : 12;
                sp.end = s.startsWith("에", k - 1) ? k - 1 : s.startsWith("까지", k - 2) ? k - 2 : k;
                return sp;
            }
        }
        // holiday
        q = ws(s, p);
        String hol = KoreanHolidays.nameAt(s, q);
        if (hol != null && sp.dayRel == null && sp.weekRel == null && sp.month == null) {
            sp.holiday = hol;
            sp.end = q + hol.length();
            return sp;
        }
        // season
        if ((k = word(s, q, "이번", "올", "지난", "다음")) > 0) {
            int k2 = word(s, ws(s, k), "봄", "여름", "가을", "겨울");
            if (k2 > 0 && !hangulAt(s, k2)) {
                sp.season = s.substring(ws(s, k), k2);
                sp.end = k2;
                return sp;
            }
        }
        // quarter / half
        if (sp.dayRel == null && sp.weekRel == null) {
            if ((k = word(s, q, "이번분기", "이번 분기", "다음분기", "다음 분기", "지난분기", "지난 분기", "전분기", "직전 분기")) > 0) {
                String w = s.substring(q, k).replace(" ", "");
                sp.quarterRel = w.startsWith("이번") ? 0 : w.startsWith("다음") ? 1 : -1;
                sp.end = k;
                return sp;
            }
            NumberToken n = num(s, q, false);
            if (n != null && s.startsWith("분기", n.end()) && intOf(n) >= 1 && intOf(n) <= 4) {
                sp.quarter = intOf(n);
                sp.end = n.end() + 2;
                return sp;
            }
            if ((k = word(s, q, "상반기", "하반기")) > 0) {
                sp.half = s.charAt(q) == '상' ? 1 : 2;
                sp.end = k;
                return sp;
            }
        }
        // month
        if (sp.dayRel == null && sp.weekRel == null) {
            int dir = 0;
            int mq = q;
            if ((k = word(s, q, "지난", "오는", "다음", "이번")) > 0) {
                dir = s.charAt(q) == '지' ? -1 : s.charAt(q) == '이' ? 0 : 1;
                mq = ws(s, k);
            }
            if ((k = word(s, q, "이번달", "이번 달", "이달", "금월", "저번달", "저번 달", "지난달", "지난 달", "전월", "다음달",
                    "다음 달", "내달", "오는 달")) > 0) {
                String w = s.substring(q, k).replace(" ", "");
                sp.monthRel = switch (w) {
                    case "이번달", "이달", "금월" -> 0;
                    case "다음달", "내달", "오는달" -> 1;
                    default -> -1;
                };
                p = k;
                sp.end = p;
            } else {
                NumberToken n = num(s, mq, false);
                int v = intOf(n);
                if (n != null && v >= 1 && v <= 12 && n.end() < s.length() && s.charAt(n.end()) == '월'
                        && !s.startsWith("월요일", n.end()) && !s.startsWith("월드", n.end())) {
                    sp.month = v;
                    sp.monthDir = sp.year == null && sp.yearRel == null ? dir : 0;
                    p = n.end() + 1;
                    sp.end = p;
                }
            }
        }
        q = ws(s, p);
        // week of month, nth weekday, last day
        if (sp.month != null || sp.monthRel != null) {
            int[] ord = ordinalAt(s, q);
            if (ord != null) {
                int t = ws(s, ord[1]);
                int wd = weekdayAt(s, t);
                if ((k = word(s, t, "주")) > 0 && !s.startsWith("주일", t)) {
                    sp.nthWeek = ord[0];
                    sp.end = k;
                    return sp;
                } else if (wd > 0) {
                    sp.nthWeekday = ord[0];
                    sp.weekday = wd;
                    sp.end = t + 3;
                    p = sp.end;
                } else if (ord[0] == -1 && (k = word(s, t, "날")) > 0) {
                    sp.lastDay = true;
                    sp.end = k;
                    p = k;
                }
            } else if ((k = word(s, q, "말일")) > 0) {
                sp.lastDay = true;
                sp.end = k;
                p = k;
            }
        }
        // day of month
        q = ws(s, p);
        if (sp.dayRel == null && sp.weekRel == null && sp.nthWeekday == null && !sp.lastDay) {
            int dir = 0;
            int dq = q;
            if (sp.month == null && sp.monthRel == null && (k = word(s, q, "지난", "오는", "이번")) > 0) {
                dir = s.charAt(q) == '지' ? -1 : s.charAt(q) == '오' ? 1 : 0;
                dq = ws(s, k);
            }
            NumberToken n = num(s, dq, false);
            int v = intOf(n);
            if (n != null && v >= 1 && v <= 31 && n.end() < s.length() && s.charAt(n.end()) == '일'
                    && !dayIsDuration(s, n.end() + 1) && !(n.end() + 1 < s.length() && s.charAt(n.end() + 1) == '본')) {
                sp.day = v;
                sp.dayDir = dir;
                p = n.end() + 1;
                sp.end = p;
            }
        }
        // weekday
        q = ws(s, p);
        if (sp.weekday == null) {
            int dir = 0;
            int wq = q;
            if (sp.weekRel == null && sp.day == null && (k = word(s, q, "지난", "저번", "다음", "오는", "이번")) > 0) {
                dir = s.charAt(q) == '지' || s.charAt(q) == '저' ? -1 : s.charAt(q) == '이' ? 2 : 0;
                wq = ws(s, k);
            }
            int wd = weekdayAt(s, wq);
            if (wd > 0) {
                sp.weekday = wd;
                sp.weekdayDir = dir;
                p = wq + 3;
                sp.end = p;
            } else if (sp.day != null && p + 2 < s.length() && s.charAt(p) == '(' && s.charAt(p + 2) == ')'
                    && "월화수목금토일".indexOf(s.charAt(p + 1)) >= 0) {
                p += 3;           // 3일(월)
                sp.end = p;
            }
        }
        // part of day and time
        q = ws(s, p);
        if ((k = word(s, q, "오늘밤", "오늘저녁")) > 0 && sp.dayRel == null && sp.empty()) {
            sp.dayRel = 0;
            sp.partOfDay = s.substring(q + 2, k);
            p = k;
            sp.end = p;
            q = ws(s, p);
        }
        if ((k = word(s, q, "아침", "오전", "오후", "저녁", "밤", "새벽", "낮", "점심", "AM", "PM", "am", "pm")) > 0) {
            if (!(s.startsWith("밤", q) && hangulAt(s, k) && !timeAt(s, k))) {
                sp.partOfDay = s.substring(q, k);
                if (s.startsWith("이번", q - 2) && sp.dayRel == null) {
                    sp.dayRel = 0;
                }
                p = k;
                sp.end = p;
                q = ws(s, p);
            }
        } else if ((k = word(s, q, "이번아침", "이번 아침")) > 0) {
            sp.dayRel = 0;
            sp.partOfDay = "아침";
            p = k;
            sp.end = p;
            q = ws(s, p);
        }
        if (parseTime(s, q, sp)) {
            p = sp.end;
        }
        if (sp.empty() || sp.end <= i) {
            return null;
        }
        return sp;
    }

    private static boolean monthAt(String s, int p) {
        NumberToken n = num(s, p, false);
        return n != null && n.end() < s.length() && s.charAt(n.end()) == '월';
    }

    private static boolean timeAt(String s, int p) {
        Spec t = new Spec();
        return parseTime(s, p, t);
    }

    private static boolean dayIsDuration(String s, int p) {
        return word(s, p, "간", "동안", "째", "만에", "만", "전", "후", "뒤", "이전", "이후", "이내", "내", "안", "여", "가량",
                "정도", "넘게", "이상", "미만", "이하", "초과", "치", "분") > 0;
    }

    /** H시 [M분|반] [S초] [N분 전], H:MM[:SS] [am|pm], 정오, 자정. */
    private static boolean parseTime(String s, int q, Spec sp) {
        int k;
        if ((k = word(s, q, "정오")) > 0) {
            sp.hour = 12;
            sp.end = k;
            return true;
        }
        if ((k = word(s, q, "자정")) > 0) {
            sp.hour = 24;
            sp.end = k;
            return true;
        }
        if (q < s.length() && KoreanNumberScanner.isDigit(s.charAt(q))) {
            int h = 0;
            int p = q;
            while (p < s.length() && p - q < 2 && KoreanNumberScanner.isDigit(s.charAt(p))) {
                h = h * 10 + s.charAt(p++) - '0';
            }
            if (p < s.length() && s.charAt(p) == ':' && twoDigits(s, p + 1)) {
                int m = Integer.parseInt(s.substring(p + 1, p + 3));
                p += 3;
                Integer sec = null;
                if (p < s.length() && s.charAt(p) == ':' && twoDigits(s, p + 1)) {
                    sec = Integer.parseInt(s.substring(p + 1, p + 3));
                    p += 3;
                }
                if (h > 24 || m > 59 || sec != null && sec > 59) {
                    return false;
                }
                sp.hour = h;
                sp.minute = m;
                sp.second = sec;
                sp.end = p;
                ampm(s, p, sp);
                zone(s, sp);
                return true;
            }
            if (p < s.length() && (s.startsWith("am", p) || s.startsWith("pm", p) || s.startsWith("AM", p)
                    || s.startsWith("PM", p)) && h >= 1 && h <= 12) {
                sp.hour = h;
                sp.end = p;
                ampm(s, p, sp);
                zone(s, sp);
                return true;
            }
        }
        NumberToken h = num(s, q, true);
        int hv = intOf(h);
        if (h == null || hv < 0 || hv > 24 || h.end() >= s.length() || s.charAt(h.end()) != '시') {
            return false;
        }
        int p = h.end() + 1;
        if (p < s.length() && (s.startsWith("간", p) || s.startsWith("즌", p) || s.startsWith("장", p) || s.startsWith("민", p)
                || s.startsWith("점", p) || s.startsWith("기", p) || s.startsWith("대", p) || s.startsWith("청", p)
                || s.startsWith("각", p) || s.startsWith("행", p) || s.startsWith("설", p))) {
            return false;
        }
        if (!h.digits() && hangulAt(s, p) && "반이삼사오육칠팔구십에은는의경께쯤부까".indexOf(s.charAt(p)) < 0) {
            return false;   // 일시불, 세시간: 시 begins a longer word
        }
        sp.hour = hv;
        sp.end = p;
        int r = ws(s, p);
        if (s.startsWith("반", r) && !hangulAt(s, r + 1)) {
            sp.minute = 30;
            sp.end = r + 1;
        } else {
            NumberToken m = num(s, r, false);
            int mv = intOf(m);
            if (m != null && mv >= 0 && mv < 60 && m.end() < s.length() && s.charAt(m.end()) == '분'
                    && !s.startsWith("분기", m.end())) {
                int after = m.end() + 1;
                if (s.startsWith("전", after) && !hangulAt(s, after + 1)) {
                    sp.hour = hv - 1;
                    sp.minute = 60 - mv;
                    sp.end = after + 1;
                    return true;
                }
                sp.minute = mv;
                sp.end = after;
                int r2 = ws(s, after);
                NumberToken sec = num(s, r2, false);
                int sv = intOf(sec);
                if (sec != null && sv >= 0 && sv < 60 && sec.end() < s.length() && s.charAt(sec.end()) == '초') {
                    sp.second = sv;
                    sp.end = sec.end() + 1;
                }
            }
        }
        zone(s, sp);
        return true;
    }

    private static boolean twoDigits(String s, int p) {
        return p + 1 < s.length() && KoreanNumberScanner.isDigit(s.charAt(p)) && KoreanNumberScanner.isDigit(s.charAt(p + 1))
                && (p + 2 >= s.length() || !KoreanNumberScanner.isDigit(s.charAt(p + 2)));
    }

    private static void ampm(String s, int p, Spec sp) {
        int k = word(s, p, "am", "AM", "a.m.", "a", "pm", "PM", "p.m.", "p");
        if (k > 0 && (k >= s.length() || !UnitLexicon.isAsciiLetter(s.charAt(k)))) {
            sp.pm = Character.toLowerCase(s.charAt(p)) == 'p';
            sp.end = k;
        }
    }

    private static void zone(String s, Spec sp) {
        int q = ws(s, sp.end);
        String[] names = {"CET", "GMT", "UTC", "KST", "JST", "EST", "EDT", "PST", "PDT", "CEST", "gmt", "utc", "cet", "kst"};
        int[] hours = {1, 0, 0, 9, 9, -5, -4, -8, -7, 2, 0, 0, 1, 9};
        for (int k = 0; k < names.length; k++) {
            if (s.startsWith(names[k], q) && (q + names[k].length() >= s.length()
                    || !UnitLexicon.isAsciiLetter(s.charAt(q + names[k].length())))) {
                sp.zone = ZoneOffset.ofHours(hours[k]);
                sp.end = q + names[k].length();
                return;
            }
        }
    }

    // ------------------------------------------------------------------ resolution

    /** A resolved point (start at grain) or an interval already formatted. */
    private record Resolved(LocalDateTime start, Grain grain, String interval) {
    }

    private static final OffsetDateTime NO_REF = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static Resolved resolve(Spec sp, OffsetDateTime ref) {
        boolean noRef = ref == null;
        OffsetDateTime r = noRef ? NO_REF : ref;
        LocalDateTime now = r.toLocalDateTime();
        LocalDate today = now.toLocalDate();
        if (noRef) {
            boolean absolute = sp.year != null && sp.yearRel == null && sp.dayRel == null && sp.weekRel == null
                    && sp.monthRel == null && sp.monthDir == 0 && sp.dayDir == 0 && sp.quarterRel == null;
            if (!absolute) {
                if (sp.month != null && sp.day != null && sp.year == null && sp.yearRel == null && sp.monthDir == 0
                        && sp.hour == null && sp.weekday == null) {
                    return new Resolved(null, Grain.DAY, String.format("--%02d-%02d", sp.month, sp.day));
                }
                return null;
            }
        }
        if (sp.now) {
            return new Resolved(now.truncatedTo(ChronoUnit.SECONDS), Grain.SECOND, null);
        }
        Integer year = sp.year != null ? sp.year : sp.yearRel != null ? Integer.valueOf(today.getYear() + sp.yearRel) : null;
        if (sp.holiday != null) {
            LocalDate d = year != null ? KoreanHolidays.in(sp.holiday, year) : KoreanHolidays.next(sp.holiday, today);
            return d == null ? null : new Resolved(d.atStartOfDay(), Grain.DAY, null);
        }
        if (sp.season != null) {
            return season(sp.season, today);
        }
        int y = year != null ? year : today.getYear();
        if (sp.quarterRel != null || sp.quarter != null) {
            int qn = sp.quarter != null ? sp.quarter : (today.getMonthValue() - 1) / 3 + 1 + sp.quarterRel;
            int yy = y + Math.floorDiv(qn - 1, 4);
            qn = Math.floorMod(qn - 1, 4) + 1;
            return new Resolved(null, Grain.QUARTER, String.format("%04d-%02d/%04d-%02d", yy, qn * 3 - 2, yy, qn * 3));
        }
        if (sp.half != null) {
            return new Resolved(null, Grain.MONTH, String.format("%04d-%02d/%04d-%02d", y, sp.half * 6 - 5, y, sp.half * 6));
        }
        LocalDate date = null;
        Grain grain = null;
        if (sp.dayRel != null) {
            date = today.plusDays(sp.dayRel);
            grain = Grain.DAY;
        }
        if (sp.weekRel != null) {
            LocalDate monday = today.with(DayOfWeek.MONDAY).plusWeeks(sp.weekRel);
            if (sp.weekend) {
                LocalDateTime from = monday.plusDays(4).atTime(18, 0);
                LocalDateTime to = monday.plusDays(6).atTime(23, 0);
                return new Resolved(null, Grain.HOUR, fmt(from, Grain.HOUR, r) + "/" + fmt(to, Grain.HOUR, r));
            }
            if (sp.weekday == null) {
                return new Resolved(monday.atStartOfDay(), Grain.WEEK, null);
            }
            date = monday.plusDays(sp.weekday - 1);
            grain = Grain.DAY;
        }
        if (sp.month != null || sp.monthRel != null) {
            int m;
            if (sp.monthRel != null) {
                LocalDate first = today.withDayOfMonth(1).plusMonths(sp.monthRel);
                y = first.getYear();
                m = first.getMonthValue();
            } else {
                m = sp.month;
                if (year == null && sp.monthDir < 0 && m >= today.getMonthValue()) {
                    y--;
                } else if (year == null && sp.monthDir > 0 && m <= today.getMonthValue()) {
                    y++;
                }
            }
            LocalDate first = LocalDate.of(y, m, 1);
            if (sp.nthWeek != null) {
                LocalDate monday = sp.nthWeek > 0 ? first.with(TemporalAdjusters.dayOfWeekInMonth(sp.nthWeek, DayOfWeek.MONDAY))
                        : first.with(TemporalAdjusters.lastDayOfMonth()).minusDays(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new Resolved(monday.atStartOfDay(), Grain.WEEK, null);
            }
            if (sp.nthWeekday != null) {
                DayOfWeek dw = DayOfWeek.of(sp.weekday);
                date = sp.nthWeekday > 0 ? first.with(TemporalAdjusters.dayOfWeekInMonth(sp.nthWeekday, dw))
                        : first.with(TemporalAdjusters.lastInMonth(dw));
                grain = Grain.DAY;
            } else if (sp.lastDay) {
                date = first.with(TemporalAdjusters.lastDayOfMonth());
                grain = Grain.DAY;
            } else if (sp.day != null) {
                if (sp.day > first.lengthOfMonth()) {
                    return null;
                }
                date = first.withDayOfMonth(sp.day);
                grain = Grain.DAY;
            } else {
                date = first;
                grain = Grain.MONTH;
            }
        } else if (sp.day != null) {
            LocalDate first = year != null ? LocalDate.of(y, today.getMonthValue(), 1) : today.withDayOfMonth(1);
            if (sp.dayDir < 0 && sp.day >= today.getDayOfMonth()) {
                first = first.minusMonths(1);
            } else if (sp.dayDir > 0 && sp.day <= today.getDayOfMonth()) {
                first = first.plusMonths(1);
            }
            if (sp.day > first.lengthOfMonth()) {
                return null;
            }
            date = first.withDayOfMonth(sp.day);
            grain = Grain.DAY;
        } else if (sp.weekday != null && sp.weekRel == null) {
            DayOfWeek dw = DayOfWeek.of(sp.weekday);
            date = switch (sp.weekdayDir) {
                case -1 -> today.with(TemporalAdjusters.previous(dw));
                case 2 -> today.with(TemporalAdjusters.nextOrSame(dw));
                default -> today.with(TemporalAdjusters.next(dw));
            };
            grain = Grain.DAY;
        } else if (year != null && sp.dayRel == null) {
            date = LocalDate.of(y, 1, 1);
            grain = Grain.YEAR;
        }
        if (sp.hour == null && sp.partOfDay != null && date == null
                && (sp.partOfDay.equals("낮") || sp.partOfDay.equals("밤"))) {
            return null;   // 낮, 밤 alone are too common as plain nouns
        }
        if (sp.hour == null && sp.partOfDay != null && !isAmPmWord(sp.partOfDay)) {
            int[] hours = partOfDayHours(sp.partOfDay);
            LocalDate d = date != null ? date : today;
            LocalDateTime from = d.atTime(hours[0], 0);
            LocalDateTime to = d.atTime(hours[1], 0);
            return new Resolved(null, Grain.HOUR, fmt(from, Grain.HOUR, r) + "/" + fmt(to, Grain.HOUR, r));
        }
        if (sp.hour == null && sp.partOfDay != null && date == null) {
            int[] hours = partOfDayHours(sp.partOfDay);
            return new Resolved(null, Grain.HOUR, fmt(today.atTime(hours[0], 0), Grain.HOUR, r) + "/"
                    + fmt(today.atTime(hours[1], 0), Grain.HOUR, r));
        }
        if (sp.hour != null) {
            int h = sp.hour;
            int mi = sp.minute == null ? 0 : sp.minute;
            int se = sp.second == null ? 0 : sp.second;
            Grain g = sp.second != null ? Grain.SECOND : sp.minute != null ? Grain.MINUTE : Grain.HOUR;
            Boolean pm = sp.pm;
            if (pm == null && sp.partOfDay != null) {
                String w = sp.partOfDay;
                pm = switch (w) {
                    case "오후", "저녁", "밤", "PM", "pm" -> Boolean.TRUE;
                    case "낮", "점심" -> h < 7 || h == 12;
                    default -> Boolean.FALSE;
                };
            }
            boolean ambiguous = pm == null && h >= 1 && h <= 12;
            if (pm != null) {
                h = pm ? (h % 12) + 12 : h % 12;
                if (Boolean.FALSE.equals(pm) && sp.hour == 12 && sp.partOfDay != null
                        && ("오전".equals(sp.partOfDay) || "am".equalsIgnoreCase(sp.partOfDay))) {
                    h = 24;   // 오전12시 = midnight ending the day
                }
                if (Boolean.TRUE.equals(pm) && sp.hour == 12 && "밤".equals(sp.partOfDay)) {
                    h = 24;
                }
            }
            LocalDateTime t;
            if (date != null) {
                t = date.atStartOfDay().plusHours(h).plusMinutes(mi).plusSeconds(se);
            } else {
                LocalDateTime c1 = today.atStartOfDay().plusHours(h).plusMinutes(mi).plusSeconds(se);
                if (ambiguous && h < 12) {
                    LocalDateTime c2 = c1.plusHours(12);
                    t = !c1.isBefore(now) ? c1 : !c2.isBefore(now) ? c2 : c1.plusDays(1);
                } else {
                    t = !c1.isBefore(now) ? c1 : c1.plusDays(1);
                }
            }
            if (sp.zone != null) {
                t = t.atOffset(sp.zone).withOffsetSameInstant(r.getOffset()).toLocalDateTime();
            }
            return new Resolved(t, g, null);
        }
        if (date == null) {
            return null;
        }
        return new Resolved(date.atStartOfDay(), grain, null);
    }

    private static boolean isAmPmWord(String w) {
        return w.equals("오전") || w.equalsIgnoreCase("am") || w.equalsIgnoreCase("pm");
    }

    private static int[] partOfDayHours(String w) {
        return switch (w) {
            case "아침" -> new int[] {4, 11};
            case "오전" -> new int[] {0, 11};
            case "오후" -> new int[] {12, 18};
            case "점심", "낮" -> new int[] {12, 13};
            case "새벽" -> new int[] {0, 5};
            default -> new int[] {18, 23};    // 저녁, 밤
        };
    }

    private static Resolved season(String name, LocalDate today) {
        int[][] bounds = switch (name) {
            case "봄" -> new int[][] {{3, 20}, {6, 20}};
            case "여름" -> new int[][] {{6, 21}, {9, 23}};
            case "가을" -> new int[][] {{9, 24}, {12, 20}};
            default -> new int[][] {{12, 21}, {3, 20}};
        };
        int y = today.getYear();
        for (int yy = y - 1; yy <= y + 1; yy++) {
            LocalDate from = LocalDate.of(yy, bounds[0][0], bounds[0][1]);
            LocalDate to = LocalDate.of(bounds[1][0] < bounds[0][0] ? yy + 1 : yy, bounds[1][0], bounds[1][1]);
            if (!to.isBefore(today)) {
                return new Resolved(null, Grain.DAY, from + "/" + to);
            }
        }
        return null;
    }

    private static String unitOf(Resolved r) {
        if (r.interval() != null) {
            return r.interval().startsWith("--") ? Units.DATE : Units.INTERVAL;
        }
        return switch (r.grain()) {
            case SECOND, MINUTE, HOUR -> Units.DATETIME;
            default -> Units.DATE;
        };
    }

    private static String format(Resolved r, OffsetDateTime ref) {
        return r.interval() != null ? r.interval() : fmt(r.start(), r.grain(), ref == null ? NO_REF : ref);
    }

    static String fmt(LocalDateTime t, Grain g, OffsetDateTime ref) {
        String off = ref.getOffset().getId();
        return switch (g) {
            case YEAR -> String.format("%04d", t.getYear());
            case QUARTER, MONTH -> String.format("%04d-%02d", t.getYear(), t.getMonthValue());
            case WEEK -> String.format("%04d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY -> t.toLocalDate().toString();
            case HOUR, MINUTE -> String.format("%sT%02d:%02d%s", t.toLocalDate(), t.getHour(), t.getMinute(), off);
            case SECOND -> String.format("%sT%02d:%02d:%02d%s", t.toLocalDate(), t.getHour(), t.getMinute(), t.getSecond(), off);
        };
    }

    // ------------------------------------------------------------------ numeric dates

    /** 2015-03-03, 2015-3-3, 2015/3/3, 74/10/31, 2025.1.20, 2/15, 2023-05. */
    private static Match matchNumeric(String s, int i, OffsetDateTime ref) {
        if (i >= s.length() || !KoreanNumberScanner.isDigit(s.charAt(i)) || i > 0 && KoreanNumberScanner.isDigit(s.charAt(i - 1))) {
            return null;
        }
        int[] parts = new int[3];
        int[] lens = new int[3];
        int n = 0;
        int p = i;
        char sepChar = 0;
        while (n < 3) {
            int v = 0;
            int st = p;
            while (p < s.length() && p - st < 4 && KoreanNumberScanner.isDigit(s.charAt(p))) {
                v = v * 10 + s.charAt(p++) - '0';
            }
            if (p == st || p < s.length() && KoreanNumberScanner.isDigit(s.charAt(p))) {
                return null;
            }
            parts[n] = v;
            lens[n] = p - st;
            n++;
            if (n < 3 && p + 1 < s.length() && (s.charAt(p) == '-' || s.charAt(p) == '/' || s.charAt(p) == '.')
                    && (sepChar == 0 || sepChar == s.charAt(p)) && KoreanNumberScanner.isDigit(s.charAt(p + 1))) {
                sepChar = s.charAt(p);
                p++;
            } else {
                break;
            }
        }
        if (n < 2) {
            return null;
        }
        if (sepChar == '.' && n == 3 && p < s.length() && s.charAt(p) == '.') {
            p++;
        }
        if (p < s.length() && (KoreanNumberScanner.isDigit(s.charAt(p)) || UnitLexicon.isAsciiLetter(s.charAt(p))
                || s.charAt(p) == '%')) {
            return null;
        }
        OffsetDateTime r = ref == null ? NO_REF : ref;
        try {
            if (n == 3) {
                int y = parts[0];
                if (lens[0] == 2) {
                    y = y < 50 ? 2000 + y : 1900 + y;
                } else if (lens[0] != 4) {
                    return null;
                }
                LocalDate d = LocalDate.of(y, parts[1], parts[2]);
                return new Match(p, d.toString(), Units.DATE, null, false);
            }
            if (lens[0] == 4 && (sepChar == '-' || sepChar == '.') && parts[1] >= 1 && parts[1] <= 12 && lens[1] <= 2) {
                if (sepChar == '.' && lens[1] == 1 && !(p < s.length() && s.charAt(p) == '.')) {
                    return null;   // 2025.1 is a decimal number
                }
                return new Match(p, String.format("%04d-%02d", parts[0], parts[1]), Units.DATE, null, false);
            }
            if (sepChar == '/' && parts[0] < parts[1] && parts[1] < 10) {
                return null;   // 3/4: a proper fraction with a one-digit denominator, not a month and day
            }
            if (sepChar == '/' && lens[0] <= 2 && lens[1] <= 2 && parts[0] >= 1 && parts[0] <= 12) {
                if (ref == null) {
                    LocalDate.of(2000, parts[0], parts[1]);
                    return new Match(p, String.format("--%02d-%02d", parts[0], parts[1]), Units.DATE, null, false);
                }
                LocalDate d = LocalDate.of(r.getYear(), parts[0], parts[1]);
                // 4/25 오후4시에
                Spec sp = new Spec();
                int q = ws(s, p);
                int k = word(s, q, "오전", "오후", "아침", "저녁", "밤");
                if (k > 0) {
                    sp.partOfDay = s.substring(q, k);
                    q = ws(s, k);
                }
                if (parseTime(s, q, sp)) {
                    sp.year = d.getYear();
                    sp.month = d.getMonthValue();
                    sp.day = d.getDayOfMonth();
                    Resolved rs = resolve(sp, ref);
                    if (rs != null) {
                        return new Match(sp.end, format(rs, ref), unitOf(rs), null, false);
                    }
                }
                return new Match(p, d.toString(), Units.DATE, null, false);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

}
