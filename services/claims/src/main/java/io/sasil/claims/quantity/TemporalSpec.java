package io.sasil.claims.quantity;

import java.time.ZoneOffset;

/**
 * What {@link TemporalGrammar} read of one date or time expression, field by field, before
 * {@link TemporalResolver} anchors it to a reference time. Absolute fields ({@code year},
 * {@code month}, {@code day}, {@code hour} …) hold the number written; relative ones
 * ({@code yearRel}, {@code monthRel}, {@code dayRel}, {@code weekRel}, {@code quarterRel}) the
 * offset from the reference in their unit; the {@code *Dir} fields say whether a bare field
 * takes the last ({@code -1}, 지난) or next ({@code +1}, 오는/다음) occurrence. {@code end} is
 * the UTF-16 end of what was read. One instance per expression, filled by one grammar pass.
 */
final class TemporalSpec {

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
