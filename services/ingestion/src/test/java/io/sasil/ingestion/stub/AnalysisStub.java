package io.sasil.ingestion.stub;

import com.sun.net.httpserver.HttpExchange;
import io.sasil.common.testing.StubServer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faithful stub of the per-document HTTP contract of the glossary or claims service
 * ({@code PUT /internal/<service>/documents/{id}/analysis} with an {@code AnalysisRequest} →
 * {@code AnalysisSummary}; {@code DELETE /internal/<service>/documents/{id}/analysis} → 204; 401 without a bearer token), which a test can
 * stop, restart on the same port, make fail or slow per document, and ask how often each document
 * was analysed. Built on the suite's {@link StubServer}.
 */
public final class AnalysisStub {

    private static final Pattern ANALYSIS = Pattern.compile("/internal/(\\w+)/documents/(\\d+)/analysis");

    private final String service;
    private final StubServer server;
    /** Per document id ({@code *} for all): ok, fail503, fail500, fail410, fail400, slow:MILLIS, hold. */
    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> successes = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> forgets = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> running = new ConcurrentHashMap<>();
    private final AtomicInteger maxConcurrentPerDocument = new AtomicInteger();

    public AnalysisStub(String service) {
        this.service = service;
        this.server = StubServer.start(service + "-stub", this::handle);
    }

    public String url() {
        return server.url();
    }

    /** Answers again, on the same port. */
    public void start() {
        server.restart();
    }

    /** Stops answering: connections are refused, as when the service is down. */
    public void stop() {
        server.stop();
    }

    /** Stops for good. */
    public void close() {
        server.close();
    }

    public void mode(String document, String mode) {
        modes.put(document, mode);
    }

    public synchronized void reset() {
        modes.clear();
        successes.clear();
        failures.clear();
        forgets.clear();
        maxConcurrentPerDocument.set(0);
    }

    public int successes(long id) {
        return successes.getOrDefault(id, new AtomicInteger()).get();
    }

    public int failures(long id) {
        return failures.getOrDefault(id, new AtomicInteger()).get();
    }

    public int forgets(long id) {
        return forgets.getOrDefault(id, new AtomicInteger()).get();
    }

    /** Calls for one document in progress now (a slow call that has not answered yet). */
    public int running(long id) {
        return running.getOrDefault(id, new AtomicInteger()).get();
    }

    /** Most calls for one document that were in progress at the same time. */
    public int maxConcurrentPerDocument() {
        return maxConcurrentPerDocument.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher analysis = ANALYSIS.matcher(path);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, "{\"status\":401}");
        } else if (analysis.matches() && analysis.group(1).equals(service)
                && exchange.getRequestMethod().equals("PUT")) {
            analyse(exchange, Long.parseLong(analysis.group(2)));
        } else if (analysis.matches() && analysis.group(1).equals(service)
                && exchange.getRequestMethod().equals("DELETE")) {
            forgets.computeIfAbsent(Long.parseLong(analysis.group(2)), k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        } else {
            send(exchange, 404, "{\"status\":404}");
        }
    }

    private void analyse(HttpExchange exchange, long id) throws IOException {
        String body = StubServer.body(exchange);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.startsWith("application/json")
                || !body.contains("\"documentId\":" + id) || !body.contains("\"text\"")
                || !body.contains("\"sentences\"")) {
            failures.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            send(exchange, 400, "{\"status\":400,\"detail\":\"not an AnalysisRequest\"}");
            return;
        }
        AtomicInteger now = running.computeIfAbsent(id, k -> new AtomicInteger());
        int concurrent = now.incrementAndGet();
        maxConcurrentPerDocument.accumulateAndGet(concurrent, Math::max);
        try {
            String mode = modeOf(id);
            // hold: the call waits until the test sets another mode for the document (at most a minute)
            for (int waited = 0; mode.equals("hold") && waited < 60_000; waited += 20) {
                sleep(20);
                mode = modeOf(id);
            }
            if (mode.equals("hold")) {
                mode = "ok";
            }
            if (mode.startsWith("slow:")) {
                sleep(Long.parseLong(mode.substring(5)));
                mode = "ok";
            }
            switch (mode) {
                case "fail503" -> {
                    failures.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    send(exchange, 503, "{\"status\":503,\"detail\":\"stub is failing\"}");
                }
                case "fail500" -> {
                    failures.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    send(exchange, 500, "{\"status\":500,\"detail\":\"stub breaks on document " + id + "\"}");
                }
                case "fail410" -> {
                    failures.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    send(exchange, 410, "{\"status\":410,\"detail\":\"document " + id + " was deleted\"}");
                }
                case "fail400" -> {
                    failures.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    send(exchange, 400, "{\"status\":400,\"detail\":\"stub refuses document " + id + "\"}");
                }
                default -> {
                    successes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    send(exchange, 200, "{\"documentId\":" + id + ",\"service\":\"" + service + "\",\"items\":0}");
                }
            }
        } finally {
            now.decrementAndGet();
        }
    }

    private String modeOf(long id) {
        return modes.getOrDefault(Long.toString(id), modes.getOrDefault("*", "ok"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        StubServer.json(exchange, status, json);
    }
}
