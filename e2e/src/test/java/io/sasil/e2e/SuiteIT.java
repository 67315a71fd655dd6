package io.sasil.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.sasil.client.ingestion.api.DocumentsApi;
import io.sasil.client.ingestion.model.ArticleRequest;
import io.sasil.client.ingestion.model.DocumentView;
import io.sasil.client.reporting.api.ReportsApi;
import io.sasil.client.reporting.model.DocumentReport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four packaged services, as separate processes, analysing articles together over HTTP, with
 * real tokens of the suite's identity provider (Keycloak in CI, else the local key): requests
 * authenticate as an editor unless they name another token.
 */
class SuiteIT {

    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.startAsEditor(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        Suite.tearDown(suite);
    }

    @Test
    void refusedTokensAreUnauthorizedProblemsOnEveryService() throws Exception {
        Map<String, String> refused = suite.identity().refusedTokens();
        assertEquals(Set.of("expired", "signed by another key", "alg none", "wrong audience", "wrong issuer"),
                refused.keySet());
        Map<String, String> reads = Map.of("ingestion", "/api/documents", "glossary", "/api/glossary/entries",
                "claims", "/api/claims", "reporting", "/api/reports/corpus");
        for (Map.Entry<String, String> read : reads.entrySet()) {
            String url = suite.url(read.getKey()) + read.getValue();
            given().header("Authorization", "Bearer " + suite.identity().token("reader")).get(url)
                    .then().statusCode(200);
            for (Map.Entry<String, String> token : refused.entrySet()) {
                given().header("Authorization", "Bearer " + token.getValue()).get(url)
                        .then().statusCode(401).contentType(containsString("application/problem+json"))
                        .body("type", equalTo("https://sasil.io/problems/unauthorized"));
            }
            given().header("Authorization", "").get(url).then().statusCode(401)
                    .contentType(containsString("application/problem+json"));
        }
    }

    @Test
    void aReaderReadsButCannotWriteAndUserTokensCannotCallInternalEndpoints() {
        String reader = "Bearer " + suite.identity().token("reader");
        given().header("Authorization", reader).contentType(ContentType.JSON).body(Map.of("text", "수출이 12% 늘었다."))
                .post(suite.url("ingestion") + "/api/documents")
                .then().statusCode(403).contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://sasil.io/problems/forbidden"));
        given().header("Authorization", reader).contentType(ContentType.JSON).body(Map.of("text", "수출이 12% 늘었다고 밝혔다."))
                .post(suite.url("claims") + "/api/claims/extract").then().statusCode(200);
        given().header("Authorization", "Bearer " + suite.identity().token("editor")).delete(suite.url("ingestion")
                + "/api/documents/1").then().statusCode(403);
        Map<String, Object> analysis = Map.of("documentId", 1, "text", "가", "sentences", List.of());
        for (String role : List.of("reader", "editor", "admin")) {
            for (String service : List.of("glossary", "claims")) {
                given().header("Authorization", "Bearer " + suite.identity().token(role)).contentType(ContentType.JSON)
                        .body(analysis).put(suite.url(service) + "/internal/" + service + "/documents/1/analysis")
                        .then().statusCode(403).contentType(containsString("application/problem+json"));
                given().header("Authorization", "Bearer " + suite.identity().token(role))
                        .delete(suite.url(service) + "/internal/" + service + "/documents/1/analysis")
                        .then().statusCode(403);
            }
        }
    }

    @Test
    void anArticleIsStoredSplitAnalysedAndReported() throws Exception {
        String text = Files.readString(suite.root().resolve("docs/samples/article-ko.txt"));
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("title", "배터리 강국의 조건", "text", text, "source", "e2e", "publishedAt", "2025-03-10"))
                .post(suite.url("ingestion") + "/api/documents")
                .then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");

        JsonPath document = awaitStatus(id, "ANALYSED", Duration.ofSeconds(90));
        List<Map<String, Object>> sentences = document.getList("sentences");
        assertTrue(sentences.size() >= 10, "the sample has at least ten sentences: " + sentences.size());
        String stored = document.getString("text");
        for (Map<String, Object> s : sentences) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertEquals(s.get("text"), codePoints(stored, start, end), "sentence offsets are code points");
        }

        JsonPath report = given().get(suite.url("reporting") + "/api/reports/documents/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(id, report.getLong("document.id"));
        assertTrue(report.getList("missing").isEmpty(), "every part is present: " + report.getList("missing"));
        List<Map<String, Object>> glosses = report.getList("glosses");
        assertFalse(glosses.isEmpty(), "the glossary service found glosses");
        for (Map<String, Object> g : glosses) {
            assertEquals(g.get("term"), codePoints(stored, (Integer) g.get("termStart"), (Integer) g.get("termEnd")));
            assertTrue(g.get("entryId") != null, "every stored gloss belongs to an entry");
        }
        List<Map<String, Object>> claims = report.getList("claims");
        assertFalse(claims.isEmpty(), "the claims service found claims");
        assertTrue(claims.stream().anyMatch(c -> !((List<?>) c.get("subjects")).isEmpty()),
                "claims name glossary entries as subjects (claims read the glossary over HTTP)");
        assertEquals(sentences.size(), report.getInt("summary.sentences"));
        assertTrue(claims.stream().anyMatch(c -> !((List<?>) c.get("quantities")).isEmpty()),
                "claims carry normalised quantities");

        // the consistency checks ran on what the services found: the sample states 35% − 21% = 14%p
        List<Map<String, Object>> checks = report.getList("checks");
        assertTrue(checks.stream().anyMatch(c -> "percentage-points".equals(c.get("check"))
                && "CONSISTENT".equals(c.get("verdict"))), "percentage points checked: " + checks);
        assertTrue(checks.stream().noneMatch(c -> "INCONSISTENT".equals(c.get("verdict"))),
                "the sample holds together: " + checks);

        // the other formats of the same report
        String markdown = given().accept("text/markdown").get(suite.url("reporting") + "/api/reports/documents/" + id)
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();
        assertTrue(markdown.contains("percentage-points"), markdown);
        given().get(suite.url("reporting") + "/api/reports/documents/" + id + "?format=html")
                .then().statusCode(200).contentType(containsString("text/html"));
        given().get(suite.url("reporting") + "/api/reports/corpus")
                .then().statusCode(200);

        // the same content again is the same document
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post(suite.url("ingestion") + "/api/documents")
                .then().statusCode(200);
    }

    /**
     * The Java clients generated at build time from the services' stored OpenAPI documents (e2e/pom.xml,
     * docs/api.md) take an article from ingestion to its report, with a response that must match the
     * documented schemas exactly (unknown properties fail): a contract change that breaks such a client, or a
     * service answering outside its contract, breaks this build.
     */
    @Test
    void theGeneratedClientsTakeAnArticleFromIngestionToItsReport() throws Exception {
        String token = suite.identity().token("editor");
        io.sasil.client.ingestion.ApiClient ingestion = new io.sasil.client.ingestion.ApiClient();
        ingestion.updateBaseUri(suite.url("ingestion"));
        ingestion.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ingestion.getObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        io.sasil.client.reporting.ApiClient reporting = new io.sasil.client.reporting.ApiClient();
        reporting.updateBaseUri(suite.url("reporting"));
        reporting.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        reporting.getObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        DocumentsApi documents = new DocumentsApi(ingestion);
        ReportsApi reports = new ReportsApi(reporting);

        String text = "반도체 수출이 지난달 1,200억 달러로 8% 늘었다고 산업통상자원부가 밝혔다.\n"
                + "인공지능(AI) 서버에 쓰이는 고대역폭메모리(HBM)가 증가를 이끌었다.";
        DocumentView created = documents.createDocument(new ArticleRequest().title("생성된 클라이언트").text(text)
                .source("e2e-client").publishedAt("2025-03-10"), null, null, null, null, null, null);
        long id = created.getId();
        assertEquals(2, created.getSentences().size(), "two sentences: " + created.getSentences());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        DocumentView document = created;
        while (document.getStatus() != io.sasil.client.ingestion.model.DocumentStatus.ANALYSED
                && Instant.now().isBefore(deadline)) {
            assertFalse(document.getStatus() == io.sasil.client.ingestion.model.DocumentStatus.FAILED,
                    "analysis failed: " + document.getFailureReason());
            Thread.sleep(300);
            document = documents.getDocument(id, null);
        }
        assertEquals(io.sasil.client.ingestion.model.DocumentStatus.ANALYSED, document.getStatus());
        assertEquals(text, document.getText());

        DocumentReport report = reports.getDocumentReport(id, "json");
        assertEquals(id, report.getDocument().getId());
        assertTrue(report.getMissing().isEmpty(), "every part is present: " + report.getMissing());
        assertTrue(report.getGlosses().stream().anyMatch(g -> "인공지능".equals(g.getTerm()) && "AI".equals(g.getGloss())),
                "the gloss 인공지능(AI) is found: " + report.getGlosses());
        assertTrue(report.getClaims().stream().anyMatch(c -> c.getText().contains("8%")),
                "the claim with 8% is found: " + report.getClaims());

        // an error is the documented problem: the client sees its status and its problem+json body
        io.sasil.client.reporting.ApiException missing = org.junit.jupiter.api.Assertions.assertThrows(
                io.sasil.client.reporting.ApiException.class, () -> reports.getDocumentReport(id + 100_000, "json"));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("https://sasil.io/problems/not-found"), missing.getResponseBody());
    }

    @Test
    void documentsPostedWhileGlossaryIsDownEndAnalysedExactlyOnce() throws Exception {
        suite.stop("glossary");
        List<Long> ids = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                String text = "연구개발(R&D) 예산은 " + (1000 + i) + "억 원으로 " + (3 + i) + "% 늘었다고 기획재정부가 밝혔다.\n"
                        + "첨단소재(advanced materials) 분야가 가장 많이 늘었다.";
                ids.add(given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "e2e-outage"))
                        .post(suite.url("ingestion") + "/api/documents")
                        .then().statusCode(201).extract().jsonPath().getLong("id"));
            }
            // while glossary is down, no document gets past its first step, and the failures are recorded
            Thread.sleep(3000);
            for (long id : ids) {
                JsonPath doc = given().get(suite.url("ingestion") + "/api/documents/" + id).then().statusCode(200)
                        .extract().jsonPath();
                assertEquals("RECEIVED", doc.getString("status"));
            }
            // an unreachable service postpones the documents without counting attempts (they wait for it)
            for (long id : ids) {
                JsonPath doc = given().get(suite.url("ingestion") + "/api/documents/" + id).then().extract().jsonPath();
                assertEquals(0, doc.getInt("attempts"), "no attempt counted while glossary is down");
            }
            assertTrue(ids.stream().anyMatch(id -> String.valueOf(given().get(suite.url("ingestion") + "/api/documents/" + id)
                    .then().extract().jsonPath().getString("failureReason")).startsWith("waiting, glossary")),
                    "the documents say what they wait for");
        } finally {
            suite.start("glossary");
            suite.awaitReady("glossary", Duration.ofSeconds(120));
        }
        for (long id : ids) {
            awaitStatus(id, "ANALYSED", Duration.ofSeconds(120));
            JsonPath stored = given().get(suite.url("glossary") + "/api/glossary/documents/" + id).then()
                    .statusCode(200).extract().jsonPath();
            String text = given().get(suite.url("ingestion") + "/api/documents/" + id).then().extract().jsonPath()
                    .getString("text");
            JsonPath fresh = given().contentType(ContentType.JSON).body(Map.of("text", text))
                    .post(suite.url("glossary") + "/api/glossary/extract").then().statusCode(200).extract().jsonPath();
            assertEquals(fresh.getList("glosses").size(), stored.getList("glosses").size(),
                    "document " + id + " was analysed exactly once (no duplicated glosses)");
            JsonPath claims = given().get(suite.url("claims") + "/api/claims/documents/" + id).then().statusCode(200)
                    .extract().jsonPath();
            long distinctStarts = claims.getList("claims.start").stream().distinct().count();
            assertEquals(claims.getList("claims").size(), distinctStarts, "no duplicated claims");
        }
    }

    private static JsonPath awaitStatus(long id, String status, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonPath last = null;
        while (Instant.now().isBefore(deadline)) {
            last = given().get(suite.url("ingestion") + "/api/documents/" + id).then().statusCode(200)
                    .extract().jsonPath();
            if (status.equals(last.getString("status"))) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("document " + id + " did not reach " + status + ": "
                + (last == null ? "never read" : last.getString("status") + " / " + last.getString("failureReason")));
    }

    static String codePoints(String text, int start, int end) {
        int s = text.offsetByCodePoints(0, start);
        int e = text.offsetByCodePoints(s, end - start);
        return text.substring(s, e);
    }
}
