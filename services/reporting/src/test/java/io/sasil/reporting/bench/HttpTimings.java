package io.sasil.reporting.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** The timing loop of the HTTP benchmarks: warm-up requests, then timed ones; every answer must be 200. */
final class HttpTimings {

    private HttpTimings() {
    }

    /**
     * Sends {@code request} {@code warmups} times untimed, then {@code n} times timed; returns the {@code n}
     * durations in nanoseconds, sorted (so that {@code t[n / 2]} is the median).
     */
    static long[] sorted(HttpClient client, HttpRequest request, int warmups, int n)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmups; i++) {
            check(client.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            check(client.send(request, HttpResponse.BodyHandlers.ofString()));
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return t;
    }

    /** The duration at {@code quantile} (0 to 1) of sorted durations, in milliseconds. */
    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }
}
