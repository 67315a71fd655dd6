package io.sasil.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The persisted pipeline as the corpus grows: starts the four packaged services ({@link Suite}: separate JVMs,
 * {@code -Xmx512m} each, fresh H2 files, or PostgreSQL with {@code -Ppostgresql} artifacts), posts N distinct Korean
 * articles to ingestion ({@code POST /api/documents}) from a few clients, and follows how many are ANALYSED. Prints, per
 * window of documents (1,000 by default), the documents analysed per second end to end, the time per document, and
 * each service's share of the CPU the services used in that window; then the corpus report's latency, each service's
 * heap after the run, and the pipeline's cost against Nori tokenisation of the same text on one thread.
 *
 * <p>Articles are generated from the project's own texts ({@code docs/samples/article-ko.txt}, the benchmark articles
 * of ingestion and glossary): their sentences in an order that depends on the article, the figures in them changed,
 * and glossed terms woven in from a vocabulary of made-up names with Latin glosses, drawn so that a few recur in most
 * articles and most are rare, as in news; each glossed term is mentioned again later. No two articles are the same.
 *
 * <pre>java … io.sasil.e2e.PipelineBenchmark N [--window W] [--clients C] [--size BYTES] [--seed S] [--heap-every K]</pre>
 * (run by {@code scripts/bench-pipeline}).
 */
public final class PipelineBenchmark {

    private static final Pattern NUMBER = Pattern.compile("\\d+(,\\d{3})*(\\.\\d+)?");
    private static final String[] SYLLABLES = {"한", "솔", "누", "리", "마", "루", "다", "온", "새", "빛", "가", "람", "보",
        "라", "하", "늘", "미", "르", "나", "래", "도", "담", "이", "음"};
    private static final String[] ROMAN = {"Han", "Sol", "Nu", "Ri", "Ma", "Ru", "Da", "On", "Sae", "Bit", "Ga", "Ram",
        "Bo", "Ra", "Ha", "Neul", "Mi", "Reu", "Na", "Rae", "Do", "Dam", "I", "Eum"};
    private static final String[][] KINDS = {{"연구소", "Institute"}, {"재단", "Foundation"}, {"테크", "Tech"},
        {"그룹", "Group"}, {"위원회", "Commission"}, {"협회", "Association"}, {"랩스", "Labs"}, {"모빌리티", "Mobility"}};
    private static final String[] PARTICLES = {"는", "의", "가", "와", "도", "에서는"};

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int n = Integer.parseInt(opts.getOrDefault("n", "10000"));
        int window = Integer.parseInt(opts.getOrDefault("window", String.valueOf(Math.min(1000, Math.max(1, n / 5)))));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "4"));
        int size = Integer.parseInt(opts.getOrDefault("size", "8000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "13"));
        long waitMinutes = Long.parseLong(opts.getOrDefault("wait-minutes", "180"));
        // every K windows, each service's live heap (a full collection in each, counted in the next window's time)
        int heapEvery = Integer.parseInt(opts.getOrDefault("heap-every", "0"));

        try (Suite suite = new Suite()) {
            Path root = suite.root();
            Generator gen = new Generator(root, seed, size);
            System.out.printf(Locale.ROOT, "pipeline benchmark: %d articles of ~%d bytes, %d clients, window %d, db %s%n",
                    n, size, clients, window, System.getProperty("sasil.db-kind", "h2"));
            // a loaded machine can take longer than the default 5 s to open a database file
            suite.withJvmOptions("-Xmx512m", "-Dquarkus.datasource.jdbc.acquisition-timeout=120s");
            suite.startAll();
            Map<String, ProcessHandle> processes = suite.processes();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            ObjectMapper json = new ObjectMapper();
            String ingestion = suite.url("ingestion");
            String source = "bench-" + Instant.now().toString().replaceAll("[:.]", "");

            // the machine's speed varies within minutes: Nori's cost on the same texts is measured at every window
            Nori nori = new Nori(gen, Math.min(n, 100));
            double noriStart = nori.cpuPerDocument();
            List<Double> noriWindows = new ArrayList<>();

            AtomicInteger next = new AtomicInteger();
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> posting = new ArrayList<>();
            long start = System.nanoTime();
            Map<String, Double> cpu0 = cpu(processes);
            for (int c = 0; c < clients; c++) {
                posting.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        byte[] body = json.writeValueAsBytes(Map.of("title", gen.title(i), "text", gen.article(i),
                                "source", source, "publishedAt", gen.published(i)));
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ingestion + "/api/documents"))
                                .timeout(Duration.ofSeconds(300)).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + suite.identity().token("editor"))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            accepted.incrementAndGet();
                        } else if (refused.incrementAndGet() <= 5) {
                            System.out.println("  refused " + i + ": " + r.statusCode() + " "
                                    + r.body().substring(0, Math.min(300, r.body().length())));
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();

            System.out.printf(Locale.ROOT, "Nori reference (KoreanTokenizer, one thread, %d of the articles) before the"
                    + " run: %.2f ms CPU per document%n", nori.size(), 1000 * noriStart);
            System.out.printf(Locale.ROOT, "%-7s %-13s %8s %8s %11s %8s %9s   %-39s %s%n", "window", "documents",
                    "seconds", "docs/s", "ms per doc", "Nori ms", "CPU/Nori",
                    "CPU share (ingestion/glossary/claims/reporting), CPU s", "live heap MB (same order)");
            List<double[]> windows = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(waitMinutes).toNanos();
            long lastT = start;
            Map<String, Double> lastCpu = cpu0;
            int reported = 0;
            long analysed = 0;
            long failed = 0;
            while (System.nanoTime() < deadline) {
                analysed = count(http, json, ingestion, source, "ANALYSED", suite.identity().token("reader"));
                failed = count(http, json, ingestion, source, "FAILED", suite.identity().token("reader"));
                boolean postingDone = posting.stream().allMatch(Future::isDone);
                boolean all = postingDone && analysed + failed >= accepted.get();
                while (analysed >= (long) (reported + 1) * window || (all && analysed > (long) reported * window)) {
                    long now = System.nanoTime();
                    Map<String, Double> cpuNow = cpu(processes);
                    long upTo = Math.min(analysed, (long) (reported + 1) * window);
                    long docs = upTo - (long) reported * window;
                    double seconds = (now - lastT) / 1e9;
                    StringBuilder shares = new StringBuilder();
                    double total = 0;
                    for (String s : List.of("ingestion", "glossary", "claims", "reporting")) {
                        total += cpuNow.get(s) - lastCpu.get(s);
                    }
                    for (String s : List.of("ingestion", "glossary", "claims", "reporting")) {
                        double d = cpuNow.get(s) - lastCpu.get(s);
                        shares.append(String.format(Locale.ROOT, "%3.0f%% ", total > 0 ? 100 * d / total : 0));
                    }
                    shares.append(String.format(Locale.ROOT, "(%.1f s)", total));
                    double noriNow = nori.cpuPerDocument();
                    noriWindows.add(noriNow);
                    System.out.printf(Locale.ROOT, "%-7d %-13s %8.1f %8.1f %11.1f %8.2f %8.1fx   %-39s %s%n",
                            reported + 1, ((long) reported * window + 1) + "-" + upTo, seconds, docs / seconds,
                            1000 * seconds / docs, 1000 * noriNow, total / docs / noriNow, shares,
                            heapEvery > 0 && (reported + 1) % heapEvery == 0 ? liveHeapColumn(processes) : "");
                    windows.add(new double[] {docs, seconds, total, noriNow});
                    lastT = now;
                    lastCpu = cpuNow;
                    reported++;
                    if (all && upTo >= analysed) {
                        break;
                    }
                }
                if (all) {
                    break;
                }
                Thread.sleep(1000);   // each poll is two requests served by ingestion, whose CPU is measured
            }
            double allSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> cpuEnd = cpu(processes);
            System.out.printf(Locale.ROOT, "%s: %d analysed, %d failed, %d refused of %d in %.1f s: %.1f documents/s"
                    + " end to end%n", analysed + failed >= accepted.get() ? "done" : "TIMED OUT", analysed, failed,
                    refused.get(), n, allSeconds, analysed / allSeconds);
            if (windows.size() >= 2) {
                double[] first = windows.get(0);
                double[] last = windows.get(windows.size() - 1);
                System.out.printf(Locale.ROOT, "last window / first window, time per document: %.2f; CPU per document in"
                        + " Nori units: %.2f%n", (last[1] / last[0]) / (first[1] / first[0]),
                        (last[2] / last[0] / last[3]) / (first[2] / first[0] / first[3]));
            }
            double serviceCpu = 0;
            StringBuilder perService = new StringBuilder();
            for (String s : List.of("ingestion", "glossary", "claims", "reporting")) {
                double d = cpuEnd.get(s) - cpu0.get(s);
                serviceCpu += d;
                perService.append(String.format(Locale.ROOT, " %s %.1f s", s, d));
            }
            System.out.printf(Locale.ROOT, "CPU of the services over the run:%s (%.1f ms per document)%n", perService,
                    1000 * serviceCpu / Math.max(1, analysed));

            indexerCaughtUp(http, suite.url("reporting"), analysed);
            corpusReport(http, suite.url("reporting"), suite.identity().token("reader"));
            heap(http, suite);
            liveHeap(processes);

            double noriCpu = nori.cpuPerDocument();
            double noriMean = noriWindows.stream().mapToDouble(Double::doubleValue).average().orElse(noriCpu);
            double pipelineWall = allSeconds / Math.max(1, analysed);
            double pipelineCpu = serviceCpu / Math.max(1, analysed);
            System.out.printf(Locale.ROOT, "Nori reference after the run: %.2f ms CPU per document (before %.2f, windows"
                    + " %.2f-%.2f, mean %.2f)%n", 1000 * noriCpu, 1000 * noriStart,
                    1000 * noriWindows.stream().mapToDouble(Double::doubleValue).min().orElse(noriCpu),
                    1000 * noriWindows.stream().mapToDouble(Double::doubleValue).max().orElse(noriCpu), 1000 * noriMean);
            System.out.printf(Locale.ROOT, "pipeline cost / Nori (the windows' mean): %.1fx in CPU (all services' CPU per"
                    + " document), %.1fx in wall time per document%n", pipelineCpu / noriMean, pipelineWall / noriMean);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                out.put(args[i].substring(2), i + 1 < args.length ? args[++i] : "");
            } else {
                out.put("n", args[i]);
            }
        }
        return out;
    }

    /** CPU seconds used so far by each service's process. */
    private static Map<String, Double> cpu(Map<String, ProcessHandle> processes) {
        Map<String, Double> out = new LinkedHashMap<>();
        processes.forEach((s, p) -> out.put(s, p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)));
        return out;
    }

    private static long count(HttpClient http, ObjectMapper json, String base, String source, String status,
            String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                base + "/api/documents?size=1&source=" + source + "&status=" + status))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body()).path("total").asLong();
    }

    private static void corpusReport(HttpClient http, String reporting, String token) throws Exception {
        int warm = 5;
        int runs = 30;
        long[] t = new long[runs];
        int status = 0;
        for (int i = 0; i < warm + runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(reporting + "/api/reports/corpus"))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            if (i >= warm) {
                t[i - warm] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "corpus report (GET /api/reports/corpus, %d after %d warm-up, HTTP %d):"
                + " p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", runs, warm, status, t[runs / 2] / 1e6,
                t[(int) Math.ceil(runs * 0.95) - 1] / 1e6, t[runs - 1] / 1e6);
    }

    private static void heap(HttpClient http, Suite suite) throws Exception {
        StringBuilder sb = new StringBuilder("heap after the run (used / max, from /q/metrics):");
        for (String s : Suite.SERVICES) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(suite.url(s) + "/q/metrics"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            double used = metric(r.body(), "jvm_memory_used_bytes{", "area=\"heap\"");
            double max = metric(r.body(), "jvm_memory_max_bytes{", "area=\"heap\"");
            sb.append(String.format(Locale.ROOT, " %s %.0f / %.0f MB;", s, used / 1048576, max / 1048576));
        }
        System.out.println(sb);
    }

    /**
     * Waits until reporting's check indexer has stored the checks of every analysed document (its
     * {@code sasil_indexer_changes_total{outcome="indexed"}} counter), so that the corpus report is timed on its own
     * and not beside the indexer's last sweeps; prints how long that took.
     */
    private static void indexerCaughtUp(HttpClient http, String reporting, long analysed) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofMinutes(15).toNanos();
        double indexed = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(reporting + "/q/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            indexed = metric(r.body(), "sasil_indexer_changes_total{", "outcome=\"indexed\"");
            if (indexed >= analysed) {
                break;
            }
            Thread.sleep(1000);
        }
        System.out.printf(Locale.ROOT, "check indexer: %.0f of %d analysed documents indexed, %.1f s after the last"
                + " was analysed%n", indexed, analysed, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The sum of a Prometheus metric's samples whose line starts with {@code prefix} and holds {@code label}
     * (negative samples, such as an undefined maximum of -1, left out).
     */
    private static double metric(String exposition, String prefix, String label) {
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(prefix) && line.contains(label)) {
                sum += Math.max(0, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return sum;
    }

    /**
     * Each service's live heap after a full collection, and its largest classes: {@code jcmd PID GC.class_histogram}
     * of the JDK running the services (it collects first, so this is what the service holds, not garbage).
     */
    private static void liveHeap(Map<String, ProcessHandle> processes) throws Exception {
        for (Map.Entry<String, ProcessHandle> e : processes.entrySet()) {
            Histogram h = histogram(e.getValue());
            if (h == null) {
                System.out.println("live heap: no jcmd beside the services' java");
                return;
            }
            StringBuilder top = new StringBuilder();
            h.largest().forEach((c, b) -> top.append(String.format(Locale.ROOT, " %s %.1f MB;", c, b / 1048576.0)));
            System.out.printf(Locale.ROOT, "live heap of %s after a full collection: %.0f MB; largest classes:%s%n",
                    e.getKey(), h.total() / 1048576.0, top);
        }
    }

    /** Each service's live heap in MB ({@link #histogram}), as {@code 31/120/80/30}; {@code -} without jcmd. */
    private static String liveHeapColumn(Map<String, ProcessHandle> processes) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String service : List.of("ingestion", "glossary", "claims", "reporting")) {
            Histogram h = histogram(processes.get(service));
            if (h == null) {
                return "-";
            }
            out.append(out.length() == 0 ? "" : "/").append(Math.round(h.total() / 1048576.0));
        }
        return out.toString();
    }

    /** A class histogram: the live bytes in all and of the six largest classes. */
    record Histogram(long total, Map<String, Long> largest) {
    }

    /**
     * {@code jcmd PID GC.class_histogram} of the JDK running the service: it collects first, so this is what the
     * service holds, not garbage. Null when that JDK has no jcmd.
     */
    static Histogram histogram(ProcessHandle process) throws Exception {
        Path java = Path.of(process.info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) {
            return null;
        }
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        p.waitFor();
        long total = 0;
        Map<String, Long> largest = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].equals("Total")) {
                total = Long.parseLong(f[2]);
            } else if (f.length >= 4 && f[0].endsWith(":") && largest.size() < 6) {
                largest.put(f[3], Long.parseLong(f[2]));
            }
        }
        return new Histogram(total, largest);
    }

    /** Nori's cost on a fixed sample of the articles: the yardstick of this machine's speed at the moment. */
    static final class Nori {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final List<String> texts = new ArrayList<>();
        private final KoreanTokenizer tokenizer = new KoreanTokenizer();
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);

        Nori(Generator gen, int sample) throws IOException {
            for (int i = 0; i < sample; i++) {
                texts.add(gen.article(i));
            }
            for (int pass = 0; pass < 3; pass++) {
                tokenise();   // warm-up
            }
        }

        int size() {
            return texts.size();
        }

        /** CPU seconds per document of one pass over the sample, on this thread. */
        double cpuPerDocument() throws IOException {
            long t0 = threads.getCurrentThreadCpuTime();
            tokenise();
            return (threads.getCurrentThreadCpuTime() - t0) / 1e9 / texts.size();
        }

        private long tokenise() throws IOException {
            long tokens = 0;
            for (String text : texts) {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    tokens += term.length() > 0 ? 1 : 0;
                }
                tokenizer.end();
                tokenizer.close();
            }
            return tokens;
        }
    }

    /** Distinct articles from the project's own texts, with recurring and rare glossed terms. */
    static final class Generator {

        private final List<String> sentences = new ArrayList<>();
        private final long seed;
        private final int size;

        Generator(Path root, long seed, int size) throws IOException {
            this.seed = seed;
            this.size = size;
            for (String file : List.of("docs/samples/article-ko.txt",
                    "services/ingestion/src/test/resources/bench/korean-news-sample.txt",
                    "services/glossary/src/test/resources/termbase/bench-article.txt")) {
                for (String line : Files.readString(root.resolve(file), StandardCharsets.UTF_8).split("\n")) {
                    for (String s : line.strip().split("(?<=[.!?])\\s+")) {
                        if (s.length() > 20 && (s.endsWith(".") || s.endsWith("?") || s.endsWith("!"))) {
                            sentences.add(s);
                        }
                    }
                }
            }
        }

        String title(int i) {
            return "파이프라인 벤치마크 " + i;
        }

        String published(int i) {
            return String.format(Locale.ROOT, "2025-%02d-%02dT09:00:00+09:00", 1 + i % 12, 1 + i % 28);
        }

        /** Term number {@code k} of the vocabulary: a made-up Korean name and its Latin gloss. */
        static String[] term(int k) {
            int a = k % SYLLABLES.length;
            int b = (k / SYLLABLES.length) % SYLLABLES.length;
            int c = (k / (SYLLABLES.length * SYLLABLES.length)) % KINDS.length;
            return new String[] {SYLLABLES[a] + SYLLABLES[b] + KINDS[c][0], ROMAN[a] + ROMAN[b].toLowerCase(Locale.ROOT)
                    + " " + KINDS[c][1]};
        }

        String article(int i) {
            Random r = new Random(seed * 1_000_003L + i);
            StringBuilder sb = new StringBuilder(size + 1024);
            sb.append("[벤치마크 ").append(i).append("] ");
            int glossed = 4 + r.nextInt(4);
            List<String[]> terms = new ArrayList<>();
            for (int g = 0; g < glossed; g++) {
                // Zipf-like: a few names recur in most articles, most are rare (vocabulary of 4,608)
                int k = (int) Math.floor(Math.pow(4_608, r.nextDouble())) - 1;
                terms.add(term(k));
            }
            int sentence = 0;
            while (sb.length() * 3 < size) {
                String s = sentences.get(r.nextInt(sentences.size()));
                Matcher m = NUMBER.matcher(s);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(out, String.valueOf(1 + r.nextInt(Math.max(2, m.group().length() * 40))));
                }
                m.appendTail(out);
                if (sentence < terms.size()) {
                    String[] t = terms.get(sentence);
                    sb.append(t[0]).append('(').append(t[1]).append(")").append(PARTICLES[r.nextInt(2)]).append(" ");
                } else if (sentence % 3 == 0 && !terms.isEmpty()) {
                    String[] t = terms.get(r.nextInt(terms.size()));
                    sb.append(t[0]).append(PARTICLES[r.nextInt(PARTICLES.length)]).append(" ");
                }
                sb.append(out).append(sentence % 5 == 4 ? "\n\n" : " ");
                sentence++;
            }
            return sb.toString().strip();
        }
    }
}
