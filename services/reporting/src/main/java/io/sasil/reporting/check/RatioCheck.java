package io.sasil.reporting.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cost ratios: a RATIO stated about cost ({@code 10분의 1 비용}, {@code 빅테크의 10분의 1에 불과한 저비용}, a claim
 * with 비용/원가 in it) against the costs the document states: money amounts in claims that speak of spending
 * (비용, 원가, 들었, 들여, 썼, 쓴, 투입, 소요).
 *
 * <p>The cheaper side is, per currency, the smallest cost among those whose claim names a subject of the ratio's
 * claim (glossary mention or quoted name), failing that the smallest stated cost. With each larger amount in the
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

    private static final List<String> RATIO_COST_WORDS = List.of("비용", "원가");
    private static final List<String> SPENDING_WORDS = List.of("비용", "원가", "들었", "들여", "들어", "썼", "쓴",
            "투입", "소요");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        List<Located> costs = context.quantities().stream()
                .filter(q -> Quantities.isMoney(q.unit()) && mentions(context, q, SPENDING_WORDS)).toList();
        for (Located r : context.quantities("RATIO")) {
            double stated = Quantities.number(r.quantity().value());
            if (!(stated > 0) || stated == 1 || !mentions(context, r, RATIO_COST_WORDS)) {
                continue;
            }
            double target = stated < 1 ? stated : 1 / stated;
            Located bestSmall = null;
            Located bestLarge = null;
            double[] bestRange = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            List<Located> numerators = numerators(context, r, costs);
            for (Located x : numerators) {
                for (Located y : costs) {
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
    private static List<Located> numerators(CheckContext context, Located r, List<Located> costs) {
        Set<String> keys = new HashSet<>();
        context.anchors().within(r.claim().start(), r.claim().end()).forEach(a -> keys.add(a.key()));
        List<Located> sharing = new ArrayList<>();
        for (Located c : costs) {
            if (c.claimIndex() != r.claimIndex() && context.anchors().within(c.claim().start(), c.claim().end())
                    .stream().anyMatch(a -> keys.contains(a.key()))) {
                sharing.add(c);
            }
        }
        Map<String, Located> smallest = new LinkedHashMap<>();
        for (Located c : sharing.isEmpty() ? costs : sharing) {
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

    private static boolean mentions(CheckContext context, Located q, List<String> words) {
        String text = context.slice(q.claim().start(), q.claim().end());
        if (text.isEmpty() && q.claim().text() != null) {
            text = q.claim().text();
        }
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
