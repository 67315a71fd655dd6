package io.sasil.ingestion.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.sasil.common.text.NormalizedText;
import io.sasil.common.text.Paragraph;
import io.sasil.common.text.SentenceSplitter;
import io.sasil.common.text.TextNormalizer;

/**
 * Throughput of {@link TextNormalizer} + {@link SentenceSplitter} in MB/s of UTF-8 input.
 *
 * <p>The text (the file given as first argument, default the Korean sample
 * {@code bench/korean-news-sample.txt} on the test classpath) is repeated, separated by a blank
 * line, to about 10 MB; then {@value #WARMUP} warm-up runs and {@value #RUNS} measured runs of
 * normalise + split over the whole text. Reports every run and the median. With {@code --crlf}
 * the line ends become CRLF with a no-break space before them, so that the normaliser has to
 * rewrite the text and build its offset map (the slow path).
 *
 * <pre>./mvnw -B -q -pl services/ingestion test-compile exec:java \
 *   -Dsasil.main=io.sasil.ingestion.bench.SplitterBenchmark [-Dexec.args="path/to/article.txt [--crlf]"]</pre>
 */
public final class SplitterBenchmark {

    static final int TARGET_BYTES = 10 * 1024 * 1024;
    static final int WARMUP = 5;
    static final int RUNS = 11;

    private SplitterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean crlf = Arrays.asList(args).contains("--crlf");
        String[] files = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        String unit = files.length > 0 ? Files.readString(Path.of(files[0]), StandardCharsets.UTF_8) : sample();
        String source = files.length > 0 ? files[0] : "classpath:bench/korean-news-sample.txt";
        if (crlf) {
            // line ends CRLF and a no-break space per line: the normaliser must rewrite and build its offset map
            unit = unit.replace("\r\n", "\n").replace("\n", "\u00A0\r\n");
            source += " with CRLF line ends and NBSP";
        }
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length + 2;
        String text = (unit + (crlf ? "\r\n\r\n" : "\n\n")).repeat(Math.max(1, TARGET_BYTES / unitBytes));
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        TextNormalizer normalizer = new TextNormalizer();
        SentenceSplitter splitter = new SentenceSplitter();

        System.out.printf("input: %s repeated to %.1f MB (%d sentences per run)%n", source, bytes / 1e6,
                count(splitter.split(normalizer.normalize(text).text())));
        for (int i = 0; i < WARMUP; i++) {
            run(normalizer, splitter, text);
        }
        double[] mbPerSecond = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            run(normalizer, splitter, text);
            long elapsed = System.nanoTime() - t0;
            mbPerSecond[i] = bytes / 1e6 / (elapsed / 1e9);
            System.out.printf("run %d: %.1f ms, %.1f MB/s%n", i + 1, elapsed / 1e6, mbPerSecond[i]);
        }
        Arrays.sort(mbPerSecond);
        System.out.printf("median %.1f MB/s (min %.1f, max %.1f); Java %s, %d processors%n",
                mbPerSecond[RUNS / 2], mbPerSecond[0], mbPerSecond[RUNS - 1],
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    }

    private static int run(TextNormalizer normalizer, SentenceSplitter splitter, String text) {
        NormalizedText normalized = normalizer.normalize(text);
        return count(splitter.split(normalized.text()));
    }

    private static int count(List<Paragraph> paragraphs) {
        int n = 0;
        for (Paragraph p : paragraphs) {
            n += p.sentences().size();
        }
        return n;
    }

    private static String sample() throws IOException {
        try (InputStream in = SplitterBenchmark.class.getResourceAsStream("/bench/korean-news-sample.txt")) {
            if (in == null) {
                throw new IOException("bench/korean-news-sample.txt not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
