package io.sasil.claims.rest;

import static io.sasil.common.testing.TestTokens.asService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.text.CodePoints;
import io.sasil.common.text.Paragraph;
import io.sasil.common.text.Sentence;
import io.sasil.common.text.SentenceSplitter;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The per-document analysis (ingestion's call) against the glossary stub, what is stored, the
 * corpus queries and counts, and their bad inputs.
 */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class ClaimsDocumentResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    /** Three claims (the first two about 딥시크/엔비디아), one exhortation that also names 딥시크. */
    private static final String ARTICLE = "🚀 딥시크는 지난해 훈련 비용으로 557만 6,000달러를 썼다고 밝혔다. "
            + "엔비디아 주가는 하루 만에 17% 떨어졌다.\n"
            + "딥시크에 대해 정부는 대책을 서둘러야 한다. 딥시크는 2023년 5월 출범했다.";

    /** Analyses {@code text} as document {@code id}; the stub names each term's occurrences with its entry. */
    static int analyse(long id, String text, String publishedAt, Map<String, Long> terms) {
        List<MentionView> mentions = new ArrayList<>();
        terms.forEach((term, entry) -> {
            for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
                int start = CodePoints.toCodePoint(text, i);
                mentions.add(new MentionView(start, start + CodePoints.length(term), term, entry, term));
            }
        });
        GlossaryStub.putDocument(id, json(new DocumentGlossaryView(id, List.of(), mentions)));
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (Paragraph p : new SentenceSplitter().split(text)) {
            for (Sentence s : p.sentences()) {
                sentences.add(Map.of("index", s.index(), "paragraph", s.paragraph(), "start", s.start(), "end", s.end(),
                        "text", s.text()));
            }
        }
        Map<String, Object> body = new HashMap<>();
        body.put("documentId", id);
        body.put("text", text);
        body.put("publishedAt", publishedAt);
        body.put("sentences", sentences);
        return asService().contentType("application/json").body(body).put("/internal/claims/documents/" + id + "/analysis")
                .then().statusCode(200).body("service", equalTo("claims")).body("documentId", equalTo((int) id))
                .extract().path("items");
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> terms(long deepseek, long nvidia) {
        Map<String, Long> t = new LinkedHashMap<>();
        t.put("딥시크", deepseek);
        t.put("엔비디아", nvidia);
        return t;
    }

    @Test
    void analysisStoresClaimsWithQuantitiesAndSubjects() {
        int stored = analyse(1001, ARTICLE, "2025-02-03T09:00:00+09:00", terms(7001, 7002));
        org.junit.jupiter.api.Assertions.assertEquals(3, stored);
        given().get("/api/claims/documents/1001").then().statusCode(200)
                .body("documentId", equalTo(1001))
                .body("claims", hasSize(3))
                .body("claims.id", everyItem(notNullValue()))
                .body("claims[0].start", equalTo(0))
                .body("claims[0].subjects", contains(7001))
                .body("claims[0].speaker", equalTo("딥시크"))
                .body("claims[0].quantities.text", contains("지난해", "557만 6,000달러"))
                .body("claims[0].quantities[0].value", equalTo("2024"))
                .body("claims[0].quantities[1].value", equalTo(5576000))
                .body("claims[0].quantities[1].unit", equalTo("USD"))
                // the quantity's offsets are code points of the stored text (the rocket counts one)
                .body("claims[0].quantities[1].start", equalTo(ARTICLE.codePointCount(0, ARTICLE.indexOf("557만"))))
                .body("claims[1].subjects", contains(7002))
                .body("claims[1].quantities.unit", contains("DURATION", "PERCENT"))
                .body("claims[2].subjects", contains(7001))
                .body("claims[2].quantities[0].value", equalTo("2023-05"));
    }

    @Test
    void storedClaimsCarryTheirFacts() {
        analyse(1011, ARTICLE, "2025-02-03T09:00:00+09:00", terms(7001, 7002));
        given().get("/api/claims/documents/1011").then().statusCode(200)
                .body("claims[0].facts.predicate", hasItem("spending"))
                .body("claims[0].facts.find { it.predicate == 'spending' }.roles[0].quantity", equalTo(1))
                .body("claims[0].facts.find { it.predicate == 'spending' }.roles[0].role", equalTo("amount"))
                .body("claims[0].facts.find { it.predicate == 'spending' }.coSubjects", contains("entry:7001"))
                .body("claims[2].facts[0].predicate", equalTo("founding"))
                .body("claims[2].facts[0].predicateText", equalTo("출범"))
                .body("claims[2].facts[0].subject.key", equalTo("entry:7001"))
                .body("claims[2].facts[0].subject.entryId", equalTo(7001))
                .body("claims[2].facts[0].roles[0].role", equalTo("date"));
    }

    @Test
    void claimsStoredBeforeFactsGetThemWhenRead() {
        analyse(1012, ARTICLE, "2025-02-03T09:00:00+09:00", terms(7001, 7002));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update claim set facts = null where document_id = 1012").executeUpdate());
        given().get("/api/claims/documents/1012").then().statusCode(200)
                .body("claims[2].facts[0].predicate", equalTo("founding"))
                .body("claims[2].facts[0].subject.entryId", equalTo(7001));
        // the read wrote nothing: a reanalysis is what stores them
        long missing = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from claim where document_id = 1012 and facts is null").getSingleResult()).longValue());
        org.junit.jupiter.api.Assertions.assertEquals(3, missing);
    }

    @Test
    void analysingAgainReplacesAndDeleteForgets() {
        analyse(1002, ARTICLE, "2025-02-03T09:00:00+09:00", terms(7011, 7012));
        analyse(1002, ARTICLE, "2025-02-03T09:00:00+09:00", terms(7011, 7012));
        given().get("/api/claims/documents/1002").then().body("claims", hasSize(3));
        given().queryParam("documentId", 1002).get("/api/claims").then().body("total", equalTo(3));
        given().queryParam("entity", 7011).get("/api/claims/stats/entities").then()
                .body("claims", contains(2));
        asService().delete("/internal/claims/documents/1002/analysis").then().statusCode(204);
        given().get("/api/claims/documents/1002").then().statusCode(200).body("claims", empty());
        given().queryParam("documentId", 1002).get("/api/claims").then().body("total", equalTo(0));
        given().queryParam("entity", 7011).get("/api/claims/stats/entities").then().body("$", empty());
        asService().delete("/internal/claims/documents/1002/analysis").then().statusCode(204);
        // an analysis arriving after the forget (a worker still running in ingestion) is refused and stores nothing
        Map<String, Object> late = Map.of("documentId", 1002, "text", "수출이 12% 늘었다고 밝혔다.",
                "sentences", List.of(Map.of("index", 0, "paragraph", 0, "start", 0, "end", 17, "text", "수출이 12% 늘었다고 밝혔다.")));
        asService().contentType("application/json").body(late).put("/internal/claims/documents/1002/analysis")
                .then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("https://sasil.io/problems/document-deleted"));
        given().get("/api/claims/documents/1002").then().statusCode(200).body("claims", empty());
    }

    @Test
    void searchFiltersByEntityTypeUnitValueScoreAndDate() {
        analyse(1003, ARTICLE, "2025-02-03T09:00:00+09:00", terms(7021, 7022));
        analyse(1004, "딥시크는 지난달 직원 180명을 새로 뽑았다고 밝혔다.", "2025-03-10T10:00:00+09:00", terms(7021, 7022));
        given().queryParam("entity", 7021).get("/api/claims").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.documentId", contains(1003, 1003, 1004))
                .body("items[0].publishedAt", notNullValue())
                .body("items[0].claim.subjects", contains(7021))
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().queryParam("entity", 7021).queryParam("unit", "usd").queryParam("minValue", 5_000_000)
                .queryParam("maxValue", 6_000_000).get("/api/claims").then().body("total", equalTo(1));
        given().queryParam("entity", 7021).queryParam("unit", "USD").queryParam("minValue", 6_000_000)
                .get("/api/claims").then().body("total", equalTo(0));
        given().queryParam("entity", 7021).queryParam("unit", "PERSON").queryParam("maxValue", 180)
                .get("/api/claims").then().body("total", equalTo(1)).body("items[0].documentId", equalTo(1004));
        given().queryParam("documentId", 1003).queryParam("type", "quantity").get("/api/claims").then()
                .body("items.claim.type", everyItem(equalTo("QUANTITY")));
        given().queryParam("documentId", 1003).queryParam("minScore", 1.01).get("/api/claims").then()
                .body("total", equalTo(0));
        given().queryParam("entity", 7021).queryParam("from", "2025-03-01").get("/api/claims").then()
                .body("total", equalTo(1));
        given().queryParam("entity", 7021).queryParam("to", "2025-02-03").get("/api/claims").then()
                .body("total", equalTo(2));
        given().queryParam("entity", 7021).queryParam("to", "2025-02-02").get("/api/claims").then()
                .body("total", equalTo(0));
        given().queryParam("entity", 7021).queryParam("from", "2025-02-03T00:00:01Z").get("/api/claims").then()
                .body("total", equalTo(1));
        given().queryParam("entity", 7021).queryParam("size", 2).queryParam("page", 1).get("/api/claims").then()
                .body("items", hasSize(1)).body("total", equalTo(3)).body("page", equalTo(1));
    }

    @Test
    void entityCountsAreByMonthOfPublication() {
        analyse(1005, ARTICLE, "2025-02-28T23:30:00+09:00", terms(7031, 7032));
        analyse(1006, "딥시크는 지난달 직원 180명을 새로 뽑았다고 밝혔다.", "2025-03-01T00:30:00+09:00", terms(7031, 7032));
        analyse(1007, "엔비디아 주가는 하루 만에 17% 떨어졌다.", null, terms(7031, 7032));
        given().queryParam("entity", 7031).get("/api/claims/stats/entities").then().statusCode(200)
                .body("entryId", contains(7031, 7031))
                .body("period", contains("2025-02", "2025-03"))
                .body("claims", contains(2, 1));
        given().queryParam("entity", 7032).get("/api/claims/stats/entities").then()
                .body("period", contains("2025-02", "unknown"))
                .body("claims", contains(1, 1));
        given().queryParam("entity", 7031).queryParam("from", "2025-03-01").get("/api/claims/stats/entities").then()
                .body("period", contains("2025-03"));
        given().queryParam("entity", 7031).queryParam("top", 1).get("/api/claims/stats/entities").then()
                .statusCode(200).body("period", contains("2025-02", "2025-03"));
        given().queryParam("top", 0).get("/api/claims/stats/entities").then().statusCode(400);
        given().queryParam("top", "all").get("/api/claims/stats/entities").then().statusCode(400);
    }

    @Test
    void glossaryDownIsServiceUnavailable() {
        GlossaryStub.failDocuments(503);
        try {
            asService().contentType("application/json").body(Map.of("documentId", 1008, "text", "회원은 3명이다.",
                            "sentences", List.of(Map.of("index", 0, "paragraph", 0, "start", 0, "end", 9, "text", "회원은 3명이다."))))
                    .put("/internal/claims/documents/1008/analysis").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://sasil.io/problems/dependency-unavailable"));
        } finally {
            GlossaryStub.failDocuments(200);
        }
        given().get("/api/claims/documents/1008").then().body("claims", empty());
    }

    @ParameterizedTest(name = "sentence [{0}, {1})")
    @CsvSource({"0, 99", "-1, 3", "5, 2"})
    void sentencesOutsideTheTextAreAProblem(int start, int end) {
        asService().contentType("application/json").body(Map.of("documentId", 1009, "text", "회원은 3명이다.",
                        "sentences", List.of(Map.of("index", 0, "paragraph", 0, "start", start, "end", end, "text", "x"))))
                .put("/internal/claims/documents/1009/analysis").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sentences[0]"));
    }

    @Test
    void bodyMustMatchThePathAndCarryTextAndSentences() {
        asService().contentType("application/json").body(Map.of("documentId", 2, "text", "가", "sentences", List.of()))
                .put("/internal/claims/documents/1/analysis").then().statusCode(400)
                .body("errors[0].field", equalTo("documentId"));
        asService().contentType("application/json").body(Map.of("documentId", 1, "sentences", List.of()))
                .put("/internal/claims/documents/1/analysis").then().statusCode(400).body("errors[0].field", equalTo("text"));
        asService().contentType("application/json").body(Map.of("documentId", 1, "text", "가"))
                .put("/internal/claims/documents/1/analysis").then().statusCode(400)
                .body("errors[0].field", equalTo("sentences"));
        asService().contentType("application/json").body(Map.of("documentId", 1, "text", "가", "sentences", List.of(),
                        "publishedAt", "last tuesday"))
                .put("/internal/claims/documents/1/analysis").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void emptyDocumentStoresNothing() {
        org.junit.jupiter.api.Assertions.assertEquals(0, analyse(1010, "", null, Map.of()));
        org.junit.jupiter.api.Assertions.assertEquals(0, analyse(1011, "No Korean here, 12% of 2024.", null, Map.of()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"entity, abc", "type, OPINION", "unit, 원화", "minValue, lots", "maxValue, NaN", "minScore, high",
        "from, yesterday", "to, 2025-02-30", "documentId, 1.5", "page, -1", "size, 0", "size, 501", "page, x"})
    void badQueryParametersAreProblemsNamingThem(String name, String value) {
        var request = given().queryParam(name, value);
        if (name.endsWith("Value")) {
            request = request.queryParam("unit", "KRW");
        }
        request.get("/api/claims").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(name));
    }

    @Test
    void valueRangeNeedsAUnit() {
        given().queryParam("minValue", 1).get("/api/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("minValue"));
        given().queryParam("entity", "x").get("/api/claims/stats/entities").then().statusCode(400)
                .body("errors[0].field", equalTo("entity"));
        given().queryParam("from", "soon").get("/api/claims/stats/entities").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
