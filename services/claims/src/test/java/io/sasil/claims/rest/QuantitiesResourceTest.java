package io.sasil.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/quantities/parse}: "Duckling for Korean" over HTTP, and every bad input. */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class QuantitiesResourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | text of the first quantity | value (as JSON renders it) | unit | approximate | bound
        "공사비로 약 81억 원이 들었다.       | 약 81억 원   | 8100000000   | KRW           | true  |",
        "557만 6,000달러를 썼다.             | 557만 6,000달러 | 5576000   | USD           | false |",
        "1억 달러 이상을 투자한다.           | 1억 달러 이상 | 100000000   | USD           | false | MIN_INCLUSIVE",
        "지지율이 3%포인트 올랐다.           | 3%포인트     | 3            | PERCENT_POINT | false |",
        "학생 180명이 모였다.                | 180명        | 180          | PERSON        | false |",
        "그는 1985년생이다.                  | 1985년생     | 1985         | BIRTH_YEAR    | false |",
        "앱스토어 1위에 올랐다.              | 1위          | 1            | RANK          | false |",
        "마라톤 코스는 42km다.               | 42km         | 42000        | METRE         | false |",
        "회의는 지난해 1분기에 열렸다.       | 지난해 1분기 | 2024-01/2024-03 | INTERVAL   | false |",
        "주 52시간 근무제다.                 | 52시간       | PT52H        | DURATION      | false |",
    })
    void quantitiesAreNormalised(String text, String qText, String value, String unit, boolean approximate,
            String bound) {
        given().contentType("application/json").body(Map.of("text", text, "referenceTime", "2025-02-03T09:00:00+09:00"))
                .post("/api/quantities/parse").then().statusCode(200)
                .body("quantities[0].text", equalTo(qText))
                .body("quantities[0].value.toString()", equalTo(value))
                .body("quantities[0].unit", equalTo(unit))
                .body("quantities[0].approximate", equalTo(approximate))
                .body("quantities[0].bound", bound == null ? nullValue() : equalTo(bound));
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "🇰🇷 𠮷 회원 1,200명";
        given().contentType("application/json").body(Map.of("text", text)).post("/api/quantities/parse").then()
                .statusCode(200)
                .body("quantities", hasSize(1))
                .body("quantities[0].start", equalTo(8))
                .body("quantities[0].end", equalTo(14));
    }

    @Test
    void rangesCarryTheirUpperEnd() {
        given().contentType("application/json").body(Map.of("text", "입장료는 25000~30000원이다."))
                .post("/api/quantities/parse").then().statusCode(200)
                .body("quantities[0].value", equalTo(25000)).body("quantities[0].to", equalTo(30000));
    }

    @Test
    void withoutReferenceTimeRelativeDatesKeepSpanKindAndAnUnresolvedValue() {
        given().contentType("application/json").body(Map.of("text", "지난해 2023년보다 4% 늘었다."))
                .post("/api/quantities/parse").then().statusCode(200)
                .body("quantities.text", contains("지난해", "2023년", "4%"))
                .body("quantities[0].unit", equalTo("DATE")).body("quantities[0].value", equalTo("REF-P1Y"));
    }

    @Test
    void textWithoutHangulStillHasItsNumbers() {
        given().contentType("application/json").body(Map.of("text", "Prices rose 12% to $5."))
                .post("/api/quantities/parse").then().statusCode(200)
                .body("quantities.unit", contains("PERCENT", "USD"));
        given().contentType("application/json").body(Map.of("text", "—— ... !!!"))
                .post("/api/quantities/parse").then().statusCode(200).body("quantities", empty());
    }

    @ParameterizedTest(name = "referenceTime {0}")
    @ValueSource(strings = {"now", "2025-02-30", "12/02/2013", "2013-02-12T04:30:00-25:00"})
    void referenceTimeThatDoesNotParseIsAProblemNamingIt(String referenceTime) {
        given().contentType("application/json").body(Map.of("text", "3억 원", "referenceTime", referenceTime))
                .post("/api/quantities/parse").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("referenceTime"));
    }

    @ParameterizedTest(name = "text {0}")
    @ValueSource(strings = {"\"\"", "\" \"", "null"})
    void blankTextIsAProblem(String json) {
        given().contentType("application/json").body("{\"text\": " + json + "}").post("/api/quantities/parse").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
    }

    @Test
    void wrongTypeIsAProblemNamingTheField() {
        given().contentType("application/json").body("{\"text\": {\"a\": 1}}").post("/api/quantities/parse").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
    }

    @Test
    void oversizedTextIsTooLarge() {
        given().contentType("application/json").body(Map.of("text", "1".repeat(200_001)))
                .post("/api/quantities/parse").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void pathologicalInputsAnswerInBoundedTime() {
        for (String text : new String[] {"9".repeat(100_000), "9999조 ".repeat(20_000), "(".repeat(50_000),
            "1,".repeat(50_000), "삼십".repeat(30_000)}) {
            given().contentType("application/json").body(Map.of("text", text)).post("/api/quantities/parse").then()
                    .statusCode(200).time(lessThan(20_000L));
        }
        given().contentType("application/json").body(Map.of("text", "9999조 9999억 9999만 9999원"))
                .post("/api/quantities/parse").then().statusCode(200)
                .body("quantities[0].value", equalTo(9999999999999999L));
    }
}
