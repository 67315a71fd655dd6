package io.sasil.reporting.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Percentage-point arithmetic: a {@code PERCENT_POINT} figure stated in a claim together with two percentages is
 * their difference ({@code 47% … 18% … 29%포인트}: 47 − 18 = 29).
 *
 * <p>The two percentages are the last two before the %p figure in its claim, else the two nearest to it. The
 * tolerance is the rounding of the three stated figures: half a unit of the last written digit of each
 * (±1.5 for three whole numbers, ±0.15 for one decimal), doubled when a figure is approximate.
 * With a single percentage in the claim the difference cannot be checked: UNVERIFIABLE.
 */
public final class PercentagePointCheck implements ConsistencyCheck {

    public static final String NAME = "percentage-points";

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        for (Located p : context.quantities("PERCENT_POINT")) {
            List<Located> percents = context.sameClaim(p).stream().filter(q -> q.unit().equals("PERCENT")).toList();
            double stated = Quantities.number(p.quantity().value());
            if (percents.isEmpty() || Double.isNaN(stated)) {
                continue;
            }
            if (percents.size() == 1) {
                out.add(new CheckResult(NAME, Verdict.UNVERIFIABLE, List.of(percents.get(0).involved(), p.involved()),
                        "only one percentage (" + percents.get(0).quantity().text() + ") is stated with "
                                + p.quantity().text(), "n/a"));
                continue;
            }
            List<Located> before = percents.stream().filter(q -> q.end() <= p.start()).toList();
            List<Located> pair = before.size() >= 2 ? before.subList(before.size() - 2, before.size())
                    : percents.stream().sorted(Comparator.comparingInt(q -> Math.abs(q.start() - p.start())))
                            .limit(2).sorted(Comparator.comparingInt(Located::start)).toList();
            Located a = pair.get(0);
            Located b = pair.get(1);
            double va = Quantities.number(a.quantity().value());
            double vb = Quantities.number(b.quantity().value());
            if (Double.isNaN(va) || Double.isNaN(vb)) {
                continue;
            }
            double hi = Math.max(va, vb);
            double lo = Math.min(va, vb);
            double diff = hi - lo;
            double tol = half(a) + half(b) + half(p);
            if (a.quantity().approximate() || b.quantity().approximate() || p.quantity().approximate()) {
                tol *= 2;
            }
            int dec = Math.max(Quantities.decimals(a.quantity().value()),
                    Math.max(Quantities.decimals(b.quantity().value()), Quantities.decimals(p.quantity().value())));
            boolean ok = Math.abs(diff - stated) <= tol + 1e-9;
            String explanation = Quantities.format(hi, dec) + "% − " + Quantities.format(lo, dec) + "% = "
                    + Quantities.format(diff, dec) + "%p; stated " + p.quantity().text()
                    + (ok ? "" : " (off by " + Quantities.format(Math.abs(diff - stated), dec + 1) + "%p)");
            out.add(new CheckResult(NAME, ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT,
                    List.of(a.involved(), b.involved(), p.involved()), explanation,
                    "±" + Quantities.format(tol, dec + 2) + "%p (rounding of the three stated figures)"));
        }
        return out;
    }

    private static double half(Located q) {
        return 0.5 * Math.pow(10, -Quantities.decimals(q.quantity().value()));
    }
}
