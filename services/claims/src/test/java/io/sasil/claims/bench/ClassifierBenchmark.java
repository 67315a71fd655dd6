package io.sasil.claims.bench;

import io.sasil.claims.classify.ClaimClassifier;
import io.sasil.claims.classify.SentenceAssessment;
import io.sasil.claims.extract.ClaimExtractor;
import io.sasil.claims.extract.ExtractedSentence;
import io.sasil.claims.facts.FactReader;
import io.sasil.claims.quantity.QuantityParser;
import java.time.OffsetDateTime;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Single-thread throughput of {@link ClaimClassifier#assessAll}, of claims with their quantities
 * ({@link ClaimExtractor#assess}, what the per-document analysis runs) and of the whole stateless extraction
 * ({@link ClaimExtractor#extract}: normalise, split, classify, parse) against plain Nori tokenisation (same
 * tokenizer settings: decompound NONE, punctuation kept, terms, offsets and POS read) of the same text,
 * in MB (10^6 bytes of UTF-8) per second of the thread's CPU time; five alternating rounds of 1.5 s CPU
 * each after 4 s of warm-up, medians reported.
 *
 * <p>Argument: a Korean text file, or a directory holding {@code seed-article.txt}. Run:
 * {@code ./mvnw -B -q -pl services/claims test-compile exec:java
 * -Dsasil.main=io.sasil.claims.bench.ClassifierBenchmark -Dexec.args="/work/shared/eval"}
 */
public final class ClassifierBenchmark {

    private static final long WARMUP_NANOS = 4_000_000_000L;
    private static final long MEASURE_NANOS = 1_500_000_000L;
    private static final int ROUNDS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ClassifierBenchmark <text file | eval dir>");
            System.exit(2);
        }
        Path p = Path.of(args[0]);
        if (Files.isDirectory(p)) {
            p = p.resolve("seed-article.txt");
        }
        String text = Files.readString(p, StandardCharsets.UTF_8);
        List<int[]> spans = sentences(text);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        ClaimClassifier classifier = new ClaimClassifier();
        KoreanTokenizer tokenizer = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null,
                KoreanTokenizer.DecompoundMode.NONE, false, false);

        ClaimExtractor extractor = new ClaimExtractor(classifier, new QuantityParser());
        OffsetDateTime ref = OffsetDateTime.parse("2025-02-03T09:00+09:00");

        Runnable nori = () -> tokenize(tokenizer, text);
        Runnable withQuantities = () -> {
            if (extractor.assess(text, spans, ref).size() != spans.size()) {
                throw new IllegalStateException();
            }
        };
        Runnable extract = () -> {
            if (extractor.extract(text, ref).isEmpty()) {
                throw new IllegalStateException();
            }
        };
        // the facts of every claim with quantities, as the per-document analysis reads them (no glossary mentions)
        FactReader factReader = new FactReader();
        List<ExtractedSentence> found = extractor.assess(text, spans, ref).stream()
                .filter(e -> e.claim() && !e.quantities().isEmpty()).toList();
        Runnable facts = () -> {
            for (ExtractedSentence e : found) {
                sink += factReader.read(e.assessment().text(), e.assessment().start(), e.quantities(), List.of(),
                        List.of()).size();
            }
        };
        Runnable claims = () -> {
            List<SentenceAssessment> out = classifier.assessAll(text, spans);
            if (out.size() != spans.size()) {
                throw new IllegalStateException();
            }
        };
        run(nori, WARMUP_NANOS);
        run(claims, WARMUP_NANOS);
        run(withQuantities, WARMUP_NANOS);
        run(extract, WARMUP_NANOS);
        run(facts, WARMUP_NANOS);
        double[] noriRounds = new double[ROUNDS];
        double[] claimsRounds = new double[ROUNDS];
        double[] quantityRounds = new double[ROUNDS];
        double[] extractRounds = new double[ROUNDS];
        double[] factRounds = new double[ROUNDS];
        for (int k = 0; k < ROUNDS; k++) {
            noriRounds[k] = throughput(nori, bytes);
            claimsRounds[k] = throughput(claims, bytes);
            quantityRounds[k] = throughput(withQuantities, bytes);
            extractRounds[k] = throughput(extract, bytes);
            factRounds[k] = throughput(facts, bytes);
        }
        double noriMbs = median(noriRounds);
        double claimsMbs = median(claimsRounds);
        double quantityMbs = median(quantityRounds);
        double extractMbs = median(extractRounds);
        System.out.printf(Locale.ROOT, "text: %s, %d bytes UTF-8, %d sentences%n", p.getFileName(), bytes,
                spans.size());
        System.out.printf(Locale.ROOT, "java %s, %d available processors (one thread used, CPU time)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "nori tokenisation      %.3f MB/s%n", noriMbs);
        System.out.printf(Locale.ROOT, "claims assessAll       %.3f MB/s%n", claimsMbs);
        System.out.printf(Locale.ROOT, "ratio nori / claims    %.2f (target <= 2)%n", noriMbs / claimsMbs);
        System.out.printf(Locale.ROOT, "claims + quantities    %.3f MB/s (ClaimExtractor.assess)%n", quantityMbs);
        System.out.printf(Locale.ROOT, "ratio nori / c+q       %.2f (target <= 2)%n", noriMbs / quantityMbs);
        System.out.printf(Locale.ROOT, "extract (normalise, split, claims, quantities) %.3f MB/s%n", extractMbs);
        System.out.printf(Locale.ROOT, "ratio nori / extract   %.2f%n", noriMbs / extractMbs);
        double factMbs = median(factRounds);
        System.out.printf(Locale.ROOT, "facts of the %d claims with quantities (FactReader.read) %.3f MB/s of the text;"
                + " ratio nori / facts %.2f%n", found.size(), factMbs, noriMbs / factMbs);
    }

    /** MB/s per core: bytes over the thread's CPU time (not wall time: the machine may be shared). */
    private static double throughput(Runnable r, long bytes) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long runs = run(r, MEASURE_NANOS);
        double seconds = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return runs * bytes / seconds / 1e6;
    }

    /** Runs {@code r} until the thread has used {@code nanos} of CPU time; returns the number of runs. */
    private static long run(Runnable r, long nanos) {
        long end = THREADS.getCurrentThreadCpuTime() + nanos;
        long runs = 0;
        while (THREADS.getCurrentThreadCpuTime() < end) {
            r.run();
            runs++;
        }
        return runs;
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static long sink;

    private static void tokenize(KoreanTokenizer tokenizer, String text) {
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                sink += term.length() + offset.startOffset() + pos.getLeftPOS().ordinal();
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sentences end after . ? ! (and a closing quote) followed by white space, or at a line end. */
    static List<int[]> sentences(String text) {
        int[] cps = text.codePoints().toArray();
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean end = c == '\n';
            if (c == '.' || c == '?' || c == '!') {
                int j = i + 1;
                while (j < cps.length && (cps[j] == '”' || cps[j] == '’' || cps[j] == '"')) {
                    j++;
                }
                if (j == cps.length || Character.isWhitespace(cps[j])) {
                    i = j - 1;
                    end = true;
                }
            }
            if (end) {
                int e = c == '\n' ? i : i + 1;
                if (e > start) {
                    spans.add(new int[] {start, e});
                }
                start = i + 1;
                while (start < cps.length && cps[start] == ' ') {
                    start++;
                }
                i = Math.max(i, start - 1);
            }
        }
        if (start < cps.length) {
            spans.add(new int[] {start, cps.length});
        }
        return spans;
    }
}
