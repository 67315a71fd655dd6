package io.sasil.common.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one stub HTTP server of the suite's tests: a JDK {@link HttpServer} on {@code 127.0.0.1} that stands
 * in for another service's HTTP contract. A service's stub (a {@code QuarkusTestResourceLifecycleManager})
 * starts one with its routing {@link Handler}, hands {@link #url()} to the client under test, and answers
 * with {@link #json}, {@link #problem} or {@link #send}.
 *
 * <ul>
 *   <li>Each exchange is closed after the handler; a handler's {@link RuntimeException} becomes a 500
 *       problem, so a broken stub shows as a server error, not a hung client.</li>
 *   <li>{@link #stop()} refuses connections as a service that is down does; {@link #restart()} answers again
 *       on the same port.</li>
 *   <li>{@code sun.net.httpserver.nodelay} is set before the first server starts: without it the JDK server's
 *       small writes meet the client's delayed ACK, about 40 ms per call (docs/performance.md).</li>
 *   <li>Tests run in Quarkus' class loader, the stub in the test-resource one: tests steer a stub over HTTP
 *       ({@link #steer}) rather than through static state.</li>
 * </ul>
 */
public final class StubServer implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static final HttpClient STEERING = HttpClient.newHttpClient();

    private final Handler handler;
    private final int port;
    private final ExecutorService executor;
    private HttpServer server;

    private StubServer(Handler handler, HttpServer first, String name) {
        this.handler = handler;
        this.port = first.getAddress().getPort();
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        serve(first);
    }

    /** A server on a free port, answering every path with {@code handler}. */
    public static StubServer start(String name, Handler handler) {
        try {
            return new StubServer(handler, HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops answering: connections are refused, as when the service is down. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Answers again on the same port (retrying while the system still holds it). */
    public synchronized void restart() {
        if (server != null) {
            return;
        }
        IOException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                serve(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50));
                return;
            } catch (IOException e) {
                last = e;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new UncheckedIOException("cannot listen on port " + port + " again", last);
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }

    private void serve(HttpServer s) {
        s.createContext("/", exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                problem(exchange, 500, String.valueOf(e));
            }
        });
        s.setExecutor(executor);
        s.start();
        server = s;
    }

    // ---- answering ----

    /** Answers with {@code body} (none when null or empty) as {@code contentType}. */
    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Answers with a JSON document. */
    public static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json", json);
    }

    /** Answers with an RFC 9457 problem, as the services do. */
    public static void problem(HttpExchange exchange, int status, String detail) throws IOException {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Authentication required";
            case 404 -> "Resource not found";
            case 405 -> "Method not allowed";
            case 410 -> "Gone";
            case 503 -> "Service unavailable";
            default -> "Error";
        };
        String type = status == 404 ? "https://sasil.io/problems/not-found" : "about:blank";
        send(exchange, status, "application/problem+json", "{\"type\":\"" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + (detail == null ? "" : ",\"detail\":\"" + escape(detail) + "\"") + "}");
    }

    /** The request body as UTF-8 text. */
    public static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The decoded query parameters (the last value of a repeated one). */
    public static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> out = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    // ---- steering from tests ----

    /**
     * Sends a control request to a stub from a test: {@code method} {@code path} with {@code body} (or none) to
     * the URL in configuration key {@code urlKey} (the one the stub's resource published). Returns the answer's
     * body; fails unless the stub answered 2xx.
     */
    public static String steer(String urlKey, String method, String path, String body) {
        String base = ConfigProvider.getConfig().getValue(urlKey, String.class);
        try {
            HttpResponse<String> r = STEERING.send(HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("stub answered " + r.statusCode() + " to " + method + " " + path);
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
