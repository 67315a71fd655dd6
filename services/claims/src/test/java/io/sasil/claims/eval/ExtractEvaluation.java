package io.sasil.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.claims.classify.ClaimClassifier;
import io.sasil.claims.extract.ClaimExtractor;
import io.sasil.claims.extract.ExtractedSentence;
import io.sasil.claims.quantity.QuantityParser;
import io.sasil.common.contract.QuantityView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores what {@code POST /api/claims/extract} answers for {@code seed-article.txt} against
 * {@code seed-claims.json}, end to end: the service's own normalisation and sentence splitting (not
 * the gold spans, as {@link ClaimEvaluation} uses), the classifier and the quantities of each claim,
 * with {@code publishedAt} = the seed's publication date at 09:00 in Seoul.
 *
 * <ul>
 *   <li>Each gold sentence (claim or not) takes the verdict of the predicted sentence that overlaps it
 *       most; claim precision, recall and F1 are over gold sentences, and a predicted claim that
 *       overlaps no gold sentence counts as a false positive.</li>
 *   <li>Quantities: a gold quantity of a gold claim is found when a quantity of a predicted claim
 *       overlaps it (a missed claim loses its quantities), and correct when unit and value are equal
 *       (numbers numerically, temporal values as strings).</li>
 *   <li>Speaker and hedge accuracy over the gold claims found, as in {@link ClaimEvaluation}.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -B -q -pl services/claims test-compile exec:java
 * -Dsasil.main=io.sasil.claims.eval.ExtractEvaluation -Dexec.args="/work/shared/eval"}
 */
public final class ExtractEvaluation {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExtractEvaluation <evalDir>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String text = Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(dir.resolve("seed-claims.json").toFile());
        OffsetDateTime ref = LocalDate.parse(root.get("published").asText()).atTime(9, 0)
                .atOffset(ZoneOffset.ofHours(9));
        List<ExtractedSentence> predicted = new ClaimExtractor(new ClaimClassifier(), new QuantityParser())
                .extract(text, ref);

        int tp = 0;
        int fp = 0;
        int fn = 0;
        int speakerOk = 0;
        int hedgeOk = 0;
        int goldQuantities = 0;
        int foundQuantities = 0;
        int correctQuantities = 0;
        List<String> misses = new ArrayList<>();
        List<int[]> goldSpans = new ArrayList<>();
        for (String kind : new String[] {"claims", "non_claims"}) {
            for (JsonNode g : root.path(kind)) {
                int s = g.get("start").asInt();
                int e = g.get("end").asInt();
                goldSpans.add(new int[] {s, e});
                ExtractedSentence best = bestOverlap(predicted, s, e);
                boolean predictedClaim = best != null && best.claim();
                boolean goldClaim = kind.equals("claims");
                String head = String.format(Locale.ROOT, "[%d,%d) %s", s, e, g.path("snippet").asText(""));
                if (goldClaim && predictedClaim) {
                    tp++;
                    String speaker = g.path("speaker").isNull() ? null : g.path("speaker").asText(null);
                    if (Objects.equals(speaker, best.assessment().speaker())) {
                        speakerOk++;
                    } else {
                        misses.add("speaker " + head + " gold " + speaker + " got " + best.assessment().speaker());
                    }
                    if ((best.assessment().hedge() != null) == g.path("hedge").asBoolean()) {
                        hedgeOk++;
                    } else {
                        misses.add("hedge   " + head + " gold " + g.path("hedge").asBoolean() + " got "
                                + best.assessment().hedge());
                    }
                } else if (goldClaim) {
                    fn++;
                    misses.add("FN      " + head);
                } else if (predictedClaim) {
                    fp++;
                    misses.add("FP      " + head + " " + best.assessment().reasons());
                }
                if (!goldClaim) {
                    continue;
                }
                for (JsonNode q : g.path("quantities")) {
                    goldQuantities++;
                    int qs = q.get("start").asInt();
                    int qe = q.get("end").asInt();
                    QuantityView m = predicted.stream().filter(ExtractedSentence::claim)
                            .flatMap(p -> p.quantities().stream()).filter(p -> p.start() < qe && qs < p.end())
                            .findFirst().orElse(null);
                    if (m == null) {
                        misses.add("missed quantity " + q.get("text").asText());
                        continue;
                    }
                    foundQuantities++;
                    JsonNode v = q.get("value");
                    boolean same = v.isNumber()
                            ? m.value() instanceof BigDecimal b && b.compareTo(new BigDecimal(v.asText())) == 0
                            : v.asText().equals(m.value());
                    if (same && q.get("unit").asText().equals(m.unit())) {
                        correctQuantities++;
                    } else {
                        misses.add("wrong quantity " + q.get("text").asText() + ": gold " + v.asText() + " "
                                + q.get("unit").asText() + ", got " + m.value() + " " + m.unit());
                    }
                }
            }
        }
        for (ExtractedSentence p : predicted) {
            int s = p.assessment().start();
            int e = p.assessment().end();
            if (p.claim() && goldSpans.stream().noneMatch(g -> g[0] < e && s < g[1])) {
                fp++;
                misses.add("FP      unannotated [" + s + "," + e + ") " + p.assessment().text());
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "predicted sentences %d (claims %d); gold sentences %d%n", predicted.size(),
                predicted.stream().filter(ExtractedSentence::claim).count(), goldSpans.size());
        System.out.printf(Locale.ROOT, "claim precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                precision, recall, f1, tp, fp, fn);
        System.out.printf(Locale.ROOT, "quantities of gold claims %d: span recall %.3f, value+unit accuracy %.3f%n",
                goldQuantities, ratio(foundQuantities, goldQuantities), ratio(correctQuantities, goldQuantities));
        System.out.printf(Locale.ROOT, "over %d found claims: speaker accuracy %.3f  hedge accuracy %.3f%n", tp,
                ratio(speakerOk, tp), ratio(hedgeOk, tp));
        System.out.println("misses:");
        misses.forEach(m -> System.out.println("  " + m));
    }

    private static ExtractedSentence bestOverlap(List<ExtractedSentence> predicted, int start, int end) {
        ExtractedSentence best = null;
        int bestOverlap = 0;
        for (ExtractedSentence p : predicted) {
            int overlap = Math.min(end, p.assessment().end()) - Math.max(start, p.assessment().start());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = p;
            }
        }
        return best;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
