package io.sasil.claims.bench;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.claims.rest.GlossaryStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Latency of {@code POST /api/quantities/parse} over HTTP for 1 KB (UTF-8) texts: the application in
 * test mode on localhost, one client thread with a kept-alive JDK {@link HttpClient} (HTTP/1.1), 200
 * texts assembled from {@link QuantityBenchmark}'s sentences with a fixed seed, 2,000 warm-up requests
 * then {@code -Dbench.requests} (default 10,000) timed ones; wall-clock p50, p99, max. Not a
 * {@code *Test}: it runs only when asked for.
 *
 * <p>Run: {@code ./mvnw -B -q -pl services/claims test -Dtest=QuantitiesHttpBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class QuantitiesHttpBenchmark {

    @TestHTTPResource("/api/quantities/parse")
    URI parse;

    @Test
    void parseLatencyFor1KbTexts() throws Exception {
        int requests = Integer.getInteger("bench.requests", 10_000);
        Random random = new Random(42);
        List<String> bodies = new ArrayList<>();
        int bytes = 0;
        for (int k = 0; k < 200; k++) {
            StringBuilder b = new StringBuilder();
            while (b.toString().getBytes(StandardCharsets.UTF_8).length < 1024) {
                b.append(QuantityBenchmark.SENTENCES[random.nextInt(QuantityBenchmark.SENTENCES.length)]).append(' ');
            }
            bytes = b.toString().getBytes(StandardCharsets.UTF_8).length;
            bodies.add("{\"text\":\"" + b.toString().strip() + "\",\"referenceTime\":\"2025-02-03T09:00:00+09:00\"}");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int k = 0; k < 2_000; k++) {
            send(client, bodies.get(k % bodies.size()));
        }
        long[] nanos = new long[requests];
        long t0 = System.nanoTime();
        for (int k = 0; k < requests; k++) {
            long s = System.nanoTime();
            send(client, bodies.get(k % bodies.size()));
            nanos[k] = System.nanoTime() - s;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "quantities/parse over HTTP: %d requests of ~%d bytes of text, %.0f requests/s%n",
                requests, bytes, requests / seconds);
        System.out.printf(Locale.ROOT, "latency p50 %.3f ms, p99 %.3f ms, max %.3f ms (target p99 < 5 ms)%n",
                nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.99)] / 1e6, nanos[requests - 1] / 1e6);
    }

    private void send(HttpClient client, String body) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(parse).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }
}
