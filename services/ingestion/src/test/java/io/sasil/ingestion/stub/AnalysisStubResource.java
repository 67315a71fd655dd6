package io.sasil.ingestion.stub;

import com.sun.net.httpserver.HttpExchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.sasil.common.testing.StubServer;
import java.io.IOException;
import java.util.Map;

/**
 * Starts stubs of glossary and claims ({@link AnalysisStub}) and a control server for tests, and
 * points ingestion at them: {@code sasil.test.glossary-client-url} and
 * {@code sasil.test.claims-client-url} (read by the {@code %test} client URLs), and
 * {@code sasil.test.stub-control-url} for {@link StubControl}. The control API is HTTP so that
 * tests, which Quarkus loads in another class loader, share the stubs without static state.
 */
public class AnalysisStubResource implements QuarkusTestResourceLifecycleManager {

    private AnalysisStub glossary;
    private AnalysisStub claims;
    private StubServer control;

    @Override
    public Map<String, String> start() {
        glossary = new AnalysisStub("glossary");
        claims = new AnalysisStub("claims");
        control = StubServer.start("stub-control", this::control);
        return Map.of("sasil.test.glossary-client-url", glossary.url(),
                "sasil.test.claims-client-url", claims.url(),
                "sasil.test.stub-control-url", control.url());
    }

    @Override
    public void stop() {
        if (control != null) {
            control.close();
        }
        if (glossary != null) {
            glossary.close();
        }
        if (claims != null) {
            claims.close();
        }
    }

    /** {@code /reset}; {@code /{service}/stop|start|mode|calls|max-concurrent}. */
    private void control(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().substring(1).split("/");
        Map<String, String> q = StubServer.query(exchange);
        String answer = "ok";
        if (parts[0].equals("reset")) {
            glossary.reset();
            claims.reset();
            glossary.start();
            claims.start();
        } else {
            AnalysisStub stub = parts[0].equals("glossary") ? glossary : claims;
            switch (parts[1]) {
                case "stop" -> stub.stop();
                case "start" -> stub.start();
                case "mode" -> stub.mode(q.get("doc"), q.get("mode"));
                case "calls" -> {
                    long id = Long.parseLong(q.get("doc"));
                    answer = stub.successes(id) + " " + stub.failures(id) + " " + stub.forgets(id) + " " + stub.running(id);
                }
                case "max-concurrent" -> answer = Integer.toString(stub.maxConcurrentPerDocument());
                default -> answer = "unknown";
            }
        }
        StubServer.send(exchange, 200, "text/plain", answer);
    }
}
