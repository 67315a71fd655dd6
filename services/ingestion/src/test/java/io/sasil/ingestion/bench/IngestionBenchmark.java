package io.sasil.ingestion.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained ingestion through the REST API of a running suite ({@code ./sasil run --detach}):
 * posts N distinct Korean articles of about 12 KB ({@code POST /api/documents}, JSON) from C
 * concurrent clients, reports the documents per second accepted, and then polls
 * {@code GET /api/documents?source=…&status=…} until every article is ANALYSED (or FAILED), and
 * reports the time from the first post until then.
 *
 * <p>Articles are built from the made-up sample {@code bench/korean-news-sample.txt} (test
 * classpath): its paragraphs shuffled per article with the article's number written into each
 * one, under a first line naming the run, until about 12 KB, so that no two are the same content
 * (the service de-duplicates), also across runs. Every article of one run has the source
 * {@code bench-<start time>}, which is how the run finds its own documents.
 *
 * <pre>./sasil run --detach
 * ./mvnw -B -q -pl services/ingestion test-compile exec:java \
 *   -Dsasil.main=io.sasil.ingestion.bench.IngestionBenchmark \
 *   -Dexec.args="[N=10000] [CONCURRENCY=8] [BASE_URL=http://localhost:8081] [WAIT_MINUTES=120]"</pre>
 */
public final class IngestionBenchmark {

    /** Target size of one article in bytes of UTF-8. */
    static final int ARTICLE_BYTES = 12 * 1024;

    private IngestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String base = args.length > 2 ? args[2] : "http://localhost:8081";
        long waitMinutes = args.length > 3 ? Long.parseLong(args[3]) : 120;
        String source = "bench-" + Instant.now().toString().replace(":", "").replace(".", "");
        List<String> paragraphs = sampleParagraphs();
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        System.out.printf("ingestion benchmark: %d articles of ~%d KB, %d clients, %s, source %s%n",
                n, ARTICLE_BYTES / 1024, concurrency, base, source);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        long[] latencies = new long[n];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    byte[] body = json.writeValueAsBytes(Map.of("title", "벤치마크 기사 " + i,
                            "text", article(paragraphs, source, i), "source", source,
                            "publishedAt", "2025-02-03T09:00:00+09:00"));
                    bytes.addAndGet(body.length);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                            .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() == 201) {
                        accepted.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                        if (refused.get() <= 5) {
                            String answer = response.body();
                            System.out.println("  refused " + i + ": " + response.statusCode() + " "
                                    + answer.substring(0, Math.min(300, answer.length())));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double acceptSeconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("accepted %d (refused %d) in %.1f s: %.1f documents/s, %.2f MB/s; "
                        + "POST latency p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                accepted.get(), refused.get(), acceptSeconds, accepted.get() / acceptSeconds,
                bytes.get() / 1e6 / acceptSeconds, latencies[n / 2] / 1e6, latencies[(int) (n * 0.95)] / 1e6,
                latencies[n - 1] / 1e6);

        long deadline = System.nanoTime() + Duration.ofMinutes(waitMinutes).toNanos();
        long analysed = 0;
        long failed = 0;
        long lastReport = 0;
        while (System.nanoTime() < deadline) {
            analysed = count(http, json, base, source, "ANALYSED");
            failed = count(http, json, base, source, "FAILED");
            if (analysed + failed >= accepted.get()) {
                break;
            }
            if (System.nanoTime() - lastReport > 30e9) {
                System.out.printf("  %.0f s: %d analysed, %d failed of %d%n", (System.nanoTime() - start) / 1e9,
                        analysed, failed, accepted.get());
                lastReport = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        double allSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d analysed, %d failed of %d, %.1f s after the first post (%.1f documents/s end to end)%n",
                analysed + failed >= accepted.get() ? "done" : "timed out", analysed, failed, accepted.get(),
                allSeconds, analysed / allSeconds);
    }

    private static long count(HttpClient http, ObjectMapper json, String base, String source, String status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                base + "/api/documents?size=1&source=" + source + "&status=" + status)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode page = json.readTree(response.body());
        return page.path("total").asLong();
    }

    static List<String> sampleParagraphs() throws IOException {
        try (InputStream in = IngestionBenchmark.class.getResourceAsStream("/bench/korean-news-sample.txt")) {
            if (in == null) {
                throw new IllegalStateException("bench/korean-news-sample.txt is not on the test classpath");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    /** Article {@code i}: sample paragraphs in an order that depends on i, each numbered, to ~12 KB. */
    static String article(List<String> paragraphs, String run, int i) {
        StringBuilder sb = new StringBuilder(ARTICLE_BYTES + 2048);
        sb.append("벤치마크 기사 ").append(i).append(" (").append(run).append(")\n");
        int k = 0;
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < ARTICLE_BYTES) {
            String p = paragraphs.get(Math.floorMod(i * 31 + k * 7, paragraphs.size()));
            sb.append("(").append(i).append('-').append(k).append(") ").append(p).append('\n');
            k++;
        }
        return sb.toString();
    }
}
