package io.sasil.ingestion.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sasil.common.text.CodePoints;
import io.sasil.common.text.NormalizedText;
import io.sasil.common.text.Sentence;
import io.sasil.common.text.SentenceSplitter;
import io.sasil.common.text.Span;
import io.sasil.common.text.TextNormalizer;
import io.sasil.ingestion.text.ContentDecoder;

/**
 * Measures {@link SentenceSplitter} (after {@link TextNormalizer}) against the sentence spans of
 * {@code <evalDir>/seed-claims.json}: its {@code claims} and {@code non_claims} together label every
 * sentence of {@code seed-article.txt}, with code point offsets into the original file.
 *
 * <p>Reports: whether the gold spans tile the article; precision/recall/F1 of exact sentence spans
 * (predicted spans mapped back to original offsets); precision/recall/F1 of sentence ends
 * (boundaries); and every disagreement.
 *
 * <pre>./mvnw -B -q -pl services/ingestion test-compile exec:java \
 *   -Dsasil.main=io.sasil.ingestion.eval.SplitterEvaluation -Dexec.args="/work/shared/eval"</pre>
 */
public final class SplitterEvaluation {

    private SplitterEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SplitterEvaluation <evalDir>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String article = new ContentDecoder().decode(Files.readAllBytes(dir.resolve("seed-article.txt")));
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("seed-claims.json").toFile());
        List<Span> goldSpans = new ArrayList<>();
        for (String key : List.of("claims", "non_claims")) {
            for (JsonNode item : gold.path(key)) {
                goldSpans.add(new Span(item.get("start").asInt(), item.get("end").asInt()));
            }
        }
        goldSpans.sort(null);

        NormalizedText normalized = new TextNormalizer().normalize(article);
        List<Span> predicted = new ArrayList<>();
        for (Sentence s : new SentenceSplitter().sentences(normalized.text())) {
            predicted.add(normalized.toOriginal(s.span()));
        }
        report(article, normalized, goldSpans, predicted, System.out);
    }

    static void report(String article, NormalizedText normalized, List<Span> gold, List<Span> predicted, PrintStream out) {
        int length = CodePoints.length(article);
        out.printf("article: %d code points, normalisation %s%n", length,
                normalized.changed() ? "changed the text (" + normalized.length() + " code points after)" : "changed nothing");

        // coverage of the gold annotation
        int gaps = 0;
        int overlaps = 0;
        int previousEnd = 0;
        for (Span g : gold) {
            if (g.start() < previousEnd) {
                overlaps++;
            } else if (!CodePoints.substring(article, previousEnd, g.start()).isBlank()) {
                gaps++;
                out.printf("  gold gap [%d, %d): %s%n", previousEnd, g.start(), CodePoints.substring(article, previousEnd, g.start()));
            }
            previousEnd = Math.max(previousEnd, g.end());
        }
        boolean tail = !CodePoints.substring(article, previousEnd, length).isBlank();
        out.printf("gold: %d sentences; they tile the article: %s (gaps with text %d, overlaps %d, untagged tail %s)%n",
                gold.size(), gaps == 0 && overlaps == 0 && !tail ? "yes" : "no", gaps, overlaps, tail);
        out.printf("predicted: %d sentences%n", predicted.size());

        Set<Span> goldSet = new TreeSet<>(gold);
        Set<Span> predictedSet = new TreeSet<>(predicted);
        int exact = 0;
        for (Span p : predictedSet) {
            if (goldSet.contains(p)) {
                exact++;
            }
        }
        printPrf(out, "exact sentence spans", exact, predictedSet.size(), goldSet.size());

        Set<Integer> goldEnds = new TreeSet<>();
        gold.forEach(g -> goldEnds.add(g.end()));
        Set<Integer> predictedEnds = new TreeSet<>();
        predicted.forEach(p -> predictedEnds.add(p.end()));
        int agreeing = 0;
        for (int e : predictedEnds) {
            if (goldEnds.contains(e)) {
                agreeing++;
            }
        }
        printPrf(out, "sentence boundaries (ends)", agreeing, predictedEnds.size(), goldEnds.size());

        out.println("disagreements:");
        for (Span g : gold) {
            if (!predictedSet.contains(g)) {
                out.printf("  missed gold    [%d, %d) %s%n", g.start(), g.end(), clip(CodePoints.substring(article, g.start(), g.end())));
            }
        }
        for (Span p : predicted) {
            if (!goldSet.contains(p)) {
                out.printf("  not in gold    [%d, %d) %s%n", p.start(), p.end(), clip(CodePoints.substring(article, p.start(), p.end())));
            }
        }
    }

    private static void printPrf(PrintStream out, String what, int tp, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf("%s: precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f%n", what, p, tp, predicted, r, tp, gold, f);
    }

    private static String clip(String s) {
        String oneLine = s.replace('\n', '⏎');
        int n = CodePoints.length(oneLine);
        if (n <= 90) {
            return oneLine;
        }
        return CodePoints.substring(oneLine, 0, 45) + " … " + CodePoints.substring(oneLine, n - 40, n);
    }

    static {
        System.setOut(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8));
    }
}
