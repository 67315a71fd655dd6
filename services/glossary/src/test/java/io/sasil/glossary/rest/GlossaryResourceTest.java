package io.sasil.glossary.rest;

import static io.sasil.common.testing.TestTokens.asService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The documents and extract endpoints: extraction, storage, re-analysis, mentions, and every bad input. */
@QuarkusTest
class GlossaryResourceTest {

    private static Map<String, Object> analysis(long id, String text) {
        return Map.of("documentId", id, "text", text);
    }

    @Test
    void extractIsStatelessAndFindsTheTextsOwnMentions() {
        String text = "국제해양기구(IMO)는 선박 배출 규제를 강화했다. 국제해양기구가 내놓은 규칙은 IMO의 첫 탄소세다.";
        JsonPath body = given().contentType("application/json").body(Map.of("text", text))
                .post("/api/glossary/extract").then().statusCode(200)
                .body("glosses[0].term", equalTo("국제해양기구"))
                .body("glosses[0].gloss", equalTo("IMO"))
                .body("glosses[0].kind", equalTo("ABBREVIATION"))
                .body("glosses[0].termStart", equalTo(0))
                .body("glosses[0].termEnd", equalTo(6))
                .body("glosses[0].glossStart", equalTo(7))
                .body("glosses[0].entryId", nullValue())
                .extract().jsonPath();
        List<String> mentions = body.getList("mentions.text");
        assertEquals(List.of("국제해양기구", "IMO", "국제해양기구", "IMO"), mentions);
        given().get("/api/glossary/entries?q=국제해양기구").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void offsetsAreCodePointsAfterAstralCharacters() {
        String text = "🚀🚀 우주항공청(KASA)이 출범했다. 𠀀 우주항공청은 𠀀 KASA로 불린다.";
        given().contentType("application/json").body(Map.of("text", text))
                .post("/api/glossary/extract").then().statusCode(200)
                .body("glosses[0].term", equalTo("우주항공청"))
                .body("glosses[0].termStart", equalTo(3))
                .body("glosses[0].termEnd", equalTo(8))
                .body("glosses[0].glossStart", equalTo(9))
                .body("glosses[0].glossEnd", equalTo(13))
                .body("mentions.start", equalTo(List.of(3, 9, 24, 33)));
    }

    @Test
    void analysisStoresGlossesAndMentionsAndReanalysisDoesNotInflate() {
        String text = "한국은행(BOK)은 기준금리를 동결했다. 한국은행의 결정에 시장은 안도했다. BOK는 다음 달 다시 회의한다.";
        asService().contentType("application/json").body(analysis(9101, text))
                .put("/internal/glossary/documents/9101/analysis").then().statusCode(200)
                .body("service", equalTo("glossary")).body("items", greaterThan(1));
        JsonPath first = given().get("/api/glossary/documents/9101").then().statusCode(200)
                .body("glosses", hasSize(1))
                .body("glosses[0].entryId", notNullValue())
                .body("mentions.text", equalTo(List.of("한국은행", "BOK", "한국은행", "BOK")))
                .extract().jsonPath();
        long entryId = first.getLong("glosses[0].entryId");
        given().get("/api/glossary/entries/" + entryId).then().statusCode(200)
                .body("frequency", equalTo(4)).body("documents", equalTo(1))
                .body("firstDocumentId", equalTo(9101));
        for (int i = 0; i < 2; i++) {
            asService().contentType("application/json").body(analysis(9101, text))
                    .put("/internal/glossary/documents/9101/analysis").then().statusCode(200);
        }
        given().get("/api/glossary/documents/9101").then().statusCode(200)
                .body("glosses", hasSize(1)).body("mentions", hasSize(4))
                .body("glosses[0].entryId", equalTo((int) entryId));
        given().get("/api/glossary/entries/" + entryId).then().statusCode(200)
                .body("frequency", equalTo(4)).body("documents", equalTo(1));
        given().get("/api/glossary/entries/" + entryId + "/evidence").then().statusCode(200)
                .body("", hasSize(1)).body("[0].documentId", equalTo("9101")).body("[0].termStart", equalTo(0));
    }

    @Test
    void aLaterDocumentWithoutGlossesResolvesToTheStoredEntryWithParticles() {
        asService().contentType("application/json")
                .body(analysis(9201, "반도체 설계사 암페어컴퓨팅(Ampere Computing)이 새 칩을 냈다."))
                .put("/internal/glossary/documents/9201/analysis").then().statusCode(200);
        asService().contentType("application/json")
                .body(analysis(9202, "‘암페어컴퓨팅’은 서버 시장을 노린다. 암페어컴퓨팅의 칩은 Ampere Computing 이름으로 팔린다."))
                .put("/internal/glossary/documents/9202/analysis").then().statusCode(200);
        JsonPath doc = given().get("/api/glossary/documents/9202").then().statusCode(200)
                .body("glosses", empty()).extract().jsonPath();
        assertEquals(List.of("암페어컴퓨팅", "암페어컴퓨팅", "Ampere Computing"), doc.getList("mentions.text"));
        assertEquals(List.of(1, 22), doc.getList("mentions.start").subList(0, 2));
        long entryId = doc.getLong("mentions[0].entryId");
        given().get("/api/glossary/documents/9201").then().statusCode(200)
                .body("mentions.text", equalTo(List.of("암페어컴퓨팅", "Ampere Computing")))
                .body("mentions.entryId", equalTo(List.of((int) entryId, (int) entryId)))
                .body("mentions.entryLabel", equalTo(List.of("암페어컴퓨팅", "암페어컴퓨팅")))
                .body("glosses.term", equalTo(List.of("암페어컴퓨팅")))
                .body("glosses.gloss", equalTo(List.of("Ampere Computing")))
                .body("glosses.entryId", equalTo(List.of((int) entryId)));
        assertEquals(List.of("암페어컴퓨팅", "암페어컴퓨팅", "암페어컴퓨팅"), doc.getList("mentions.entryLabel"));
        given().get("/api/glossary/entries/" + entryId).then().statusCode(200)
                .body("documents", equalTo(2)).body("frequency", equalTo(5));
        given().contentType("application/json").body(Map.of("text", "암페어컴퓨팅이 또 투자를 받았다."))
                .post("/api/glossary/extract").then().statusCode(200)
                .body("mentions[0].entryId", equalTo((int) entryId))
                .body("mentions[0].entryLabel", equalTo("암페어컴퓨팅"));
    }

    @Test
    void forgettingADocumentDropsItsMentionsButKeepsTheEntry() {
        asService().contentType("application/json").body(analysis(9301, "탄소국경조정제도(CBAM)가 시행됐다. CBAM은 수출 기업에 부담이다."))
                .put("/internal/glossary/documents/9301/analysis").then().statusCode(200);
        long entryId = given().get("/api/glossary/documents/9301").then().extract().jsonPath()
                .getLong("glosses[0].entryId");
        asService().delete("/internal/glossary/documents/9301/analysis").then().statusCode(204);
        given().get("/api/glossary/documents/9301").then().statusCode(200)
                .body("glosses", empty()).body("mentions", empty());
        given().get("/api/glossary/entries/" + entryId).then().statusCode(200)
                .body("frequency", equalTo(0)).body("documents", equalTo(0));
    }

    @Test
    void aForgottenDocumentIsNotAnalysedAgain() {
        String text = "배출권거래제(ETS)가 확대됐다. ETS 대상 기업이 늘었다.";
        asService().delete("/internal/glossary/documents/9302/analysis").then().statusCode(204);
        // an analysis that arrives after the forget (a worker that was still running) is refused and stores nothing
        asService().contentType("application/json").body(analysis(9302, text))
                .put("/internal/glossary/documents/9302/analysis").then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sasil.io/problems/document-deleted"));
        given().get("/api/glossary/documents/9302").then().statusCode(200)
                .body("glosses", empty()).body("mentions", empty());
        // forgetting again is still acknowledged; another document is analysed as before
        asService().delete("/internal/glossary/documents/9302/analysis").then().statusCode(204);
        asService().contentType("application/json").body(analysis(9303, text))
                .put("/internal/glossary/documents/9303/analysis").then().statusCode(200);
    }

    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of("", 400, "validation"),
                Arguments.of("   \n ", 400, "validation"),
                Arguments.of("가".repeat(200_001), 413, "too-large"),
                Arguments.of("😀".repeat(200_001), 413, "too-large"),
                Arguments.of("정상 문장\u0000\u0001\u0002", 422, "not-text"),
                Arguments.of("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 PK\u0003\u0004 이진", 422, "not-text"),
                Arguments.of("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD 깨진 글", 422, "not-text"));
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void badTextsAreProblemsOnExtract(String text, int status, String type) {
        given().contentType("application/json").body(Map.of("text", text))
                .post("/api/glossary/extract").then().statusCode(status)
                .contentType("application/problem+json").body("type", containsString(type))
                .body("status", equalTo(status));
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void badTextsAreProblemsOnAnalysis(String text, int status, String type) {
        asService().contentType("application/json").body(analysis(9400, text))
                .put("/internal/glossary/documents/9400/analysis").then().statusCode(status)
                .contentType("application/problem+json").body("type", containsString(type));
        given().get("/api/glossary/documents/9400").then().statusCode(200).body("glosses", empty());
    }

    static Stream<Arguments> pathologicalBrackets() {
        return Stream.of(
                Arguments.of("(".repeat(10_000) + "인공지능(AI)" + ")".repeat(10_000)),
                Arguments.of("[".repeat(10_000) + "가"),
                Arguments.of(")".repeat(10_000) + "인공지능(AI)"),
                Arguments.of("인공지능(AI) ".repeat(3_000)),
                Arguments.of("()".repeat(20_000)),
                Arguments.of("값(" + "1".repeat(50_000) + ")"),
                Arguments.of("용어(│││" + "│".repeat(5_000) + ")"));
    }

    @ParameterizedTest
    @MethodSource("pathologicalBrackets")
    void pathologicalBracketsAreReadInBoundedTime(String text) {
        given().contentType("application/json").body(Map.of("text", text))
                .post("/api/glossary/extract").then().statusCode(200)
                .time(lessThan(20_000L));
    }

    @Test
    void binaryBodyIsAProblem() {
        given().contentType("application/json").body(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80})
                .post("/api/glossary/extract").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void analysisWithAnotherIdIsAProblem() {
        asService().contentType("application/json").body(analysis(5, "국회(國會)"))
                .put("/internal/glossary/documents/6/analysis").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("documentId"));
        given().get("/api/glossary/documents/6").then().statusCode(200).body("mentions", not(hasItem(notNullValue())));
    }

    @Test
    void concurrentAnalysesOfOneTermAllLandInOneEntry() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long doc = 9950 + i;
            String text = "기사 " + i + ": 국가정보원(NIS)이 발표했다. 국가정보원은 " + i + "번째 보고서를 냈다.";
            calls.add(pool.submit(() -> asService().contentType("application/json").body(analysis(doc, text))
                    .put("/internal/glossary/documents/" + doc + "/analysis").then().extract().statusCode()));
        }
        for (var c : calls) {
            assertEquals(200, c.get());
        }
        pool.shutdown();
        long id = given().get("/api/glossary/documents/9950").then().extract().jsonPath().getLong("glosses[0].entryId");
        for (int i = 1; i < 8; i++) {
            given().get("/api/glossary/documents/" + (9950 + i)).then().body("glosses[0].entryId", equalTo((int) id));
        }
        given().get("/api/glossary/entries/" + id).then().body("documents", equalTo(8)).body("frequency", equalTo(24));
        given().get("/api/glossary/entries/" + id + "/evidence").then().body("", hasSize(8));
    }
}
