package io.sasil.reporting.check;

import io.sasil.common.contract.QuantityView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cost ratios: a RATIO stated about cost (a {@code spending} fact with the role {@code ratio}: {@code 10분의 1 비용},
 * {@code 빅테크의 10분의 1에 불과한 저비용}) against the costs the document states ({@code spending} facts with the
 * role {@code amount}: money in claims that speak of spending, as the claims service reads them).
 *
 * <p>The cheaper side is, per currency, the smallest cost among those whose claim names a subject of the ratio's
 * claim (the facts' co-subjects: glossary mentions or quoted names), failing that the smallest stated cost. With each larger amount in the
 * same currency from another claim it gives an implied ratio, smaller ÷ larger
 * (as a range when an amount is approximate or bounded: {@code 1억 달러 이상} makes {@code x ÷ 1억} an upper
 * bound). The pair closest to the stated ratio (in log scale) is reported. A stated {@code N분의 1} is a round
 * figure, so it holds when the implied ratio can lie within a factor of {@value #FACTOR} of it (10분의 1: 0.05 to
 * 0.2). No two amounts in one currency: UNVERIFIABLE. Ratios above 1 ({@code 3배}) are compared as larger ÷
 * smaller.
 */
public final class RatioCheck implements ConsistencyCheck {

    public static final String NAME = "cost-ratio";
    public static final int FACTOR = 2;

    /** A quantity of a {@code spending} fact with the subjects its claim names. */
    private record Cost(Located quantity, Set<String> subjects) {
    }

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        List<Cost> costs = new ArrayList<>();
        List<Cost> ratios = new ArrayList<>();
        Set<Located> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (StatedFact f : context.stated("spending")) {
            f.role("amount").filter(q -> QuantityView.isMoney(q.unit()) && seen.add(q))
                    .ifPresent(q -> costs.add(new Cost(q, Set.copyOf(f.fact().coSubjects()))));
            f.role("ratio").filter(q -> q.unit().equals("RATIO") && seen.add(q))
                    .ifPresent(q -> ratios.add(new Cost(q, Set.copyOf(f.fact().coSubjects()))));
        }
        costs.sort(java.util.Comparator.comparingInt(c -> c.quantity().start()));
        ratios.sort(java.util.Comparator.comparingInt(c -> c.quantity().start()));
        for (Cost ratio : ratios) {
            Located r = ratio.quantity();
            double stated = Quantities.number(r.quantity().value());
            if (!(stated > 0) || stated == 1) {
                continue;
            }
            double target = stated < 1 ? stated : 1 / stated;
            Located bestSmall = null;
            Located bestLarge = null;
            double[] bestRange = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            List<Located> numerators = numerators(ratio, costs);
            for (Located x : numerators) {
                for (Cost cy : costs) {
                    Located y = cy.quantity();
                    if (x == y || x.claimIndex() == y.claimIndex() || !x.unit().equals(y.unit())) {
                        continue;
                    }
                    double vx = Quantities.number(x.quantity().value());
                    double vy = Quantities.number(y.quantity().value());
                    if (!(vx > 0) || !(vy > 0) || vx >= vy) {
                        continue;
                    }
                    double[] rx = Quantities.range(x.quantity());
                    double[] ry = Quantities.range(y.quantity());
                    double low = Math.max(0, rx[0]) / ry[1];
                    double high = ry[0] <= 0 ? Double.POSITIVE_INFINITY : rx[1] / ry[0];
                    double distance = distance(target, low, high);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        bestSmall = x;
                        bestLarge = y;
                        bestRange = new double[] {low, high};
                    }
                }
            }
            String tolerance = "implied ratio within a factor of " + FACTOR + " of the stated one ("
                    + Quantities.format(target / FACTOR, 4) + " to " + Quantities.format(target * FACTOR, 4) + ")";
            if (bestSmall == null) {
                out.add(new CheckResult(NAME, Verdict.UNVERIFIABLE, List.of(r.involved()),
                        "no two costs in one currency are stated to compare with " + r.quantity().text(),
                        tolerance));
                continue;
            }
            boolean ok = bestRange[0] <= target * FACTOR && bestRange[1] >= target / FACTOR;
            List<Involved> involved = new ArrayList<>(List.of(r.involved(), bestSmall.involved(),
                    bestLarge.involved()));
            involved.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(new CheckResult(NAME, ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT, involved,
                    bestSmall.quantity().text() + " ÷ " + bestLarge.quantity().text() + " = " + show(bestRange)
                            + "; stated " + r.quantity().text() + " = " + Quantities.format(target, 4),
                    tolerance));
        }
        return out;
    }

    /**
     * The costs that can be the cheaper side: per currency, the smallest of the costs whose claim names a subject of
     * the ratio's claim; when no cost claim does, the smallest cost of all.
     */
    private static List<Located> numerators(Cost ratio, List<Cost> costs) {
        Located r = ratio.quantity();
        List<Located> sharing = new ArrayList<>();
        List<Located> all = new ArrayList<>();
        for (Cost c : costs) {
            all.add(c.quantity());
            if (c.quantity().claimIndex() != r.claimIndex()
                    && c.subjects().stream().anyMatch(ratio.subjects()::contains)) {
                sharing.add(c.quantity());
            }
        }
        Map<String, Located> smallest = new LinkedHashMap<>();
        for (Located c : sharing.isEmpty() ? all : sharing) {
            smallest.merge(c.unit(), c, (a, b) -> Quantities.number(b.quantity().value())
                    < Quantities.number(a.quantity().value()) ? b : a);
        }
        return List.copyOf(smallest.values());
    }

    private static String show(double[] range) {
        if (Double.isFinite(range[1]) && Math.abs(range[1] - range[0]) <= 1e-12 * Math.max(1, range[1])) {
            return Quantities.format(range[0], 4) + " (1/" + Quantities.format(1 / range[0], 1) + ")";
        }
        if (range[0] <= 0) {
            return "≤ " + Quantities.format(range[1], 4) + " (1/" + Quantities.format(1 / range[1], 1) + " or less)";
        }
        if (Double.isInfinite(range[1])) {
            return "≥ " + Quantities.format(range[0], 4);
        }
        return Quantities.format(range[0], 4) + " to " + Quantities.format(range[1], 4);
    }

    private static double distance(double target, double low, double high) {
        if (target >= low && target <= high) {
            return 0;
        }
        double edge = target < low ? low : high;
        return edge <= 0 || Double.isInfinite(edge) ? Double.MAX_VALUE : Math.abs(Math.log(target / edge));
    }
}
