package io.sasil.reporting.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ages against birth years: an {@code age} fact of the claims service, an {@code AGE_YEARS} figure and the
 * {@code BIRTH_YEAR} nearest to it in the same claim ({@code 1985년생 … 40세}), agree with the reference year Y when the age is an international age, Y − born − 1 or
 * Y − born (before or after the birthday; Y − born is also the 연 나이 used in Korean law), or the traditional
 * Korean age, Y − born + 1. An age written with 만 (role {@code international-age}) must be an international age.
 *
 * <p>The reference year is the publication year, unless the fact ties the age to a date (role {@code as-of}: 당시 or
 * 때 between them, {@code 2010년 당시 25세}). No publication date and no such date: UNVERIFIABLE.
 */
public final class AgeCheck implements ConsistencyCheck {

    public static final String NAME = "age-birth-year";

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        List<StatedFact> ages = context.stated("age").stream().filter(f -> f.anyRole("age", "international-age")
                .isPresent()).sorted(Comparator.comparingInt(f -> f.anyRole("age", "international-age").get()
                .quantity().start())).toList();
        for (StatedFact fact : ages) {
            StatedFact.Role role = fact.anyRole("age", "international-age").get();
            Located age = role.quantity();
            Optional<Located> born = fact.role("birth-year");
            if (born.isEmpty() || !age.unit().equals("AGE_YEARS")) {
                continue;
            }
            double a = Quantities.number(age.quantity().value());
            double b = Quantities.number(born.get().quantity().value());
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            List<Involved> involved = born.get().start() < age.start()
                    ? List.of(born.get().involved(), age.involved()) : List.of(age.involved(), born.get().involved());
            Optional<Integer> year = referenceYear(context, fact);
            boolean manOnly = role.role().equals("international-age");
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

    private static Optional<Integer> referenceYear(CheckContext context, StatedFact fact) {
        Optional<DateRange> asOf = fact.role("as-of").flatMap(d -> DateRange.parse(d.quantity().value()));
        if (asOf.isPresent()) {
            return Optional.of(asOf.get().first().getYear());
        }
        return context.publicationDate().map(LocalDate::getYear);
    }
}
