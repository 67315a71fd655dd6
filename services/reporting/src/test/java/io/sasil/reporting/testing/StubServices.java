package io.sasil.reporting.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentChange;
import io.sasil.common.contract.DocumentClaimView;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactSubject;
import io.sasil.common.contract.FactView;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.EntityClaimCount;
import io.sasil.common.contract.EntryView;
import io.sasil.common.contract.Page;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.testing.StubServer;
import io.sasil.common.text.CodePoints;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Faithful stubs of the ingestion, glossary and claims HTTP contracts on one JDK HTTP server, serving
 * {@link Articles} and a small corpus ({@link StubServer}). Sets {@code sasil.test.<x>-client-url} for the three
 * clients.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private StubServer server;

    /**
     * Ingestion's change feed as the stub serves it, in (updatedAt, id) order: a deleted document first, then
     * HOSTILE analysed before PLAIN (a lower id that finished later), NO_GLOSSARY, NO_CLAIMS (back at RECEIVED
     * after a reprocess) and LARGE, two of them at the same instant.
     */
    public static final List<DocumentChange> CHANGES = List.of(
            new DocumentChange(60, null, at(0), true),
            new DocumentChange(Articles.HOSTILE, DocumentStatus.ANALYSED, at(1), false),
            new DocumentChange(Articles.PLAIN, DocumentStatus.ANALYSED, at(2), false),
            new DocumentChange(Articles.NO_GLOSSARY, DocumentStatus.ANALYSED, at(3), false),
            new DocumentChange(Articles.NO_CLAIMS, DocumentStatus.RECEIVED, at(4), false),
            new DocumentChange(Articles.LARGE, DocumentStatus.ANALYSED, at(4), false));

    private static OffsetDateTime at(int second) {
        return OffsetDateTime.parse("2025-02-03T00:00:00.123456Z").plusSeconds(second);
    }

    @Override
    public Map<String, String> start() {
        Map<Long, ArticleBuilder> articles = Map.of(Articles.PLAIN, Articles.plain(), Articles.HOSTILE,
                Articles.hostile(), Articles.NO_GLOSSARY, Articles.noGlossary(), Articles.NO_CLAIMS, Articles.noClaims(),
                Articles.LARGE, Articles.large());
        server = StubServer.start("reporting-stubs", exchange -> route(exchange, articles));
        String url = server.url();
        return Map.of("sasil.test.ingestion-client-url", url, "sasil.test.glossary-client-url", url,
                "sasil.test.claims-client-url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static void route(HttpExchange ex, Map<Long, ArticleBuilder> articles) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> query = StubServer.query(ex);
        String[] p = path.split("/");
        if (path.matches("/api/documents/\\d+")) {
            ArticleBuilder a = articles.get(Long.parseLong(p[3]));
            send(ex, a == null ? 404 : 200, a == null ? notFound() : a.document());
        } else if (path.equals("/api/documents/changes")) {
            OffsetDateTime since = query.get("since") == null ? null : OffsetDateTime.parse(query.get("since"));
            long after = Long.parseLong(query.getOrDefault("afterId", "0"));
            List<DocumentChange> next = CHANGES.stream()
                    .filter(c -> since == null || c.updatedAt().isAfter(since)
                            || (c.updatedAt().isEqual(since) && c.id() > after))
                    .limit(intOf(query.get("size"))).toList();
            send(ex, 200, next);
        } else if (path.equals("/api/documents")) {
            long total = "테스트일보".equals(query.get("source")) ? 2 : 4;
            send(ex, 200, new Page<>(List.of(), 0, 1, total));
        } else if (path.matches("/api/glossary/documents/\\d+")) {
            long id = Long.parseLong(p[4]);
            ArticleBuilder a = articles.get(id);
            boolean known = a != null && id != Articles.NO_GLOSSARY;
            send(ex, known ? 200 : 404, known ? a.glossary() : notFound());
        } else if (path.matches("/api/claims/documents/\\d+")) {
            long id = Long.parseLong(p[4]);
            ArticleBuilder a = articles.get(id);
            boolean known = a != null && id != Articles.NO_CLAIMS;
            send(ex, known ? 200 : 404, known ? a.claims() : notFound());
        } else if (path.equals("/api/glossary/entries")) {
            EntryView entry = "frequency".equals(query.get("sort")) ? entry(7, "새봄전자", 40) : entry(12, "<i>신생</i>기업", 1);
            send(ex, 200, new Page<>(List.of(entry), intOf(query.get("page")), intOf(query.get("size")), 1));
        } else if (path.matches("/api/glossary/entries/\\d+")) {
            long id = Long.parseLong(p[4]);
            send(ex, id == 8 ? 200 : 404, id == 8 ? entry(8, "누리랩", 6) : notFound());
        } else if (path.equals("/api/claims/stats/entities")) {
            send(ex, 200, List.of(new EntityClaimCount(7, "2025-01", 3), new EntityClaimCount(7, "2025-02", 2),
                    new EntityClaimCount(8, "2025-02", 5), new EntityClaimCount(8, "unknown", 1)));
        } else if (path.equals("/api/claims")) {
            List<DocumentClaimView> found = "8".equals(query.get("entity"))
                    ? List.of(founding(21, "🌱 ‘누리랩’은 2020년 설립됐다.", "2020"),
                            founding(22, "‘누리랩’은 2022년 설립됐다.", "2022"))
                    : List.of();
            send(ex, 200, new Page<>(found, 0, intOf(query.get("size")), found.size()));
        } else {
            send(ex, 404, notFound());
        }
    }

    private static DocumentClaimView founding(long doc, String text, String year) {
        int at = text.indexOf(year);
        int s = CodePoints.toCodePoint(text, at);
        QuantityView q = new QuantityView(s, s + 5, year + "년", year, "DATE", null, false, null, null);
        FactView founded = new FactView("founding", "설립", new FactSubject("entry:8", "누리랩", 8L),
                List.of("entry:8"), List.of(new FactRole(0, "date")));
        ClaimView c = new ClaimView(doc * 10, 0, CodePoints.length(text), text, true, ClaimType.TEMPORAL, 0.8,
                List.of(), List.of(q), null, null, List.of(8L), List.of(founded));
        return new DocumentClaimView(doc, OffsetDateTime.parse("2025-02-0" + (doc - 20) + "T09:00:00+09:00"), c);
    }

    private static EntryView entry(long id, String label, long frequency) {
        return new EntryView(id, label, "ORGANISATION", List.of(new EntryView.LabelView(label, "KOREAN")), frequency,
                2, OffsetDateTime.parse("2025-01-10T09:00:00+09:00"), 1L);
    }

    private static Map<String, Object> notFound() {
        return Map.of("type", "https://sasil.io/problems/not-found", "title", "Resource not found", "status", 404);
    }

    private static int intOf(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        StubServer.send(ex, status, status == 200 ? "application/json" : "application/problem+json",
                JSON.writeValueAsString(body));
    }
}
