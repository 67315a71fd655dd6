package io.sasil.glossary.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.contract.GlossKind;
import io.sasil.glossary.extract.Extraction;
import io.sasil.glossary.extract.Gloss;
import io.sasil.glossary.extract.GlossExtractor;
import io.sasil.glossary.extract.Rejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores {@link GlossExtractor} on the seed article and every development article (SPEC §1): the seed
 * ({@code seed-article.txt}, {@code seed-glosses.json}) and {@code dev/dNN.txt} with the pairs of
 * {@code dev/glosses.jsonl}. Pairs are compared after NFKC, white space collapsed and quotes trimmed;
 * within one article a pair found several times counts once (the gold lists each pair once), with the
 * kind of its first occurrence.
 *
 * <p>Prints, per article and over all articles: gold, predicted and matched pairs, precision, recall,
 * F1 and kind accuracy over matched pairs; per gold kind: recall and kind accuracy; then every miss,
 * false positive and kind error by article, and whether each non-gloss the seed lists was kept out.
 * With {@code --rejected} it also prints every rejected parenthetical with its reason.
 *
 * <p>Run: {@code scripts/evaluate PATH/TO/eval glosses}, or {@code ./mvnw -B -q -pl services/glossary
 * test-compile exec:java -Dsasil.main=io.sasil.glossary.eval.GlossEvaluation -Dexec.args="PATH/TO/eval"}.
 * The data is read only from the path given; none of it is part of the project.
 */
public final class GlossEvaluation {

    private GlossEvaluation() {
    }

    /** One annotated article: its text and gold pairs (key → kind). */
    record Article(String id, String text, Map<String, GlossKind> gold, JsonNode notGlosses) {
    }

    /** Counts for one article or for all. */
    static final class Score {
        int gold;
        int predicted;
        int matched;
        int kindRight;
        final Map<GlossKind, int[]> perKind = new EnumMap<>(GlossKind.class); // gold, matched, kind right
        final List<String> misses = new ArrayList<>();
        final List<String> falsePositives = new ArrayList<>();
        final List<String> kindErrors = new ArrayList<>();

        void add(Score o) {
            gold += o.gold;
            predicted += o.predicted;
            matched += o.matched;
            kindRight += o.kindRight;
            o.perKind.forEach((k, v) -> {
                int[] mine = perKind.computeIfAbsent(k, x -> new int[3]);
                for (int i = 0; i < 3; i++) {
                    mine[i] += v[i];
                }
            });
        }

        double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double kindAccuracy() {
            return matched == 0 ? 1 : (double) kindRight / matched;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        boolean showRejected = List.of(args).contains("--rejected");
        List<Article> articles = load(dir);
        Score total = new Score();
        Map<String, Score> byArticle = new LinkedHashMap<>();
        Map<String, Extraction> extractions = new LinkedHashMap<>();
        long nanos = 0;
        int codePoints = 0;
        GlossExtractor extractor = GlossExtractor.create();
        {
            extractor.analyse(articles.get(0).text()); // warm up
            for (Article a : articles) {
                long t0 = System.nanoTime();
                Extraction x = extractor.analyse(a.text());
                nanos += System.nanoTime() - t0;
                codePoints += a.text().codePointCount(0, a.text().length());
                extractions.put(a.id(), x);
                Score s = score(a, x);
                byArticle.put(a.id(), s);
                total.add(s);
            }
        }
        System.out.printf(Locale.ROOT, "%d articles (seed + dev), %d code points analysed in %.1f ms%n", articles.size(),
                codePoints, nanos / 1e6);
        System.out.println();
        System.out.println("| article | gold | predicted | matched | precision | recall | F1 | kind accuracy |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        byArticle.forEach((id, s) -> row(id, s));
        row("**all**", total);
        System.out.println();
        System.out.println("| gold kind | gold | found | recall | kind right | kind accuracy |");
        System.out.println("|---|---|---|---|---|---|");
        for (GlossKind k : GlossKind.values()) {
            int[] v = total.perKind.getOrDefault(k, new int[3]);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %d | %.3f |%n", k, v[0], v[1],
                    v[0] == 0 ? 1.0 : (double) v[1] / v[0], v[2], v[1] == 0 ? 1.0 : (double) v[2] / v[1]);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "overall: gold %d, predicted %d, matched %d; precision %.3f recall %.3f F1 %.3f; "
                + "kind accuracy %.3f (%d/%d)%n", total.gold, total.predicted, total.matched, total.precision(),
                total.recall(), total.f1(), total.kindAccuracy(), total.kindRight, total.matched);
        System.out.println();
        list("misses (gold pairs not found)", byArticle, s -> s.misses);
        list("false positives (found, not gold)", byArticle, s -> s.falsePositives);
        list("kind errors", byArticle, s -> s.kindErrors);
        for (Article a : articles) {
            if (a.notGlosses() == null) {
                continue;
            }
            System.out.println("listed non-glosses (" + a.id() + "):");
            Extraction x = extractions.get(a.id());
            for (JsonNode ng : a.notGlosses()) {
                String t = norm(ng.get("text").asText().replaceAll("^[(\\[]|[)\\]]$", ""));
                boolean leaked = x.glosses().stream().anyMatch(g -> norm(g.gloss()).equals(t));
                String reason = x.rejected().stream().filter(rj -> norm(rj.text()).contains(t))
                        .map(Rejected::reason).findFirst().orElse("-");
                System.out.println("  " + ng.get("text").asText() + ": "
                        + (leaked ? "LEAKED as gloss" : "rejected (" + reason + ")"));
            }
        }
        if (showRejected) {
            extractions.forEach((id, x) -> {
                System.out.println("rejected (" + id + "):");
                x.rejected().forEach(rj -> System.out.println("  " + rj.reason() + "  " + rj.text()));
            });
        }
    }

    /** The seed and the development articles under {@code dir}, seed first. */
    static List<Article> load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        JsonNode seed = json.readTree(dir.resolve("seed-glosses.json").toFile());
        out.add(new Article("seed", Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8),
                goldOf(seed.get("pairs")), seed.get("not_glosses")));
        Path dev = dir.resolve("dev/glosses.jsonl");
        if (Files.exists(dev)) {
            for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                String id = doc.get("doc").asText();
                String text = Files.readString(dir.resolve("dev").resolve(id + ".txt"), StandardCharsets.UTF_8);
                out.add(new Article(id, text, goldOf(doc.get("pairs")), null));
            }
        }
        return out;
    }

    private static Map<String, GlossKind> goldOf(JsonNode pairs) {
        Map<String, GlossKind> gold = new LinkedHashMap<>();
        for (JsonNode pair : pairs) {
            gold.putIfAbsent(key(pair.get("term").asText(), pair.get("gloss").asText()),
                    GlossKind.valueOf(pair.get("kind").asText()));
        }
        return gold;
    }

    static Score score(Article a, Extraction x) {
        Map<String, GlossKind> predicted = new LinkedHashMap<>();
        for (Gloss g : x.glosses()) {
            predicted.putIfAbsent(key(g.term(), g.gloss()), g.kind());
        }
        Score s = new Score();
        s.gold = a.gold().size();
        s.predicted = predicted.size();
        a.gold().forEach((k, kind) -> {
            int[] v = s.perKind.computeIfAbsent(kind, x2 -> new int[3]);
            v[0]++;
            GlossKind got = predicted.get(k);
            if (got == null) {
                s.misses.add(k + " [" + kind + "]");
                return;
            }
            v[1]++;
            s.matched++;
            if (got == kind) {
                v[2]++;
                s.kindRight++;
            } else {
                s.kindErrors.add(k + ": " + got + " (gold " + kind + ")");
            }
        });
        predicted.forEach((k, kind) -> {
            if (!a.gold().containsKey(k)) {
                s.falsePositives.add(k + " [" + kind + "]");
            }
        });
        return s;
    }

    private static void row(String id, Score s) {
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f |%n", id, s.gold, s.predicted,
                s.matched, s.precision(), s.recall(), s.f1(), s.kindAccuracy());
    }

    private static void list(String title, Map<String, Score> byArticle,
            java.util.function.Function<Score, List<String>> items) {
        System.out.println(title + ":");
        byArticle.forEach((id, s) -> items.apply(s).forEach(item -> System.out.println("  " + id + "  " + item)));
    }

    static String key(String term, String gloss) {
        return norm(term) + " ⟶ " + norm(gloss);
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        return n.replaceAll("^[‘’“”'\"「」『』]+|[‘’“”'\"「」『』]+$", "").strip();
    }
}
