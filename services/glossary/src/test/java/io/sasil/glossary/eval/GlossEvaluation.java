package io.sasil.glossary.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.contract.GlossKind;
import io.sasil.glossary.extract.Extraction;
import io.sasil.glossary.extract.Gloss;
import io.sasil.glossary.extract.GlossExtractor;
import io.sasil.glossary.extract.Rejected;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scores {@link GlossExtractor} on {@code seed-article.txt} against {@code seed-glosses.json} (SPEC §1):
 * pairs compared after NFKC, white space collapsed and quotes trimmed; a pair found several times in
 * the text counts once (the gold lists each pair once), with the kind of its first occurrence.
 * Prints precision, recall, F1, kind accuracy over matched pairs, misses, false positives, kind errors,
 * and whether each listed non-gloss was kept out of the glosses.
 *
 * <p>Run: {@code ./mvnw -B -q -pl services/glossary test-compile exec:java
 * -Dsasil.main=io.sasil.glossary.eval.GlossEvaluation -Dexec.args="/work/shared/eval"}
 */
public final class GlossEvaluation {

    private GlossEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        String text = Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("seed-glosses.json").toFile());

        Map<String, GlossKind> expected = new LinkedHashMap<>();
        for (JsonNode pair : gold.get("pairs")) {
            expected.put(key(pair.get("term").asText(), pair.get("gloss").asText()),
                    GlossKind.valueOf(pair.get("kind").asText()));
        }
        Extraction extraction;
        try (GlossExtractor extractor = GlossExtractor.create()) {
            extractor.analyse(text); // warm up
            long t0 = System.nanoTime();
            extraction = extractor.analyse(text);
            System.out.printf(Locale.ROOT, "analysed %d code points in %.1f ms%n", text.codePointCount(0, text.length()),
                    (System.nanoTime() - t0) / 1e6);
        }
        Map<String, GlossKind> predicted = new LinkedHashMap<>();
        for (Gloss g : extraction.glosses()) {
            predicted.putIfAbsent(key(g.term(), g.gloss()), g.kind());
        }
        int tp = 0;
        int kindRight = 0;
        StringBuilder kindErrors = new StringBuilder();
        for (Map.Entry<String, GlossKind> e : predicted.entrySet()) {
            GlossKind want = expected.get(e.getKey());
            if (want != null) {
                tp++;
                if (want == e.getValue()) {
                    kindRight++;
                } else {
                    kindErrors.append("  ").append(e.getKey()).append(": ").append(e.getValue())
                            .append(" (gold ").append(want).append(")\n");
                }
            }
        }
        double p = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
        double r = expected.isEmpty() ? 0 : (double) tp / expected.size();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "pairs: gold %d, predicted %d, matched %d%n", expected.size(), predicted.size(), tp);
        System.out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  kind accuracy %.3f (%d/%d)%n", p, r, f1,
                tp == 0 ? 0 : (double) kindRight / tp, kindRight, tp);
        System.out.println("misses (gold pairs not found):");
        expected.keySet().stream().filter(k -> !predicted.containsKey(k)).forEach(k -> System.out.println("  " + k));
        System.out.println("false positives (found, not gold):");
        predicted.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> System.out.println("  " + k));
        System.out.println("kind errors:");
        System.out.print(kindErrors);
        System.out.println("listed non-glosses:");
        for (JsonNode ng : gold.get("not_glosses")) {
            String t = norm(ng.get("text").asText().replaceAll("^[(\\[]|[)\\]]$", ""));
            boolean leaked = extraction.glosses().stream().anyMatch(g -> norm(g.gloss()).equals(t));
            String reason = extraction.rejected().stream().filter(rj -> norm(rj.text()).contains(t))
                    .map(Rejected::reason).findFirst().orElse("-");
            System.out.println("  " + ng.get("text").asText() + ": " + (leaked ? "LEAKED as gloss" : "rejected (" + reason + ")"));
        }
        System.out.println("all rejected:");
        extraction.rejected().forEach(rj -> System.out.println("  " + rj));
    }

    private static String key(String term, String gloss) {
        return norm(term) + " ⟶ " + norm(gloss);
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        return n.replaceAll("^[‘’“”'\"「」『』]+|[‘’“”'\"「」『』]+$", "").strip();
    }
}
