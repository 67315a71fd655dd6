package io.sasil.claims.quantity;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Korean and common holidays. Solar holidays are fixed month-days; the lunar ones (설날, 추석,
 * 부처님오신날) come from a table of their solar dates for 2010–2035 (outside that range they do
 * not resolve). A holiday without a year resolves to its next occurrence on or after the
 * reference date, as Duckling does.
 */
public final class KoreanHolidays {

    private static final Map<String, MonthDay> SOLAR = new LinkedHashMap<>();
    private static final Map<String, int[]> LUNAR = new LinkedHashMap<>();

    static {
        SOLAR.put("크리스마스이브", MonthDay.of(12, 24));
        SOLAR.put("크리스마스 이브", MonthDay.of(12, 24));
        SOLAR.put("크리스마스", MonthDay.of(12, 25));
        SOLAR.put("성탄절", MonthDay.of(12, 25));
        SOLAR.put("신정", MonthDay.of(1, 1));
        SOLAR.put("삼일절", MonthDay.of(3, 1));
        SOLAR.put("3·1절", MonthDay.of(3, 1));
        SOLAR.put("3.1절", MonthDay.of(3, 1));
        SOLAR.put("어린이날", MonthDay.of(5, 5));
        SOLAR.put("어버이날", MonthDay.of(5, 8));
        SOLAR.put("스승의날", MonthDay.of(5, 15));
        SOLAR.put("스승의 날", MonthDay.of(5, 15));
        SOLAR.put("근로자의날", MonthDay.of(5, 1));
        SOLAR.put("근로자의 날", MonthDay.of(5, 1));
        SOLAR.put("노동절", MonthDay.of(5, 1));
        SOLAR.put("현충일", MonthDay.of(6, 6));
        SOLAR.put("제헌절", MonthDay.of(7, 17));
        SOLAR.put("광복절", MonthDay.of(8, 15));
        SOLAR.put("국군의날", MonthDay.of(10, 1));
        SOLAR.put("국군의 날", MonthDay.of(10, 1));
        SOLAR.put("개천절", MonthDay.of(10, 3));
        SOLAR.put("한글날", MonthDay.of(10, 9));
        SOLAR.put("식목일", MonthDay.of(4, 5));
        SOLAR.put("만우절", MonthDay.of(4, 1));
        SOLAR.put("밸런타인데이", MonthDay.of(2, 14));
        SOLAR.put("발렌타인데이", MonthDay.of(2, 14));
        SOLAR.put("핼러윈", MonthDay.of(10, 31));
        SOLAR.put("할로윈", MonthDay.of(10, 31));
        // solar dates (month*100+day) of the lunar holidays, 2010..2035
        LUNAR.put("설날", new int[] {214, 203, 123, 210, 131, 219, 208, 128, 216, 205, 125, 212, 201, 122, 210, 129,
            217, 207, 126, 213, 203, 123, 211, 131, 219, 208});
        LUNAR.put("설", LUNAR.get("설날"));
        LUNAR.put("구정", LUNAR.get("설날"));
        LUNAR.put("추석", new int[] {922, 912, 930, 919, 908, 927, 915, 1004, 924, 913, 1001, 921, 910, 929, 917, 1006,
            925, 915, 1003, 922, 912, 1001, 919, 908, 927, 916});
        LUNAR.put("한가위", LUNAR.get("추석"));
        LUNAR.put("부처님오신날", new int[] {521, 510, 528, 517, 506, 525, 514, 503, 522, 512, 430, 519, 508, 527, 515,
            505, 524, 513, 502, 520, 509, 528, 516, 506, 525, 514});
        LUNAR.put("부처님 오신 날", LUNAR.get("부처님오신날"));
        LUNAR.put("석가탄신일", LUNAR.get("부처님오신날"));
    }

    private static final String FIRST_CHARS;

    static {
        StringBuilder b = new StringBuilder();
        SOLAR.keySet().forEach(n -> b.append(n.charAt(0)));
        LUNAR.keySet().forEach(n -> b.append(n.charAt(0)));
        FIRST_CHARS = b.toString();
    }

    private KoreanHolidays() {
    }

    /** The longest holiday name at {@code i}, or null. */
    public static String nameAt(String s, int i) {
        if (i >= s.length() || FIRST_CHARS.indexOf(s.charAt(i)) < 0) {
            return null;
        }
        String best = null;
        for (String n : SOLAR.keySet()) {
            if (s.startsWith(n, i) && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        for (String n : LUNAR.keySet()) {
            if (s.startsWith(n, i) && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        if ("설".equals(best) && !(i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '에'
                || s.charAt(i + 1) == '을' || s.charAt(i + 1) == '연'))) {
            return null;   // 설 alone only as a word (설 연휴, 설에)
        }
        return best;
    }

    /** The date of holiday {@code name} in {@code year}, or null when unknown. */
    public static LocalDate in(String name, int year) {
        MonthDay md = SOLAR.get(name);
        if (md != null) {
            return md.atYear(year);
        }
        int[] t = LUNAR.get(name);
        if (t == null || year < 2010 || year >= 2010 + t.length) {
            return null;
        }
        int v = t[year - 2010];
        return LocalDate.of(year, v / 100, v % 100);
    }

    /** The first occurrence on or after {@code from}, or null. */
    public static LocalDate next(String name, LocalDate from) {
        LocalDate d = in(name, from.getYear());
        if (d != null && !d.isBefore(from)) {
            return d;
        }
        return in(name, from.getYear() + 1);
    }
}
