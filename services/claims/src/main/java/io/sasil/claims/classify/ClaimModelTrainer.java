package io.sasil.claims.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the {@link ClaimModel}: L2-regularised logistic regression ({@code liblinear}, solver
 * {@code L2R_LR}, a trust-region Newton method with no random step) over the {@link ClaimFeatures} of
 * annotated sentences. The same examples give the same weights, bit for bit: features are indexed in name
 * order, the solver is deterministic, and weights are rounded to {@value #DECIMALS} decimals.
 */
public final class ClaimModelTrainer {

    /** The version of the trained model; raise it when the method changes. */
    public static final String MODEL_VERSION = "1";
    /** The inverse regularisation strength used unless told otherwise (chosen by cross-validation). */
    public static final double DEFAULT_C = 0.25;
    /** The score from which a sentence is a claim, unless told otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Decimals kept in a weight. */
    public static final int DECIMALS = 6;
    /** Features seen in fewer training sentences are left out. */
    public static final int MIN_COUNT = 2;

    private static final double EPSILON = 1e-4;

    /** One annotated sentence: its features and whether it is a claim. */
    public record Example(Map<String, Double> features, boolean claim) {
    }

    private final double c;
    private final double threshold;

    public ClaimModelTrainer() {
        this(DEFAULT_C, DEFAULT_THRESHOLD);
    }

    public ClaimModelTrainer(double c, double threshold) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("C must be positive: " + c);
        }
        this.c = c;
        this.threshold = threshold;
    }

    /**
     * Trains a model.
     *
     * @param examples   the annotated sentences; both classes must occur
     * @param dataSha256 the checksum of the data they come from, or null when trained in memory
     * @param articles   how many articles they come from
     */
    public ClaimModel train(List<Example> examples, String dataSha256, int articles) {
        Objects.requireNonNull(examples, "examples");
        long claims = examples.stream().filter(Example::claim).count();
        if (claims == 0 || claims == examples.size()) {
            throw new IllegalArgumentException("training needs claims and non-claims");
        }
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            e.features().forEach((k, v) -> {
                if (v != 0) {
                    counts.merge(k, 1, Integer::sum);
                }
            });
        }
        List<String> vocabulary = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n >= MIN_COUNT) {
                vocabulary.add(k);
            }
        });
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i + 1);
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = vocabulary.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        // the first example's label is liblinear's first class; put a claim first so weights point to claims
        List<Example> ordered = new ArrayList<>(examples.size());
        int firstClaim = 0;
        while (!examples.get(firstClaim).claim()) {
            firstClaim++;
        }
        ordered.add(examples.get(firstClaim));
        for (int i = 0; i < examples.size(); i++) {
            if (i != firstClaim) {
                ordered.add(examples.get(i));
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            Example e = ordered.get(i);
            List<FeatureNode> nodes = new ArrayList<>();
            for (String name : new TreeSet<>(e.features().keySet())) {
                Integer k = index.get(name);
                double v = e.features().get(name);
                if (k != null && v != 0) {
                    nodes.add(new FeatureNode(k, v));
                }
            }
            nodes.add(new FeatureNode(vocabulary.size() + 1, 1.0));
            problem.x[i] = nodes.toArray(new Feature[0]);
            problem.y[i] = e.claim() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, EPSILON));
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] w = model.getFeatureWeights();
        SortedMap<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            weights.put(vocabulary.get(i), round(sign * w[i]));
        }
        double bias = round(sign * w[vocabulary.size()]);
        ClaimModel.Metadata metadata = new ClaimModel.Metadata(MODEL_VERSION, ClaimFeatures.VERSION,
                "liblinear 2.44 L2R_LR", c, threshold, dataSha256, articles, examples.size(), (int) claims);
        return new ClaimModel(metadata, bias, weights);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }
}
