package io.sasil.reporting.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ages against birth years: an {@code AGE_YEARS} figure and a {@code BIRTH_YEAR} in the same claim
 * ({@code 1985년생 … 40세}) agree with the reference year Y when the age is an international age, Y − born − 1 or
 * Y − born (before or after the birthday; Y − born is also the 연 나이 used in Korean law), or the traditional
 * Korean age, Y − born + 1. An age written with 만 ({@code 만 40세}) must be an international age.
 *
 * <p>The reference year is the publication year, unless a date in the claim is tied to the age by 당시 or 때
 * between them ({@code 2010년 당시 25세}). The nearest birth year in the claim is used. No publication date and
 * no such date: UNVERIFIABLE.
 */
public final class AgeCheck implements ConsistencyCheck {

    public static final String NAME = "age-birth-year";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        for (Located age : context.quantities("AGE_YEARS")) {
            List<Located> claim = context.sameClaim(age);
            Optional<Located> born = claim.stream().filter(q -> q.unit().equals("BIRTH_YEAR"))
                    .min(Comparator.comparingInt(q -> Math.abs(q.start() - age.start())));
            if (born.isEmpty()) {
                continue;
            }
            double a = Quantities.number(age.quantity().value());
            double b = Quantities.number(born.get().quantity().value());
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            List<Involved> involved = born.get().start() < age.start()
                    ? List.of(born.get().involved(), age.involved()) : List.of(age.involved(), born.get().involved());
            Optional<Integer> year = referenceYear(context, age, claim);
            boolean manOnly = age.quantity().text() != null && age.quantity().text().strip().startsWith("만");
            String tolerance = manOnly ? "international age (만): Y − born − 1 or Y − born"
                    : "international age Y − born − 1 or Y − born, or Korean age Y − born + 1";
            if (year.isEmpty()) {
                out.add(new CheckResult(NAME, Verdict.UNVERIFIABLE, involved,
                        "no publication date to compute the age of someone born in " + (int) b, tolerance));
                continue;
            }
            int y = year.get();
            int born0 = (int) b;
            int stated = (int) a;
            int intlLow = y - born0 - 1;
            int intlHigh = y - born0;
            int korean = y - born0 + 1;
            String arithmetic = y + " − " + born0 + " = " + (y - born0);
            Verdict verdict;
            String which;
            if (a != stated) {
                verdict = Verdict.INCONSISTENT;
                which = "a fractional age";
            } else if (stated == intlLow || stated == intlHigh) {
                verdict = Verdict.CONSISTENT;
                which = "international age (" + intlLow + "–" + intlHigh + ") matched " + stated;
            } else if (stated == korean && !manOnly) {
                verdict = Verdict.CONSISTENT;
                which = "Korean age (" + korean + ") matched " + stated;
            } else {
                verdict = Verdict.INCONSISTENT;
                which = "stated " + stated + " is neither the international age (" + intlLow + "–" + intlHigh + ")"
                        + (manOnly ? "" : " nor the Korean age (" + korean + ")");
            }
            out.add(new CheckResult(NAME, verdict, involved, arithmetic + "; " + which, tolerance));
        }
        return out;
    }

    private static Optional<Integer> referenceYear(CheckContext context, Located age, List<Located> claim) {
        for (Located d : claim) {
            if (d.unit().equals("DATE") && d.end() <= age.start()) {
                String between = context.slice(d.end(), age.start());
                if (between.length() <= 20 && (between.contains("당시") || between.contains("때"))) {
                    Optional<DateRange> r = DateRange.parse(d.quantity().value());
                    if (r.isPresent()) {
                        return Optional.of(r.get().first().getYear());
                    }
                }
            }
        }
        return context.publicationDate().map(LocalDate::getYear);
    }
}
