package io.sasil.ingestion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sasil.ingestion.stub.AnalysisStubResource;
import io.sasil.ingestion.stub.Poll;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP contract of /api/batches: JSON Lines and files, per-item failures, progress, errors. */
@QuarkusTest
@QuarkusTestResource(AnalysisStubResource.class)
class BatchResourceTest {

    @io.quarkus.test.common.http.TestHTTPResource("/api/batches")
    java.net.URI batchesUri;

    private static final AtomicInteger SEQ = new AtomicInteger(1000);
    private static final String PROBLEM = "application/problem+json";

    static String line(String topic) {
        int n = SEQ.incrementAndGet();
        return "{\"title\":\"" + topic + " " + n + "\",\"text\":\"" + topic + " 분야에서 " + n
                + "건의 변화가 있었다. 정부는 지켜보겠다고 했다.\",\"source\":\"묶음일보\"}";
    }

    /** An article line of about {@code bytes} bytes of UTF-8. */
    static String line(String topic, int bytes) {
        int n = SEQ.incrementAndGet();
        String sentence = topic + " 분야에서 " + n + "건의 변화가 있었다. ";
        int repeat = Math.max(1, bytes / sentence.getBytes(StandardCharsets.UTF_8).length);
        return "{\"title\":\"" + topic + " " + n + "\",\"text\":\"" + sentence.repeat(repeat)
                + "정부는 지켜보겠다고 했다.\",\"source\":\"묶음일보\"}";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/x-ndjson", "application/jsonl", "application/x-jsonlines"})
    void jsonLinesWithBadLinesReportsEachAndStoresTheRest(String type) {
        String repeated = line("조선");
        String body = line("철강") + "\n"
                + "\n"                                              // 2: blank, skipped
                + "{\"text\": \"따옴표가 닫히지 않음}\n"               // 3: malformed
                + repeated + "\r\n"                                 // 4
                + "{\"text\": \"   \"}\n"                          // 5: empty text
                + repeated + "\n"                                   // 6: duplicate of line 4
                + "{\"text\": \"날짜 틀림.\", \"publishedAt\": \"지난주\"}\n" // 7: bad date
                + "[1,2]\n";                                        // 8: not an object
        JsonPath batch = given().contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/batches").then().statusCode(201)
                .header("Location", containsString("/api/batches/"))
                .body("format", equalTo("jsonl"))
                .body("items", equalTo(7))
                .body("received", equalTo(2))
                .body("duplicates", equalTo(1))
                .body("rejected", equalTo(4))
                .body("documents", equalTo(2))
                .body("errors", hasSize(4))
                .body("errors.line", equalTo(List.of(3, 5, 7, 8)))
                .body("errors.item", equalTo(List.of(2, 4, 6, 7)))
                .body("errors.status", equalTo(List.of(400, 422, 400, 400)))
                .body("errors[0].detail", containsString("line 3"))
                .body("errors[1].type", equalTo("https://sasil.io/problems/empty-text"))
                .extract().jsonPath();
        int id = batch.getInt("id");
        Poll.until("batch " + id + " done", Duration.ofSeconds(60), () ->
                given().get("/api/batches/" + id).then().extract().<Boolean>path("done"));
        given().get("/api/batches/" + id).then().statusCode(200)
                .body("analysed", equalTo(2)).body("pending", equalTo(0)).body("failed", equalTo(0))
                .body("byStatus.ANALYSED", equalTo(2)).body("byStatus.RECEIVED", equalTo(0));
        given().get("/api/documents?batch=" + id).then().body("total", equalTo(2));
    }

    @Test
    void jsonLinesWithNoParseableLineIs400AndStoresNothing() {
        long before = batchesOfDocuments();
        given().contentType("application/x-ndjson").body("{oops\n\n[1]\nnull\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/batches").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/malformed-json-lines"))
                .body("detail", containsString("line 1"))
                .body("errors.field", equalTo(List.of("line 1", "line 3", "line 4")));
        assertEquals(before, batchesOfDocuments());
    }

    @Test
    void emptyBatchIs422() {
        given().contentType("application/x-ndjson").body("\n  \n\r\n".getBytes(StandardCharsets.UTF_8)).post("/api/batches").then()
                .statusCode(422).contentType(PROBLEM).body("type", equalTo("https://sasil.io/problems/empty-batch"));
        given().contentType("application/x-ndjson").body(new byte[0]).post("/api/batches").then()
                .statusCode(422).contentType(PROBLEM);
    }

    @Test
    void tooManyItemsOrBytesIs413() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            body.append(line("항공")).append('\n');
        }
        String detail = given().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/batches").then().statusCode(413).contentType(PROBLEM).body("detail", containsString("50"))
                .extract().path("detail");
        // the articles before the limit were stored as they arrived: the problem names the batch that kept them
        java.util.regex.Matcher kept = java.util.regex.Pattern.compile("batch (\\d+) \\(").matcher(detail);
        org.junit.jupiter.api.Assertions.assertTrue(kept.find(), detail);
        given().get("/api/batches/" + kept.group(1)).then().statusCode(200)
                .body("state", equalTo("TRUNCATED")).body("items", equalTo(50)).body("received", equalTo(50));
        given().contentType("application/x-ndjson").body("가".repeat(140_000).getBytes(StandardCharsets.UTF_8))
                .post("/api/batches").then().statusCode(413).contentType(PROBLEM).body("detail", containsString("400000"));
    }

    @Test
    void badBytesOrMediaTypeAreRefused() {
        given().contentType("application/x-ndjson").body(new byte[] {'{', (byte) 0xE0, (byte) 0x80, '}'})
                .post("/api/batches").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/unknown-encoding"));
        given().contentType("application/x-ndjson; charset=UTF-8").body(new byte[] {'{', (byte) 0xE0, (byte) 0x80, '}'})
                .post("/api/batches").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/invalid-utf8"));
        given().contentType("application/json").body("[{\"text\":\"배열은 안 된다.\"}]".getBytes(StandardCharsets.UTF_8))
                .post("/api/batches").then().statusCode(415).contentType(PROBLEM);
        given().contentType("text/plain").body("그냥 글이다.".getBytes(StandardCharsets.UTF_8)).post("/api/batches").then().statusCode(415);
    }

    @Test
    void severalFilesInOneRequest() {
        int n = SEQ.incrementAndGet();
        JsonPath batch = given()
                .multiPart("files", "one.txt", ("첫째 파일 " + n + "\n본문이다.").getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "two.md", ("# 둘째 파일 " + n + "\n본문이다.").getBytes(StandardCharsets.UTF_8), "text/markdown")
                .multiPart("files", "three.html", ("<title>셋째 " + n + "</title><p>본문 " + n + "이다.</p>")
                        .getBytes(StandardCharsets.UTF_8), "text/html")
                .multiPart("files", "scan.pdf", new byte[] {'%', 'P', 'D', 'F'}, "application/pdf")
                .multiPart("files", "broken.txt", new byte[] {'a', (byte) 0xFF}, "text/plain")
                .multiPart("files", "blank.txt", "  \n ".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "huge.txt", "가".repeat(70_000).getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/batches").then().statusCode(201)
                .body("format", equalTo("multipart"))
                .body("items", equalTo(7))
                .body("received", equalTo(3))
                .body("rejected", equalTo(4))
                .body("errors.file", equalTo(List.of("scan.pdf", "broken.txt", "blank.txt", "huge.txt")))
                .body("errors.status", equalTo(List.of(415, 422, 422, 413)))
                .extract().jsonPath();
        int id = batch.getInt("id");
        given().get("/api/documents?batch=" + id).then().body("total", equalTo(3))
                .body("items.title", equalTo(List.of("첫째 파일 " + n, "둘째 파일 " + n, "셋째 " + n)));
    }

    @Test
    void multipartWithoutFilesIs400() {
        given().multiPart(DocumentResourceTest.field("title", "파일 없음")).post("/api/batches").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownBatchIs404() {
        given().get("/api/batches/424242").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("424242"));
    }

    @Test
    void aBodySentWithoutItsLengthStopsAtTheByteLimit() throws Exception {
        // 400000 bytes in the test profile; streamed without Content-Length so only the reader can stop it
        byte[] chunk = (line("전력", 20_000) + "\n").getBytes(StandardCharsets.UTF_8);
        java.io.InputStream endless = new java.io.InputStream() {
            private long position;

            @Override
            public int read() {
                return chunk[(int) (position++ % chunk.length)] & 0xFF;
            }
        };
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(batchesUri)
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", io.sasil.common.testing.TestTokens.bearer(io.sasil.common.security.Roles.EDITOR))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.BufferedInputStream(new java.io.SequenceInputStream(
                                java.io.InputStream.nullInputStream(), endless) {
                            private long sent;

                            @Override
                            public int read(byte[] b, int off, int len) throws java.io.IOException {
                                if (sent > 2_000_000) {
                                    return -1;
                                }
                                int n = super.read(b, off, Math.min(len, 4096));
                                sent += n;
                                return n;
                            }
                        })))
                .build();
        java.net.http.HttpResponse<String> answer;
        try {
            answer = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return; // the server may close the connection while the client is still sending: nothing to check
        }
        assertEquals(413, answer.statusCode(), answer.body());
        org.junit.jupiter.api.Assertions.assertTrue(answer.body().contains("400000"), answer.body());
    }

    private static long batchesOfDocuments() {
        return ((Number) given().get("/api/documents?size=1").then().extract().path("total")).longValue();
    }
}
