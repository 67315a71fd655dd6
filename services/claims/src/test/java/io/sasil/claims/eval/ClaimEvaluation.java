package io.sasil.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.claims.classify.ClaimClassifier;
import io.sasil.claims.classify.SentenceAssessment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores {@link ClaimClassifier} against {@code seed-claims.json}: every listed sentence span of
 * {@code seed-article.txt} is assessed (in document order, through {@code assessAll}); reports claim-sentence
 * precision, recall and F1, and, over the gold claims found, type, speaker and hedge accuracy (a hedge
 * matches when the gold flag equals "a marker was found"), then lists every miss.
 *
 * <p>Run: {@code ./mvnw -B -q -pl services/claims test-compile exec:java
 * -Dsasil.main=io.sasil.claims.eval.ClaimEvaluation -Dexec.args="/work/shared/eval"}
 */
public final class ClaimEvaluation {

    private record Gold(int start, int end, boolean claim, String type, String speaker, boolean hedge, String why) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ClaimEvaluation <evalDir>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String text = Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(dir.resolve("seed-claims.json").toFile());
        List<Gold> gold = new ArrayList<>();
        for (JsonNode c : root.path("claims")) {
            gold.add(new Gold(c.get("start").asInt(), c.get("end").asInt(), true, c.path("type").asText(null),
                    c.path("speaker").isNull() ? null : c.path("speaker").asText(null), c.path("hedge").asBoolean(),
                    null));
        }
        for (JsonNode c : root.path("non_claims")) {
            gold.add(new Gold(c.get("start").asInt(), c.get("end").asInt(), false, null, null, false,
                    c.path("why").asText("")));
        }
        gold.sort(Comparator.comparingInt(Gold::start));
        List<int[]> spans = new ArrayList<>();
        for (Gold g : gold) {
            spans.add(new int[] {g.start(), g.end()});
        }
        ClaimClassifier classifier = new ClaimClassifier();
        List<SentenceAssessment> predicted = classifier.assessAll(text, spans);

        int tp = 0;
        int fp = 0;
        int fn = 0;
        int typeOk = 0;
        int speakerOk = 0;
        int hedgeOk = 0;
        List<String> misses = new ArrayList<>();
        for (int k = 0; k < gold.size(); k++) {
            Gold g = gold.get(k);
            SentenceAssessment a = predicted.get(k);
            String head = String.format(Locale.ROOT, "[%d,%d) %.2f %s", g.start(), g.end(), a.score(),
                    snippet(a.text()));
            if (g.claim() && a.claim()) {
                tp++;
                String type = a.type() == null ? null : a.type().name();
                if (Objects.equals(type, g.type())) {
                    typeOk++;
                } else {
                    misses.add("type    " + head + " gold " + g.type() + " got " + type + " " + a.reasons());
                }
                if (Objects.equals(a.speaker(), g.speaker())) {
                    speakerOk++;
                } else {
                    misses.add("speaker " + head + " gold " + g.speaker() + " got " + a.speaker());
                }
                if ((a.hedge() != null) == g.hedge()) {
                    hedgeOk++;
                } else {
                    misses.add("hedge   " + head + " gold " + g.hedge() + " got " + a.hedge());
                }
            } else if (g.claim()) {
                fn++;
                misses.add("FN      " + head + " gold " + g.type() + " " + a.reasons());
            } else if (a.claim()) {
                fp++;
                misses.add("FP      " + head + " (" + g.why() + ") " + a.reasons());
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "sentences %d (gold claims %d, non-claims %d)%n", gold.size(), tp + fn,
                gold.size() - tp - fn);
        System.out.printf(Locale.ROOT, "claim precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", p, r, f1,
                tp, fp, fn);
        System.out.printf(Locale.ROOT, "over %d found claims: type accuracy %.3f  speaker accuracy %.3f"
                + "  hedge accuracy %.3f%n", tp, ratio(typeOk, tp), ratio(speakerOk, tp), ratio(hedgeOk, tp));
        System.out.println("misses:");
        misses.forEach(m -> System.out.println("  " + m));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static String snippet(String s) {
        return s.codePointCount(0, s.length()) <= 28 ? s : s.substring(0, s.offsetByCodePoints(0, 28)) + "…";
    }
}
