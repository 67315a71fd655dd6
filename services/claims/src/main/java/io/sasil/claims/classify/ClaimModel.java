package io.sasil.claims.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The trained check-worthiness model: a logistic regression over {@link ClaimFeatures}.
 *
 * <pre>
 *   score = 1 / (1 + exp(-(bias + Σ weight(f) · value(f))))      claim = score ≥ threshold
 * </pre>
 *
 * The weights are plain, diffable JSON ({@value #RESOURCE} in the service) with what produced them: the
 * model and feature-set versions, the trainer and its regularisation, and the SHA-256 of the annotated
 * data it was trained on ({@link ClaimModelTrainer}, {@code scripts/train}). Immutable and thread-safe.
 */
public final class ClaimModel {

    /** The classpath resource of the shipped model. */
    public static final String RESOURCE = "/io/sasil/claims/classify/claim-model.json";

    /**
     * What a model was trained from and how.
     *
     * @param version    the model version ({@link ClaimModelTrainer#MODEL_VERSION})
     * @param featureSet the {@link ClaimFeatures#VERSION} it was trained with
     * @param trainer    library and solver ({@code liblinear 2.44 L2R_LR})
     * @param c          the inverse regularisation strength
     * @param threshold  the score from which a sentence is a claim
     * @param dataSha256 the SHA-256 of the training data, or null when trained in memory
     * @param articles   the number of training articles
     * @param sentences  the number of training sentences
     * @param claims     how many of them are claims
     */
    public record Metadata(String version, String featureSet, String trainer, double c, double threshold,
            String dataSha256, int articles, int sentences, int claims) {
    }

    /** One feature's share of a score: its weight times its value. */
    public record Contribution(String feature, double value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static volatile ClaimModel shipped;

    private final Metadata metadata;
    private final double bias;
    private final SortedMap<String, Double> weights;

    public ClaimModel(Metadata metadata, double bias, Map<String, Double> weights) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.bias = bias;
        this.weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    }

    /** The model shipped in the service ({@value #RESOURCE}), read once. */
    public static ClaimModel shipped() {
        ClaimModel m = shipped;
        if (m == null) {
            try (InputStream in = ClaimModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the claim model " + RESOURCE
                            + " is missing; run scripts/train PATH/TO/eval");
                }
                m = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the claim model " + RESOURCE, e);
            }
            shipped = m;
        }
        return m;
    }

    /** Reads a model written by {@link #toJson()}. */
    public static ClaimModel read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode md = root.path("metadata");
        JsonNode data = md.path("data");
        Metadata metadata = new Metadata(md.path("version").asText(), md.path("featureSet").asText(),
                md.path("trainer").asText(), md.path("c").asDouble(), md.path("threshold").asDouble(0.5),
                data.path("sha256").isTextual() ? data.path("sha256").asText() : null, data.path("articles").asInt(),
                data.path("sentences").asInt(), data.path("claims").asInt());
        if (!ClaimFeatures.VERSION.equals(metadata.featureSet())) {
            throw new IOException("the claim model was trained on feature set " + metadata.featureSet()
                    + ", this code computes feature set " + ClaimFeatures.VERSION + "; run scripts/train again");
        }
        SortedMap<String, Double> weights = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("weights").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            weights.put(e.getKey(), e.getValue().asDouble());
        }
        return new ClaimModel(metadata, root.path("bias").asDouble(), weights);
    }

    /** The model as JSON: metadata, bias and the weights sorted by feature name. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode md = root.putObject("metadata");
        md.put("version", metadata.version());
        md.put("featureSet", metadata.featureSet());
        md.put("trainer", metadata.trainer());
        md.put("c", metadata.c());
        md.put("threshold", metadata.threshold());
        ObjectNode data = md.putObject("data");
        data.put("sha256", metadata.dataSha256());
        data.put("articles", metadata.articles());
        data.put("sentences", metadata.sentences());
        data.put("claims", metadata.claims());
        root.put("bias", bias);
        ObjectNode w = root.putObject("weights");
        weights.forEach(w::put);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Metadata metadata() {
        return metadata;
    }

    public double bias() {
        return bias;
    }

    /** Feature name → weight, sorted by name. */
    public SortedMap<String, Double> weights() {
        return weights;
    }

    /** The score of a feature vector, in (0, 1); features the model does not know count nothing. */
    public double score(Map<String, Double> features) {
        double z = bias;
        for (Map.Entry<String, Double> e : features.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                z += w * e.getValue();
            }
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    public boolean isClaim(double score) {
        return score >= metadata.threshold();
    }

    /** The features that moved the score, largest share first (ties by name); zero shares left out. */
    public List<Contribution> contributions(Map<String, Double> features) {
        List<Contribution> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : features.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null && w * e.getValue() != 0) {
                out.add(new Contribution(e.getKey(), w * e.getValue()));
            }
        }
        out.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value()))
                .thenComparing(Contribution::feature));
        return out;
    }
}
