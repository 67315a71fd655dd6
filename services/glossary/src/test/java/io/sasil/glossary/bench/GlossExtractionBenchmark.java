package io.sasil.glossary.bench;

import io.sasil.glossary.extract.GlossExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;

/**
 * Throughput of {@link GlossExtractor#analyse(String)} on one thread: the seed article (or any text file
 * given as second argument) analysed repeatedly after a warm-up; prints MB/s of UTF-8 input, and the
 * same for plain Nori tokenisation of the text as the reference.
 *
 * <p>Run: {@code ./mvnw -B -q -pl services/glossary test-compile exec:java
 * -Dsasil.main=io.sasil.glossary.bench.GlossExtractionBenchmark -Dexec.args="/work/shared/eval"}
 */
public final class GlossExtractionBenchmark {

    private GlossExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 1 ? Path.of(args[1]) : Path.of(args.length > 0 ? args[0] : "../shared/eval")
                .resolve("seed-article.txt");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        GlossExtractor extractor = GlossExtractor.create();
        {
            for (int i = 0; i < 200; i++) {
                extractor.analyse(text);
            }
            int rounds = 500;
            long t0 = System.nanoTime();
            int glosses = 0;
            for (int i = 0; i < rounds; i++) {
                glosses += extractor.analyse(text).glosses().size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "extraction: %d rounds of %d bytes (%d glosses each): %.2f MB/s on one thread%n",
                    rounds, bytes, glosses / rounds, rounds * bytes / seconds / 1e6);
        }
        // reference: Nori tokenisation of the same text with the same tokenizer settings
        try (Analyzer nori = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                        KoreanTokenizer.DecompoundMode.DISCARD, false, true));
            }
        }) {
            for (int i = 0; i < 200; i++) {
                tokenise(nori, text);
            }
            int rounds = 500;
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                tokenise(nori, text);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "Nori tokenisation of the same text: %.2f MB/s on one thread%n",
                    rounds * bytes / seconds / 1e6);
        }
    }

    private static int tokenise(Analyzer analyzer, String text) throws java.io.IOException {
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }
}
