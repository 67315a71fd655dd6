package io.sasil.glossary.bench;

import io.sasil.common.contract.GlossKind;
import io.sasil.glossary.extract.Gloss;
import io.sasil.glossary.extract.GlossExtractor;
import io.sasil.glossary.termbase.MentionMatcher;
import io.sasil.glossary.termbase.MentionSelection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extraction plus resolution, the per-document work of the glossary service's analysis without the database:
 * {@link GlossExtractor#extract}, the stored term base's automaton (100,000 synthetic entries, see
 * {@link ResolutionBenchmark#syntheticLabels}), a small automaton of the document's own glosses and
 * {@link MentionSelection}. Documents are the benchmark article (or the file given as first argument) repeated to
 * about 20 KB each, 1.5 MB in all; measured on one thread and on two, against Nori tokenisation of the same text.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String article;
        if (args.length > 0 && !args[0].isBlank() && Files.isRegularFile(Path.of(args[0]))) {
            article = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } else {
            try (InputStream in = AnalysisBenchmark.class.getResourceAsStream("/termbase/bench-article.txt")) {
                article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        StringBuilder one = new StringBuilder();
        while (one.length() * 3 < 20_000) {
            one.append(article).append('\n');
        }
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        while (bytes < 1_500_000) {
            docs.add(one.toString());
            bytes += one.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        double mb = bytes / 1e6;
        long t0 = System.nanoTime();
        MentionMatcher stored = MentionMatcher.of(ResolutionBenchmark.syntheticLabels(100_000));
        System.out.printf(Locale.ROOT, "term base automaton: %d labels, built in %.1f s%n", stored.size(),
                (System.nanoTime() - t0) / 1e9);
        GlossExtractor extractor = GlossExtractor.create();
        {
            analyse(extractor, stored, docs); // warm-up pass over every document
            for (int threads : new int[] {1, 2}) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long s = System.nanoTime();
                List<Future<int[]>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int from = docs.size() * t / threads;
                    int to = docs.size() * (t + 1) / threads;
                    parts.add(pool.submit(() -> analyse(extractor, stored, docs.subList(from, to))));
                }
                int glosses = 0;
                int mentions = 0;
                for (Future<int[]> f : parts) {
                    glosses += f.get()[0];
                    mentions += f.get()[1];
                }
                double sec = (System.nanoTime() - s) / 1e9;
                pool.shutdown();
                System.out.printf(Locale.ROOT,
                        "extraction + resolution, %d thread(s): %.2f MB in %.2f s = %.2f MB/s (%d glosses, %d mentions)%n",
                        threads, mb, sec, mb / sec, glosses, mentions);
            }
        }
        String all = String.join("\n", docs);
        ResolutionBenchmark.tokenize(all.substring(0, Math.min(all.length(), 100_000)));
        long s = System.nanoTime();
        int tokens = ResolutionBenchmark.tokenize(all);
        double sec = (System.nanoTime() - s) / 1e9;
        System.out.printf(Locale.ROOT, "Nori tokenisation, 1 thread: %.2f MB/s (%d tokens)%n", mb / sec, tokens);
    }

    private static int[] analyse(GlossExtractor extractor, MentionMatcher stored, List<String> docs) {
        int glosses = 0;
        int mentions = 0;
        for (String text : docs) {
            List<Gloss> gs = extractor.extract(text);
            Map<String, Long> local = new LinkedHashMap<>();
            long next = -1;
            for (Gloss g : gs) {
                long id = local.computeIfAbsent(g.term(), k -> 0L) == 0L ? next-- : local.get(g.term());
                local.put(g.term(), id);
                if (g.kind() != GlossKind.DEFINITION) {
                    local.putIfAbsent(g.gloss(), id);
                }
            }
            List<MentionMatcher.Mention> found = MentionSelection.select(stored.find(text),
                    local.isEmpty() ? List.of() : MentionMatcher.of(local).find(text));
            glosses += gs.size();
            mentions += found.size();
        }
        return new int[] {glosses, mentions};
    }
}
