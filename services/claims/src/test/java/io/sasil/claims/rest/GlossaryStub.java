package io.sasil.claims.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A faithful stub of the glossary's HTTP contract, on a JDK {@link HttpServer}:
 * <ul>
 *   <li>{@code GET /api/glossary/documents/{id}} → {@code DocumentGlossaryView} JSON (what a test put
 *       there, else {@code {"documentId": id, "glosses": [], "mentions": []}}, as the glossary answers
 *       for a document it never analysed);</li>
 *   <li>{@code GET /api/glossary/user-dictionary} → {@code text/plain}, Nori's user dictionary format.</li>
 * </ul>
 * Tests steer it over HTTP ({@code PUT /__stub/…}), because the stub and the application under test
 * live in different class loaders: {@link #putDocument}, {@link #putDictionary}, {@link #failDocuments}.
 * It sets {@code sasil.test.glossary-client-url}.
 */
public class GlossaryStub implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final Map<Long, String> documents = new ConcurrentHashMap<>();
    private volatile String dictionary = "";
    private volatile int dictionaryStatus = 200;
    private volatile int documentStatus = 200;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/glossary/", this::glossary);
        server.createContext("/__stub/", this::control);
        server.start();
        return Map.of("sasil.test.glossary-client-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void glossary(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        if (!x.getRequestMethod().equals("GET")) {
            send(x, 405, "application/problem+json", "{\"status\":405}");
        } else if (path.equals("/api/glossary/user-dictionary")) {
            if (dictionaryStatus != 200) {
                send(x, dictionaryStatus, "application/problem+json", "{\"status\":" + dictionaryStatus + "}");
            } else {
                send(x, 200, "text/plain;charset=UTF-8", dictionary);
            }
        } else if (path.startsWith("/api/glossary/documents/")) {
            if (documentStatus != 200) {
                send(x, documentStatus, "application/problem+json", "{\"status\":" + documentStatus + "}");
                return;
            }
            long id = Long.parseLong(path.substring("/api/glossary/documents/".length()));
            send(x, 200, "application/json", documents.getOrDefault(id,
                    "{\"documentId\":" + id + ",\"glosses\":[],\"mentions\":[]}"));
        } else {
            send(x, 404, "application/problem+json", "{\"status\":404}");
        }
    }

    private void control(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.startsWith("/__stub/documents/")) {
            documents.put(Long.parseLong(path.substring("/__stub/documents/".length())), body);
        } else if (path.equals("/__stub/user-dictionary")) {
            dictionary = body;
            dictionaryStatus = 200;
        } else if (path.equals("/__stub/user-dictionary-status")) {
            dictionaryStatus = Integer.parseInt(body.strip());
        } else if (path.equals("/__stub/documents-status")) {
            documentStatus = Integer.parseInt(body.strip());
        } else {
            send(x, 404, "text/plain", "");
            return;
        }
        send(x, 204, "text/plain", null);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- steering from tests (over HTTP) ----

    /** Serves {@code json} (a DocumentGlossaryView) for the document. */
    public static void putDocument(long id, String json) {
        put("/__stub/documents/" + id, json);
    }

    /** Serves {@code text} as the user dictionary (status 200). */
    public static void putDictionary(String text) {
        put("/__stub/user-dictionary", text);
    }

    /** Answers the user dictionary with this status (200 to serve it again). */
    public static void dictionaryStatus(int status) {
        put("/__stub/user-dictionary-status", Integer.toString(status));
    }

    /** Answers every document read with this status (200 to serve them again). */
    public static void failDocuments(int status) {
        put("/__stub/documents-status", Integer.toString(status));
    }

    private static void put(String path, String body) {
        String base = ConfigProvider.getConfig().getValue("sasil.test.glossary-client-url", String.class);
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 204) {
                throw new IllegalStateException("stub answered " + r.statusCode() + " to " + path);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
