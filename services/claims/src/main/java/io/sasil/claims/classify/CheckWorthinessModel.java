package io.sasil.claims.classify;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The check-worthiness score: a transparent additive model over {@link Feature}s.
 *
 * <pre>
 *   positive = Σ weight(f) over the distinct positive features that fired
 *   negative = Σ weight(f) over the distinct negative features that fired
 *   when a checkable fact fired (number+counter, date, rank):
 *     opinion, restatement, verdict, unattributed count 0; exhortation, prediction, question count half
 *   score    = clamp((BASE + positive + negative) / 100, 0, 1)
 *   claim    = score ≥ THRESHOLD
 * </pre>
 *
 * Weights are in {@link Feature}; integers in hundredths keep the sums exact.
 */
public final class CheckWorthinessModel {

    /** The score of a sentence with no feature, in hundredths. */
    public static final int BASE = 10;
    /** A sentence is a claim when its score reaches this value. */
    public static final double THRESHOLD = 0.5;

    private CheckWorthinessModel() {
    }

    /** The score of a set of cues, in [0, 1]. */
    public static double score(List<Cue> cues) {
        Set<Feature> fired = EnumSet.noneOf(Feature.class);
        boolean checkable = false;
        for (Cue c : cues) {
            fired.add(c.feature());
            checkable |= c.feature().checkable() || c.feature() == Feature.RANKING;
        }
        int positive = 0;
        int negative = 0;
        for (Feature f : fired) {
            if (f.weight() > 0) {
                positive += f.weight();
            } else if (!checkable) {
                negative += f.weight();
            } else if (!f.cancelledByFact()) {
                negative += f.weight() / 2;
            }
        }
        int total = Math.max(0, Math.min(100, BASE + positive + negative));
        return total / 100.0;
    }

    public static boolean isClaim(double score) {
        return score >= THRESHOLD;
    }
}
