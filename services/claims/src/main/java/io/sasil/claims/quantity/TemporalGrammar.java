package io.sasil.claims.quantity;

import static io.sasil.claims.quantity.TemporalFormat.*;
import static io.sasil.claims.quantity.TemporalResolver.*;

import java.math.BigDecimal;
import java.time.ZoneOffset;

/**
 * The grammar of Korean date and time expressions: reads the components of a point in time in
 * their fixed order (day words, week words, year, parts of a year, holiday, season, quarter or
 * half, month, week of month or n-th weekday, day of month, weekday, part of day, time) into a
 * {@link TemporalSpec}, spaces allowed between components, and nothing else: no reference
 * time, no calendar arithmetic. Rules, one per method:
 * <ul>
 *   <li>{@link #parseSpec}: the components in order; a year is 1000–9999 before {@code 년}, two
 *       digits after an apostrophe, or two digits before a month; {@code N년 초/말} is the first
 *       or last month; {@code N월 첫째/마지막 주} a week of the month;</li>
 *   <li>{@link #parseTime}: {@code H시 [M분|반] [S초]}, {@code H:MM[:SS] [am|pm]}, 정오, 자정,
 *       {@code H시 M분 전}; a time zone name after it;</li>
 *   <li>{@link #dayIsDuration}: {@code N일} followed by a duration word ({@code 간 동안 만에
 *       째 이 되는 …}) is a number of days, not a day of the month.</li>
 * </ul>
 * Stateless and thread-safe; no regular expressions.
 */
final class TemporalGrammar {

    private TemporalGrammar() {
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The end of the longest of {@code words} written at {@code p}, or -1. Called at every word start of every
     * sentence with long lists, so a word whose first character differs is passed over without a comparison.
     */
    static int word(String s, int p, String... words) {
        if (p < 0 || p >= s.length()) {
            return -1;
        }
        char first = s.charAt(p);
        int best = -1;
        for (String w : words) {
            if (w.charAt(0) == first && p + w.length() > best && s.startsWith(w, p)) {
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

    static int intOf(NumberToken n) {
        if (n == null || !n.integral() || n.value().compareTo(BigDecimal.valueOf(100000)) > 0 || n.value().signum() < 0) {
            return -1;
        }
        return n.value().intValue();
    }

    static final String[] WEEKDAYS = {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"};

    static int weekdayAt(String s, int p) {
        for (int k = 0; k < 7; k++) {
            if (s.startsWith(WEEKDAYS[k], p)) {
                return k + 1;
            }
        }
        return 0;
    }

    static final String[] ORDINAL_WORDS = {"첫번째", "첫째", "첫", "두번째", "둘째", "세번째", "셋째", "네번째",
        "넷째", "네째", "다섯번째", "다섯째", "마지막"};
    static final int[] ORDINAL_VALUES = {1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, -1};

    /** [value, end] of an ordinal word at p, or null. */
    static int[] ordinalAt(String s, int p) {
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

    /** Parses the components of a point in time in their fixed order, spaces allowed between. */
    static TemporalSpec parseSpec(String s, int i) {
        TemporalSpec sp = new TemporalSpec();
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
            } else if ((k = word(s, q, "연말", "연초")) > 0 && (!hangulAt(s, k) || "에의까부은는도".indexOf(s.charAt(k)) >= 0)) {
                sp.yearRel = 0;   // 연말, 연초: the last or first month of the reference's year
                sp.month = s.charAt(q + 1) == '말' ? 12 : 1;
                sp.end = k;
                return sp;
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
                int yu = n == null ? -1 : unitAfter(s, n, '년', v >= 1000 && v <= 2999);
                if (n != null && v >= 0 && yu > 0 && !(yu + 1 < s.length() && s.charAt(yu + 1) == '생')
                        && !s.startsWith("대", yu + 1)) {
                    int after = yu + 1;
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
            if (k2 > 0 && (!hangulAt(s, k2) || "은는에의도이을부까".indexOf(s.charAt(k2)) >= 0)) {
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
                int mu = n == null ? -1 : unitAfter(s, n, '월', sp.year != null);
                if (n != null && v >= 1 && v <= 12 && mu > 0
                        && !s.startsWith("월요일", mu) && !s.startsWith("월드", mu)) {
                    sp.month = v;
                    sp.monthDir = sp.year == null && sp.yearRel == null ? dir : 0;
                    p = mu + 1;
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
            int du = n == null ? -1 : unitAfter(s, n, '일', sp.month != null);
            if (n != null && v >= 1 && v <= 31 && du > 0
                    && !dayIsDuration(s, du + 1) && !(du + 1 < s.length() && s.charAt(du + 1) == '본')) {
                sp.day = v;
                sp.dayDir = dir;
                p = du + 1;
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
        } else if (sp.day != null && sp.hour == null && ("오후".equals(sp.partOfDay) || "오전".equals(sp.partOfDay))) {
            sp.partOfDay = null;    // 6일 오후: without an hour the half of the day adds nothing checkable; the day is the value
        }
        if (sp.empty() || sp.end <= i) {
            return null;
        }
        return sp;
    }

    static boolean monthAt(String s, int p) {
        NumberToken n = num(s, p, false);
        return n != null && n.end() < s.length() && s.charAt(n.end()) == '월';
    }

    static boolean timeAt(String s, int p) {
        TemporalSpec t = new TemporalSpec();
        return parseTime(s, p, t);
    }

    static boolean dayIsDuration(String s, int p) {
        return word(s, p, "간", "동안", "째", "만에", "만", "전", "후", "뒤", "이전", "이후", "이내", "내", "안", "여", "가량",
                "정도", "넘게", "이상", "미만", "이하", "초과", "치", "분", " 만에", " 동안", "이 되는", "이 된", "이 지나",
                "이 지난", "이 걸", "이나 걸", "가 지나") > 0;
    }

    /**
     * The index of the unit syllable {@code unit} after the number {@code n}: glued, or after one
     * space when {@code spacedOk} and the number is written in digits ({@code 2019 년 3 월}).
     * -1 when the unit is not there.
     */
    static int unitAfter(String s, NumberToken n, char unit, boolean spacedOk) {
        int p = n.end();
        if (p < s.length() && s.charAt(p) == unit) {
            return p;
        }
        if (spacedOk && n.digits() && p + 1 < s.length() && s.charAt(p) == ' ' && s.charAt(p + 1) == unit) {
            return p + 1;
        }
        return -1;
    }

    /** H시 [M분|반] [S초] [N분 전], H:MM[:SS] [am|pm], 정오, 자정. */
    static boolean parseTime(String s, int q, TemporalSpec sp) {
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

    static boolean twoDigits(String s, int p) {
        return p + 1 < s.length() && KoreanNumberScanner.isDigit(s.charAt(p)) && KoreanNumberScanner.isDigit(s.charAt(p + 1))
                && (p + 2 >= s.length() || !KoreanNumberScanner.isDigit(s.charAt(p + 2)));
    }

    static void ampm(String s, int p, TemporalSpec sp) {
        int k = word(s, p, "am", "AM", "a.m.", "a", "pm", "PM", "p.m.", "p");
        if (k > 0 && (k >= s.length() || !UnitLexicon.isAsciiLetter(s.charAt(k)))) {
            sp.pm = Character.toLowerCase(s.charAt(p)) == 'p';
            sp.end = k;
        }
    }

    static void zone(String s, TemporalSpec sp) {
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
}
