package io.sasil.glossary.rest;

import static io.sasil.common.testing.TestTokens.asService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Import and export over HTTP (round trips in every format, all-or-nothing, hostile XML) and the user dictionary. */
@QuarkusTest
class TermExchangeResourceTest {

    private static long total(String q) {
        return given().queryParam("q", q).get("/api/glossary/entries").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    @ParameterizedTest
    @CsvSource({"tbx,application/x-tbx,포항공과대학교,POSTECH", "csv,text/csv,울산과학기술원,UNIST",
            "json,application/json,광주과학기술원,GIST"})
    void exportThenImportRoundTrips(String format, String mediaType, String korean, String acronym) {
        given().contentType("application/json")
                .body(Map.of("preferredLabel", korean, "category", "ORGANISATION", "labels",
                        List.of(Map.of("text", korean, "type", "KOREAN"), Map.of("text", acronym, "type", "ABBREVIATION"),
                                Map.of("text", korean + "의 약칭 설명 “따옴표”, 쉼표", "type", "DEFINITION"))))
                .post("/api/glossary/entries").then().statusCode(201);
        String exported = given().queryParam("format", format).get("/api/glossary/export").then().statusCode(200)
                .contentType(startsWith(mediaType)).header("Content-Disposition", containsString("termbase." + format))
                .extract().asString();
        assertTrue(exported.contains(korean) && exported.contains(acronym), exported);
        long before = total(korean);
        int imported = given().contentType(mediaType).body(exported.getBytes(StandardCharsets.UTF_8))
                .post("/api/glossary/import").then().statusCode(200).extract().jsonPath().getInt("imported");
        assertTrue(imported >= 1);
        assertEquals(before + 1, total(korean));
        given().queryParam("q", korean).get("/api/glossary/entries").then()
                .body("items[1].labels.text", hasItem(acronym))
                .body("items[1].labels.type", hasItem("DEFINITION"))
                .body("items[1].category", equalTo("ORGANISATION"));
    }

    @Test
    void csvWithABrokenQuoteImportsNothingAndNamesTheLine() {
        String csv = "entry,preferred,category,type,language,text\r\n"
                + "a,true,,KOREAN,ko,한국수자원공사\r\n"
                + "b,true,,KOREAN,ko,\"한국도로공사\r\n";
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/glossary/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("import-failed")).body("detail", containsString("line"));
        assertEquals(0, total("한국수자원공사"));
    }

    @Test
    void anInvalidRecordAfterValidOnesImportsNothing() {
        String json = "{\"format\":\"sasil-termbase\",\"version\":1,\"entries\":["
                + "{\"preferredLabel\":\"국립해양조사원\",\"labels\":[{\"text\":\"국립해양조사원\",\"type\":\"KOREAN\",\"language\":\"ko\"}]},"
                + "{\"preferredLabel\":\"없는 이름\",\"labels\":[{\"text\":\"국립수산과학원\",\"type\":\"KOREAN\",\"language\":\"ko\"}]}]}";
        given().contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8))
                .post("/api/glossary/import").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("entries[1]"));
        assertEquals(0, total("국립해양조사원"));
    }

    @Test
    void xxeIsRefusedQuicklyAndNothingLeaks() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<tbx type=\"TBX-Basic\"><text><body><conceptEntry id=\"c1\"><langSec xml:lang=\"ko\"><termSec>"
                + "<term>&x;</term></termSec></langSec></conceptEntry></body></text></tbx>";
        given().contentType("application/xml").body(xxe.getBytes(StandardCharsets.UTF_8)).post("/api/glossary/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("DOCTYPE")).body(org.hamcrest.Matchers.not(containsString("root:")))
                .time(lessThan(5_000L));
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            b.append("\">\n");
        }
        b.append("]>\n<tbx type=\"TBX-Basic\"><text><body><conceptEntry><langSec xml:lang=\"ko\"><termSec>"
                + "<term>&lol9;</term></termSec></langSec></conceptEntry></body></text></tbx>");
        given().contentType("application/x-tbx").body(b.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/glossary/import").then().statusCode(422).contentType("application/problem+json")
                .time(lessThan(5_000L));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> malformedFiles() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("application/x-tbx",
                        "<tbx><text><body><conceptEntry><langSec xml:lang=\"ko\"><termSec><term>깨진"),
                org.junit.jupiter.params.provider.Arguments.of("application/xml", "이건 XML이 아니다"),
                org.junit.jupiter.params.provider.Arguments.of("application/json", "{\"format\":\"sasil-termbase\",\"entries\":[{"),
                org.junit.jupiter.params.provider.Arguments.of("text/csv", "entry,preferred\r\na,true"),
                org.junit.jupiter.params.provider.Arguments.of("application/x-tbx", "<a>".repeat(100_000)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformedFiles")
    void malformedFilesAreProblems(String mediaType, String body) {
        given().contentType(mediaType).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/glossary/import")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(422), equalTo(400)))
                .contentType("application/problem+json");
    }

    @Test
    void binaryAndEmptyBodiesAndOtherMediaTypesAreProblems() {
        given().contentType("text/csv").body(new byte[] {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF})
                .post("/api/glossary/import").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("UTF-8"));
        given().contentType("text/csv").body(new byte[0]).post("/api/glossary/import").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/pdf").body(new byte[] {1, 2, 3}).post("/api/glossary/import").then()
                .statusCode(415).contentType("application/problem+json");
        given().queryParam("format", "xlsx").get("/api/glossary/export").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("format"));
    }

    @Test
    void userDictionaryHoldsTheTermBasesKoreanWords() {
        asService().contentType("application/json").body(Map.of("documentId", 9901,
                "text", "중국 기업 문샷에이아이(Moonshot AI)가 키미를 공개했다."))
                .put("/internal/glossary/documents/9901/analysis").then().statusCode(200);
        given().get("/api/glossary/user-dictionary").then().statusCode(200).contentType(startsWith("text/plain"))
                .body(containsString("문샷에이아이"));
    }
}
