package io.sasil.reporting.check;

import io.sasil.common.contract.Bound;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Elapsed time against the publication date P.
 *
 * <p><b>Since an event</b>: a DURATION stated after an event word and 지 ({@code 설립한 지 2년도 안 된 ‘딥시크’})
 * is compared with every date of the same event about the same subject stated elsewhere
 * ({@code 2023년 5월 ‘딥시크’를 출범}; event and subject as the claims service read them; when the duration has no
 * subject and the document dates that event only once, that date). With the event somewhere in the stated date
 * range [first, last]: 미만/도 안 된 (MAX_EXCLUSIVE) holds when last + D &gt; P; 이하 when last + D ≥ P; 넘은
 * (MIN_EXCLUSIVE) when first + D &lt; P; 이상 when first + D ≤ P; an exact duration of N units (years, months,
 * days as written) means N full units elapsed: some day e of the range has e + D ≤ P &lt; e + D + 1 unit, widened by
 * one unit either side when approximate.
 *
 * <p><b>Ago</b>: an {@code ago} fact, a DURATION with 전 followed by a date ({@code 10년 전인 2014년}), holds when the calendar years
 * differ by N (P's year − 2014 = 10) or N full years elapsed as above. No publication date: UNVERIFIABLE.
 */
public final class ElapsedTimeCheck implements ConsistencyCheck {

    public static final String NAME = "elapsed-time";

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        List<Fact> facts = context.facts();
        List<Fact> dated = facts.stream().filter(f -> f.event() && !f.quantity().unit().equals("DURATION")).toList();
        for (Fact d : facts) {
            if (!d.quantity().unit().equals("DURATION")) {
                continue;
            }
            Optional<Elapsed> duration = Elapsed.parse(d.quantity().quantity().value());
            if (duration.isEmpty()) {
                continue;
            }
            List<Fact> events = dated.stream().filter(e -> e.measure().equals(d.measure()) && sameSubject(d, e))
                    .toList();
            if (events.isEmpty() && d.subject() == null) {
                List<Fact> sameEvent = dated.stream().filter(e -> e.measure().equals(d.measure())).toList();
                events = sameEvent.size() == 1 ? sameEvent : List.of();
            }
            for (Fact e : events) {
                Optional<DateRange> range = DateRange.parse(e.quantity().quantity().value());
                range.ifPresent(r -> out.add(since(context, d, duration.get(), e, r)));
            }
        }
        for (StatedFact f : context.stated("ago")) {
            Optional<Located> q = f.role("elapsed");
            Optional<Located> date = f.role("date");
            if (q.isPresent() && date.isPresent() && q.get().unit().equals("DURATION")) {
                ago(context, q.get(), date.get()).ifPresent(out::add);
            }
        }
        return out;
    }

    static boolean sameSubject(Fact a, Fact b) {
        if (a.subject() == null || b.subject() == null) {
            return false;
        }
        return a.subject().equals(b.subject()) || a.coSubjects().contains(b.subject())
                || b.coSubjects().contains(a.subject());
    }

    private CheckResult since(CheckContext context, Fact d, Elapsed dur, Fact e, DateRange r) {
        Bound bound = d.quantity().quantity().bound();
        List<Involved> involved = e.quantity().start() < d.quantity().start()
                ? List.of(e.quantity().involved(), d.quantity().involved())
                : List.of(d.quantity().involved(), e.quantity().involved());
        String subject = d.label() != null ? d.label() : e.label() != null ? e.label() : "?";
        String rule = describe(bound, dur, d.quantity().quantity().approximate());
        Optional<LocalDate> published = context.publicationDate();
        String head = e.predicate() + " of " + subject + " " + r + " (" + e.quantity().quantity().text() + ")";
        if (published.isEmpty()) {
            return new CheckResult(NAME, Verdict.UNVERIFIABLE, involved,
                    head + "; no publication date to measure " + d.quantity().quantity().text(), rule);
        }
        LocalDate p = published.get();
        boolean ok = holds(bound, dur, d.quantity().quantity().approximate(), r, p);
        String explanation = head + " → " + p + ": " + between(r, p) + " elapsed; stated "
                + d.quantity().quantity().text();
        return new CheckResult(NAME, ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT, involved, explanation, rule);
    }

    private Optional<CheckResult> ago(CheckContext context, Located q, Located date) {
        Optional<Elapsed> dur = Elapsed.parse(q.quantity().value());
        if (dur.isEmpty()) {
            return Optional.empty();
        }
        Optional<DateRange> r = DateRange.parse(date.quantity().value());
        if (r.isEmpty()) {
            return Optional.empty();
        }
        List<Involved> involved = List.of(q.involved(), date.involved());
        String rule = "calendar years differ by N, or N full years elapsed";
        Optional<LocalDate> published = context.publicationDate();
        if (published.isEmpty()) {
            return Optional.of(new CheckResult(NAME, Verdict.UNVERIFIABLE, involved,
                    "no publication date to check " + q.quantity().text() + " " + date.quantity().text(), rule));
        }
        LocalDate p = published.get();
        boolean calendar = dur.get().unit == Elapsed.YEARS
                && p.getYear() - r.get().first().getYear() == dur.get().period.getYears()
                && r.get().first().getYear() == r.get().last().getYear();
        boolean full = holds(null, dur.get(), q.quantity().approximate(), r.get(), p);
        String explanation = p.getYear() + " − " + r.get().first().getYear() + " = "
                + (p.getYear() - r.get().first().getYear()) + " calendar years; " + between(r.get(), p)
                + " elapsed since " + r.get() + "; stated " + q.quantity().text()
                + (calendar ? " (calendar years match)" : full ? " (full years match)" : "");
        return Optional.of(new CheckResult(NAME, calendar || full ? Verdict.CONSISTENT : Verdict.INCONSISTENT,
                involved, explanation, rule));
    }

    static boolean holds(Bound bound, Elapsed d, boolean approximate, DateRange r, LocalDate p) {
        try {
            return holdsUnchecked(bound, d, approximate, r, p);
        } catch (DateTimeException | ArithmeticException e) {
            // a duration beyond the calendar (P999999999Y) cannot have elapsed
            return bound == Bound.MAX_EXCLUSIVE || bound == Bound.MAX_INCLUSIVE;
        }
    }

    private static boolean holdsUnchecked(Bound bound, Elapsed d, boolean approximate, DateRange r, LocalDate p) {
        if (bound == Bound.MAX_EXCLUSIVE) {
            return r.last().plus(d.period).isAfter(p);
        }
        if (bound == Bound.MAX_INCLUSIVE) {
            return !r.last().plus(d.period).isBefore(p);
        }
        if (bound == Bound.MIN_EXCLUSIVE) {
            return r.first().plus(d.period).isBefore(p);
        }
        if (bound == Bound.MIN_INCLUSIVE) {
            return !r.first().plus(d.period).isAfter(p);
        }
        // exact: e + D <= p < e + D + unit  <=>  p - D - unit < e <= p - D
        LocalDate upper = p.minus(d.period);
        LocalDate lower = upper.minus(d.unitPeriod());
        if (approximate) {
            upper = upper.plus(d.unitPeriod());
            lower = lower.minus(d.unitPeriod());
        }
        return !r.first().isAfter(upper) && r.last().isAfter(lower);
    }

    private static String describe(Bound bound, Elapsed d, boolean approximate) {
        String v = d.period.toString();
        if (bound == null) {
            return "exactly " + v + " in whole " + d.unitName() + (approximate ? ", ±1 " + d.unitName() : "");
        }
        return switch (bound) {
            case MAX_EXCLUSIVE -> "less than " + v;
            case MAX_INCLUSIVE -> "at most " + v;
            case MIN_EXCLUSIVE -> "more than " + v;
            case MIN_INCLUSIVE -> "at least " + v;
        };
    }

    private static String between(DateRange r, LocalDate p) {
        String lo = human(Period.between(r.last(), p));
        String hi = human(Period.between(r.first(), p));
        return lo.equals(hi) ? lo : lo + " to " + hi;
    }

    private static String human(Period p) {
        if (p.isNegative()) {
            return "−(" + human(p.negated()) + ")";
        }
        return p.getYears() + "y " + p.getMonths() + "m " + p.getDays() + "d";
    }

    /** A calendar duration (ISO 8601 {@code PnYnMnWnD}) and the unit of its last written field. */
    static final class Elapsed {
        static final int YEARS = 1;
        static final int MONTHS = 2;
        static final int DAYS = 3;
        static final int WEEKS = 4;

        final Period period;
        final int unit;

        private Elapsed(Period period, int unit) {
            this.period = period;
            this.unit = unit;
        }

        static Optional<Elapsed> parse(Object value) {
            if (!(value instanceof String s) || s.length() > 32 || s.contains("T") || s.contains("/")) {
                return Optional.empty();
            }
            try {
                Period p = Period.parse(s.strip());
                if (p.isNegative() || p.isZero()) {
                    return Optional.empty();
                }
                int unit = s.endsWith("W") ? WEEKS : s.endsWith("D") ? DAYS : s.endsWith("M") ? MONTHS : YEARS;
                return Optional.of(new Elapsed(p, unit));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        Period unitPeriod() {
            return switch (unit) {
                case YEARS -> Period.ofYears(1);
                case MONTHS -> Period.ofMonths(1);
                case WEEKS -> Period.ofWeeks(1);
                default -> Period.ofDays(1);
            };
        }

        String unitName() {
            return switch (unit) {
                case YEARS -> "years";
                case MONTHS -> "months";
                case WEEKS -> "weeks";
                default -> "days";
            };
        }
    }
}
