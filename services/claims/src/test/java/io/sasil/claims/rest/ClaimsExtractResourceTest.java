package io.sasil.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/claims/extract}: claims of a text, and every bad input. */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class ClaimsExtractResourceTest {

    private static final String TEXT = "통계청에 따르면 지난해 실업률은 3.1%였다. 정부는 대책을 서둘러야 한다. "
            + "한빛항공은 지난 1월 20일 신형 여객기 12대를 도입했다.";

    @Test
    void claimsOnlyByDefault() {
        given().contentType("application/json").body(Map.of("text", TEXT, "publishedAt", "2025-02-03T09:00:00+09:00"))
                .post("/api/claims/extract").then().statusCode(200)
                .body("claims", hasSize(2))
                .body("claims.claim", everyItem(equalTo(true)))
                .body("claims[0].start", equalTo(0)).body("claims[0].end", equalTo(25))
                .body("claims[0].type", equalTo("QUANTITY"))
                .body("claims[0].speaker", equalTo("통계청"))
                .body("claims[0].score", greaterThanOrEqualTo(0.5f))
                .body("claims[0].quantities.text", contains("지난해", "3.1%"))
                .body("claims[0].quantities[0].value", equalTo("2024"))
                .body("claims[0].quantities[1].unit", equalTo("PERCENT"))
                .body("claims[1].quantities[0].value", equalTo("2025-01-20"))
                .body("claims[1].quantities[1].counter", equalTo("대"))
                .body("claims[1].subjects", empty())
                .body("claims[1].id", nullValue());
    }

    @Test
    void allReturnsTheNonClaimsWithTheirScores() {
        given().contentType("application/json").body(Map.of("text", TEXT)).queryParam("all", true)
                .post("/api/claims/extract").then().statusCode(200)
                .body("claims", hasSize(3))
                .body("claims[1].claim", equalTo(false))
                .body("claims[1].type", nullValue())
                .body("claims[1].score", lessThan(0.5f))
                .body("claims[1].reasons[0]", startsWith("exhortation"));
    }

    @Test
    void withoutPublishedAtRelativeDatesKeepTheirSpanWithAnUnresolvedValue() {
        given().contentType("application/json").body(Map.of("text", "지난해 수출은 2023년보다 4% 늘었다고 정부가 밝혔다."))
                .post("/api/claims/extract").then().statusCode(200)
                .body("claims[0].quantities.text", contains("지난해", "2023년", "4%"))
                .body("claims[0].quantities[0].value", startsWith("REF"))
                .body("claims[0].quantities[1].value", equalTo("2023"));
    }

    @ParameterizedTest(name = "publishedAt {0} reads 지난해 as {1}")
    @CsvSource({"2025-02-03, 2024", "2025-02-03T09:00, 2024", "2026-01-01T00:30+09:00, 2025", "2025-12-31T20:00Z, 2024"})
    void publishedAtFormsAreAccepted(String publishedAt, String lastYear) {
        given().contentType("application/json").body(Map.of("text", "지난해 수출은 4% 늘었다고 정부가 밝혔다.",
                        "publishedAt", publishedAt))
                .post("/api/claims/extract").then().statusCode(200)
                .body("claims[0].quantities[0].value", equalTo(lastYear));
    }

    @Test
    void offsetsAreCodePointsOfTheTextAsSent() {
        // two astral characters (2 UTF-16 units each) and a full-width amount
        String text = "😀𠮷 회사 측은 매출이 ３억 원이었다고 밝혔다.";
        given().contentType("application/json").body(Map.of("text", text)).post("/api/claims/extract").then()
                .statusCode(200)
                .body("claims[0].start", equalTo(0))
                .body("claims[0].end", equalTo(text.codePointCount(0, text.length())))
                .body("claims[0].quantities[0].text", equalTo("３억 원"))
                .body("claims[0].quantities[0].start", equalTo(13))
                .body("claims[0].quantities[0].value", equalTo(300000000));
    }

    @ParameterizedTest(name = "text {0}")
    @ValueSource(strings = {"\"\"", "\"   \\n\\t \"", "null"})
    void blankOrMissingTextIsAProblemNamingText(String json) {
        given().contentType("application/json").body("{\"text\": " + json + "}").post("/api/claims/extract").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void missingBodyIsAProblem() {
        given().contentType("application/json").post("/api/claims/extract").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "publishedAt {0}")
    @ValueSource(strings = {"yesterday", "2025-13-01", "2025-02-30", "2025/02/03", "어제"})
    void publishedAtThatDoesNotParseIsAProblemNamingIt(String publishedAt) {
        given().contentType("application/json").body(Map.of("text", TEXT, "publishedAt", publishedAt))
                .post("/api/claims/extract").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://sasil.io/problems/validation"))
                .body("errors[0].field", equalTo("publishedAt"))
                .body("instance", equalTo("/api/claims/extract"));
    }

    @Test
    void oversizedTextIsTooLarge() {
        String text = "가".repeat(70_000);   // 210,000 bytes of UTF-8; the test limit is 200,000
        given().contentType("application/json").body(Map.of("text", text)).post("/api/claims/extract").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://sasil.io/problems/too-large"));
    }

    @Test
    void textWithoutHangulHasNoClaims() {
        given().contentType("application/json").body(Map.of("text", "Revenue rose 12% to $5 million in 2024."))
                .queryParam("all", true).post("/api/claims/extract").then().statusCode(200)
                .body("claims", empty());
    }

    @Test
    void pathologicalTextsAnswerInBoundedTime() {
        String digits = "매출은 " + "7".repeat(20_000) + "원이었다고 회사는 밝혔다.";
        given().contentType("application/json").body(Map.of("text", digits)).post("/api/claims/extract").then()
                .statusCode(200).time(lessThan(20_000L));
        String parens = "(".repeat(5_000) + "회사는 3억 원을 썼다고 밝혔다." + ")".repeat(5_000);
        given().contentType("application/json").body(Map.of("text", parens)).post("/api/claims/extract").then()
                .statusCode(200).time(lessThan(20_000L));
        String huge = "회사는 9999조 9999억 9999만 9999원을 썼다고 밝혔다.";
        given().contentType("application/json").body(Map.of("text", huge)).post("/api/claims/extract").then()
                .statusCode(200)
                .body("claims[0].quantities[0].value", equalTo(9999999999999999L))
                .body("claims[0].quantities[0].unit", equalTo("KRW"));
        String beyondLong = "부채는 9999해 9999경 9999조 원에 이른다고 밝혔다.";
        given().contentType("application/json").body(Map.of("text", beyondLong)).post("/api/claims/extract").then()
                .statusCode(200).body("claims.quantities.flatten().unit", hasItem("KRW"));
    }
}
