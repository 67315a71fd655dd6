package io.sasil.claims.rest;

import static io.sasil.common.testing.StubServer.problem;
import static io.sasil.common.testing.StubServer.send;

import com.sun.net.httpserver.HttpExchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.sasil.common.testing.StubServer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * It sets {@code sasil.test.glossary-client-url}. Built on the suite's {@link StubServer}.
 */
public class GlossaryStub implements QuarkusTestResourceLifecycleManager {

    private static final String URL_KEY = "sasil.test.glossary-client-url";

    private StubServer server;
    private final Map<Long, String> documents = new ConcurrentHashMap<>();
    private volatile String dictionary = "";
    private volatile int dictionaryStatus = 200;
    private volatile int documentStatus = 200;

    @Override
    public Map<String, String> start() {
        server = StubServer.start("glossary-stub", x -> {
            if (x.getRequestURI().getPath().startsWith("/__stub/")) {
                control(x);
            } else {
                glossary(x);
            }
        });
        return Map.of(URL_KEY, server.url());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void glossary(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        if (!x.getRequestMethod().equals("GET")) {
            problem(x, 405, null);
        } else if (path.equals("/api/glossary/user-dictionary")) {
            if (dictionaryStatus != 200) {
                problem(x, dictionaryStatus, null);
            } else {
                send(x, 200, "text/plain;charset=UTF-8", dictionary);
            }
        } else if (path.startsWith("/api/glossary/documents/")) {
            if (documentStatus != 200) {
                problem(x, documentStatus, null);
                return;
            }
            long id = Long.parseLong(path.substring("/api/glossary/documents/".length()));
            StubServer.json(x, 200, documents.getOrDefault(id,
                    "{\"documentId\":" + id + ",\"glosses\":[],\"mentions\":[]}"));
        } else {
            problem(x, 404, null);
        }
    }

    private void control(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String body = StubServer.body(x);
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
            send(x, 404, "text/plain", null);
            return;
        }
        send(x, 204, "text/plain", null);
    }

    // ---- steering from tests (over HTTP) ----

    /** Serves {@code json} (a DocumentGlossaryView) for the document. */
    public static void putDocument(long id, String json) {
        StubServer.steer(URL_KEY, "PUT", "/__stub/documents/" + id, json);
    }

    /** Serves {@code text} as the user dictionary (status 200). */
    public static void putDictionary(String text) {
        StubServer.steer(URL_KEY, "PUT", "/__stub/user-dictionary", text);
    }

    /** Answers the user dictionary with this status (200 to serve it again). */
    public static void dictionaryStatus(int status) {
        StubServer.steer(URL_KEY, "PUT", "/__stub/user-dictionary-status", Integer.toString(status));
    }

    /** Answers every document read with this status (200 to serve them again). */
    public static void failDocuments(int status) {
        StubServer.steer(URL_KEY, "PUT", "/__stub/documents-status", Integer.toString(status));
    }
}
