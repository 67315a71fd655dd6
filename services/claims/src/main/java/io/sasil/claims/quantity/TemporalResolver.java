package io.sasil.claims.quantity;

import static io.sasil.claims.quantity.TemporalFormat.*;
import static io.sasil.claims.quantity.TemporalGrammar.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Anchors a {@link TemporalSpec} to a reference time (calendar arithmetic, no text): a month or
 * month-day without year takes the year of the reference; a day alone the reference's month;
 * {@code 지난/오는 N일/N월} the latest before or next after the reference; a bare weekday the next
 * one, {@code 지난} the last one, {@code 이번주/다음주 X요일} the one in that ISO week; a time of
 * day without date its next occurrence at or after the reference (an hour ≤ 12 without
 * 오전/오후 may be either half of the day); holidays their next occurrence; seasons and parts
 * of the day are intervals. Without a reference only absolute values resolve.
 * Stateless and thread-safe.
 */
final class TemporalResolver {

    private TemporalResolver() {
    }

    // ------------------------------------------------------------------ resolution

    /** A resolved point (start at grain) or an interval already formatted. */
    record Resolved(LocalDateTime start, Grain grain, String interval) {
    }

    static final OffsetDateTime NO_REF = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static Resolved resolve(TemporalSpec sp, OffsetDateTime ref) {
        return resolve(sp, ref, null);
    }

    /**
     * Resolves {@code sp} against {@code ref}; a month without year takes {@code focusYear} when
     * given, else the year that puts the date nearest the reference ({@link #yearNear}).
     */
    static Resolved resolve(TemporalSpec sp, OffsetDateTime ref, Integer focusYear) {
        boolean noRef = ref == null;
        OffsetDateTime r = noRef ? NO_REF : ref;
        LocalDateTime now = r.toLocalDateTime();
        LocalDate today = now.toLocalDate();
        if (noRef) {
            boolean fixed = sp.yearRel == null && sp.dayRel == null && sp.weekRel == null && sp.monthRel == null
                    && sp.monthDir == 0 && sp.dayDir == 0 && sp.quarterRel == null;
            boolean absolute = fixed && (sp.year != null || focusYear != null && sp.month != null);
            if (!absolute) {
                if (sp.month != null && sp.day != null && sp.year == null && sp.yearRel == null && sp.monthDir == 0
                        && sp.hour == null && sp.weekday == null) {
                    return new Resolved(null, Grain.DAY, String.format("--%02d-%02d", sp.month, sp.day));
                }
                return unresolved(sp);
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
                if (year == null && sp.monthDir == 0) {
                    y = focusYear != null ? focusYear : noRef ? y : yearNear(today, m, sp.day);
                }
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

    /** Days within which a month-day of the next or previous year is taken over the reference year's. */
    static final int NEAR_DAYS = 62;

    /**
     * The year of a month (and day) written without one, when the narrative states none: the
     * reference's year, unless the same date in the next or the previous year lies within
     * {@value #NEAR_DAYS} days of the reference (an article of 25 December writing {@code 1월 24일}
     * means the coming January; one of 5 January writing {@code 12월 28일} the last December).
     */
    static int yearNear(LocalDate today, int month, Integer day) {
        int y = today.getYear();
        for (int candidate : new int[] {y + 1, y - 1}) {
            LocalDate first = LocalDate.of(candidate, month, 1);
            LocalDate d = first.withDayOfMonth(day == null ? Math.min(15, first.lengthOfMonth())
                    : Math.min(day, first.lengthOfMonth()));
            if (Math.abs(ChronoUnit.DAYS.between(today, d)) <= NEAR_DAYS) {
                return candidate;
            }
        }
        return y;
    }

    /**
     * Without a reference time, a relative expression keeps its span and kind and an unresolved
     * value: {@code REF} and the signed offset of its relative field as an ISO 8601 duration
     * ({@code 지난해} → {@code REF-P1Y}, {@code 내일} → {@code REF+P1D}, {@code 오늘}/{@code 이번 주}
     * → {@code REF}); null when nothing in it is relative to a reference (a weekday alone).
     */
    static Resolved unresolved(TemporalSpec sp) {
        String off;
        Grain g;
        if (sp.now) {
            return new Resolved(null, Grain.SECOND, "REF");
        } else if (sp.dayRel != null) {
            off = offset(sp.dayRel, "D");
            g = Grain.DAY;
        } else if (sp.weekRel != null) {
            off = offset(sp.weekRel, "W");
            g = Grain.WEEK;
        } else if (sp.monthRel != null) {
            off = offset(sp.monthRel, "M");
            g = Grain.MONTH;
        } else if (sp.quarterRel != null) {
            off = offset(3 * sp.quarterRel, "M");
            g = Grain.QUARTER;
        } else if (sp.yearRel != null) {
            off = offset(sp.yearRel, "Y");
            g = Grain.YEAR;
        } else {
            return null;
        }
        return new Resolved(null, sp.hour != null ? Grain.HOUR : g, "REF" + off);
    }

    private static String offset(int n, String unit) {
        return n == 0 ? "" : (n < 0 ? "-P" : "+P") + Math.abs(n) + unit;
    }

    static boolean isAmPmWord(String w) {
        return w.equals("오전") || w.equalsIgnoreCase("am") || w.equalsIgnoreCase("pm");
    }

    static int[] partOfDayHours(String w) {
        return switch (w) {
            case "아침" -> new int[] {4, 11};
            case "오전" -> new int[] {0, 11};
            case "오후" -> new int[] {12, 18};
            case "점심", "낮" -> new int[] {12, 13};
            case "새벽" -> new int[] {0, 5};
            default -> new int[] {18, 23};    // 저녁, 밤
        };
    }

    static Resolved season(String name, LocalDate today) {
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
}
