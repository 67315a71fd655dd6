package io.sasil.reporting.check;

import io.sasil.common.contract.QuantityView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Currency pairs: two money amounts in different currencies written as one conversion (a {@code conversion} fact of
 * the claims service: adjacent or the second in parentheses after the first, {@code 557만 6,000달러(약 81억 원)},
 * {@code 100유로, 한화 약 15만 원}). For each pair the implied rate (units of the second currency per unit of
 * the first; KRW per USD when one side is won) is compared with the reference yearly average of the publication
 * year from {@link ExchangeRates}: within ±{@value #EXACT_TOLERANCE_PERCENT}% when both amounts are exact,
 * ±{@value #APPROXIMATE_TOLERANCE_PERCENT}% when either is approximate (약, 가량) or a bound (이상, 미만). No
 * publication date or no reference row for the year: UNVERIFIABLE.
 *
 * <p>Several conversions between the same two currencies in one article are also compared with each other: the
 * highest and lowest implied rates must be within the same tolerance of each other.
 */
public final class CurrencyPairCheck implements ConsistencyCheck {

    public static final String NAME = "currency-pair";
    public static final String NAME_INTERNAL = "currency-pairs-agree";
    public static final int EXACT_TOLERANCE_PERCENT = 10;
    public static final int APPROXIMATE_TOLERANCE_PERCENT = 15;

    private final ExchangeRates rates;

    public CurrencyPairCheck(ExchangeRates rates) {
        this.rates = rates;
    }

    /** A conversion found in the text. */
    private record Pair(Located from, Located to, String base, String quote, double rate, double tolerance) {
    }

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<Pair> pairs = pairs(context);
        List<CheckResult> out = new ArrayList<>();
        Optional<LocalDate> published = context.publicationDate();
        for (Pair p : pairs) {
            String tol = "±" + (int) Math.round(p.tolerance * 100) + "% of the reference yearly average ("
                    + (p.tolerance * 100 > EXACT_TOLERANCE_PERCENT ? "approximate amount" : "exact amounts") + ")";
            String implied = "implied " + Quantities.format(p.rate, rateDecimals(p.rate)) + " " + p.quote + "/"
                    + p.base;
            List<Involved> involved = List.of(p.from.involved(), p.to.involved());
            if (published.isEmpty()) {
                out.add(new CheckResult(NAME, Verdict.UNVERIFIABLE, involved,
                        implied + "; no publication date to choose a reference year", tol));
                continue;
            }
            int year = published.get().getYear();
            OptionalDouble ref = rates.rate(p.base, p.quote, year);
            if (ref.isEmpty()) {
                out.add(new CheckResult(NAME, Verdict.UNVERIFIABLE, involved,
                        implied + "; no reference rate for " + p.base + "/" + p.quote + " in " + year, tol));
                continue;
            }
            double r = ref.getAsDouble();
            double dev = p.rate / r - 1;
            boolean ok = Math.abs(dev) <= p.tolerance + 1e-12;
            out.add(new CheckResult(NAME, ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT, involved,
                    p.to.quantity().text() + " ÷ " + p.from.quantity().text() + " = " + implied + "; " + year
                            + " average " + Quantities.format(r, rateDecimals(r)) + " (" + signed(dev * 100) + "%)",
                    tol));
        }
        Map<String, List<Pair>> byCurrencies = new LinkedHashMap<>();
        for (Pair p : pairs) {
            byCurrencies.computeIfAbsent(p.base + "/" + p.quote, k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Pair>> e : byCurrencies.entrySet()) {
            List<Pair> same = e.getValue();
            if (same.size() < 2) {
                continue;
            }
            Pair min = same.get(0);
            Pair max = same.get(0);
            double tolerance = 0;
            List<Involved> involved = new ArrayList<>();
            for (Pair p : same) {
                min = p.rate < min.rate ? p : min;
                max = p.rate > max.rate ? p : max;
                tolerance = Math.max(tolerance, p.tolerance);
                involved.add(p.from.involved());
                involved.add(p.to.involved());
            }
            double spread = max.rate / min.rate - 1;
            boolean ok = spread <= tolerance + 1e-12;
            out.add(new CheckResult(NAME_INTERNAL, ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT, involved,
                    same.size() + " conversions " + e.getKey() + " imply " + Quantities.format(min.rate,
                            rateDecimals(min.rate)) + " to " + Quantities.format(max.rate, rateDecimals(max.rate))
                            + " (spread " + Quantities.format(spread * 100, 1) + "%)",
                    "highest within +" + (int) Math.round(tolerance * 100) + "% of lowest"));
        }
        return out;
    }

    private List<Pair> pairs(CheckContext context) {
        List<Pair> out = new ArrayList<>();
        List<StatedFact> conversions = new ArrayList<>(context.stated("conversion"));
        conversions.removeIf(f -> f.role("amount").isEmpty() || f.role("converted").isEmpty());
        conversions.sort(java.util.Comparator.comparingInt(f -> f.role("amount").get().start()));
        for (StatedFact f : conversions) {
            Located a = f.role("amount").get();
            Located b = f.role("converted").get();
            if (a.unit().equals(b.unit()) || !QuantityView.isMoney(a.unit()) || !QuantityView.isMoney(b.unit())) {
                continue;
            }
            double va = Quantities.number(a.quantity().value());
            double vb = Quantities.number(b.quantity().value());
            if (!(va > 0) || !(vb > 0)) {
                continue;
            }
            boolean approximate = a.quantity().approximate() || b.quantity().approximate()
                    || a.quantity().bound() != null || b.quantity().bound() != null;
            double tol = (approximate ? APPROXIMATE_TOLERANCE_PERCENT : EXACT_TOLERANCE_PERCENT) / 100.0;
            // Quote the rate the Korean way: KRW per foreign unit when one side is won.
            if (a.unit().equals("KRW")) {
                out.add(new Pair(b, a, b.unit(), a.unit(), va / vb, tol));
            } else {
                out.add(new Pair(a, b, a.unit(), b.unit(), vb / va, tol));
            }
        }
        return out;
    }

    private static int rateDecimals(double rate) {
        return rate >= 100 ? 1 : rate >= 1 ? 2 : 4;
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "−") + Quantities.format(Math.abs(v), 1);
    }
}
