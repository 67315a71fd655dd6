package io.sasil.ingestion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.sasil.ingestion.stub.AnalysisStubResource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Articles in the encodings Korean sites and archives still use, through every way in: raw body,
 * file upload, JSON Lines and multipart batches. Every page here is written for this test.
 */
@QuarkusTest
@QuarkusTestResource(AnalysisStubResource.class)
class EncodingResourceTest {

    private static final AtomicInteger SEQ = new AtomicInteger(1000);
    private static final String PROBLEM = "application/problem+json";
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final Charset CP949 = Charset.forName("x-windows-949");
    /** Sends the Content-Type exactly as written (REST Assured would add charset=ISO-8859-1 to text/*). */
    private static final RestAssuredConfig AS_WRITTEN = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static String body(int n) {
        return "시청은 " + n + "일 시내버스 노선을 다시 짠다고 밝혔다.\n"
                + "시민들은 출퇴근 시간이 줄어들 것으로 기대했다. 일부 주민은 정류장이 멀어졌다고 말했다.";
    }

    private static String page(String head, int n) {
        return "<!DOCTYPE html><html lang=\"ko\"><head>" + head + "<title>버스 노선 개편 " + n + " | 예시신문</title></head>"
                + "<body><nav>홈 | 사회 | 경제</nav><article><h1>버스 노선 개편 " + n + "</h1>"
                + body(n).lines().map(l -> "<p>" + l + "</p>").reduce("", String::concat)
                + "</article></body></html>";
    }

    @Test
    void eucKrPageDeclaredInTheHeader() {
        int n = SEQ.incrementAndGet();
        given().config(AS_WRITTEN).contentType("text/html; charset=EUC-KR").body(page("", n).getBytes(EUC_KR))
                .post("/api/documents").then().statusCode(201)
                .body("title", equalTo("버스 노선 개편 " + n))
                .body("text", containsString("시민들은 출퇴근 시간이 줄어들 것으로 기대했다."))
                .body("text", not(containsString("\uFFFD")))
                .body("metadata.encoding", equalTo("EUC-KR (Content-Type header)"));
    }

    @Test
    void eucKrPageDeclaredOnlyInItsMeta() {
        int n = SEQ.incrementAndGet();
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">", n)
                .getBytes(EUC_KR);
        given().config(AS_WRITTEN).contentType("text/html").body(bytes)
                .post("/api/documents").then().statusCode(201)
                .body("title", equalTo("버스 노선 개편 " + n))
                .body("sentences[1].text", equalTo("시청은 " + n + "일 시내버스 노선을 다시 짠다고 밝혔다."))
                .body("metadata.encoding", equalTo("EUC-KR (the page's meta charset)"));
        int m = SEQ.incrementAndGet();
        given().config(AS_WRITTEN).contentType("text/html").body(page("<meta charset=\"euc-kr\">", m).getBytes(EUC_KR))
                .post("/api/documents").then().statusCode(201).body("title", equalTo("버스 노선 개편 " + m));
    }

    @Test
    void cp949TextFileUploadedWithoutACharset() {
        int n = SEQ.incrementAndGet();
        String text = "똠방각하 " + n + "호 골목 이야기\n" + body(n);
        given().multiPart("file", "기사-cp949.txt", text.getBytes(CP949), "text/plain")
                .post("/api/documents").then().statusCode(201)
                .body("title", equalTo("똠방각하 " + n + "호 골목 이야기"))
                .body("text", equalTo(text))
                .body("metadata.encoding", containsString("detected"));
    }

    @Test
    void cp949TextFileWithItsPartCharset() {
        int n = SEQ.incrementAndGet();
        String text = "햏자 " + n + "명의 모임\n" + body(n);
        given().multiPart("file", "cp949.txt", text.getBytes(CP949), "text/plain; charset=MS949")
                .post("/api/documents").then().statusCode(201)
                .body("text", equalTo(text))
                .body("metadata.encoding", equalTo("CP949 (Content-Type header)"));
    }

    @Test
    void utf16TextWithAByteOrderMark() {
        int n = SEQ.incrementAndGet();
        String text = "메모장으로 저장한 기사 " + n + "\n" + body(n);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        given().multiPart("file", "unicode.txt", out.toByteArray(), "text/plain")
                .post("/api/documents").then().statusCode(201)
                .body("text", equalTo(text))
                .body("metadata.encoding", equalTo("UTF-16LE (byte order mark)"));
    }

    @Test
    void undeclaredEucKrBodyIsDetected() {
        int n = SEQ.incrementAndGet();
        String text = "감지로 읽는 기사 " + n + "\n" + body(n);
        given().config(AS_WRITTEN).contentType("text/plain").body(text.getBytes(EUC_KR))
                .post("/api/documents").then().statusCode(201)
                .body("text", equalTo(text))
                .body("metadata.encoding", containsString("EUC-KR (detected, confidence"));
    }

    @Test
    void undecidableBytesAreRefusedWithTheWayToDeclareThem() {
        byte[] bytes = "부산".getBytes(EUC_KR);
        given().config(AS_WRITTEN).contentType("text/plain").body(bytes)
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/unknown-encoding"))
                .body("detail", containsString("EUC-KR"))
                .body("detail", containsString("charset="));
    }

    @Test
    void jsonLinesBatchInEucKr() {
        int n = SEQ.incrementAndGet();
        String lines = "{\"title\":\"줄 기사 " + n + "\",\"text\":\"첫 줄의 기사 " + n + "번이다.\"}\n"
                + "{\"title\":\"줄 기사 " + (n + 1) + "\",\"text\":\"둘째 줄의 기사 " + n + "번이다.\"}\n";
        JsonPath batch = given().config(AS_WRITTEN).contentType("application/x-ndjson; charset=euc-kr")
                .body(lines.getBytes(EUC_KR)).post("/api/batches").then().statusCode(201)
                .body("received", equalTo(2)).body("rejected", equalTo(0)).extract().jsonPath();
        given().get("/api/documents?batch=" + batch.getInt("id")).then()
                .body("items.title", equalTo(List.of("줄 기사 " + n, "줄 기사 " + (n + 1))));
    }

    @Test
    void multipartBatchReadsEachFileByItsOwnRules() {
        int n = SEQ.incrementAndGet();
        String euc = "<html><head><meta charset=\"euc-kr\"><title>메타 " + n + "</title></head><body><p>" + body(n)
                + "</p></body></html>";
        given()
                .multiPart("files", "meta.html", euc.getBytes(EUC_KR), "text/html")
                .multiPart("files", "cp949.txt", ("파일 " + n + "\n" + body(n + 1)).getBytes(CP949), "text/plain")
                .multiPart("files", "short.txt", "부산".getBytes(EUC_KR), "text/plain")
                .post("/api/batches").then().statusCode(201)
                .body("received", equalTo(2))
                .body("errors", hasSize(1))
                .body("errors[0].file", equalTo("short.txt"))
                .body("errors[0].type", equalTo("https://sasil.io/problems/unknown-encoding"));
    }
}
