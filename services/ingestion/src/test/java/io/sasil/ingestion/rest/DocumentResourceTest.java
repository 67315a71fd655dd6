package io.sasil.ingestion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.ingestion.stub.AnalysisStubResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sasil.ingestion.stub.Poll;
import io.sasil.ingestion.stub.StubControl;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP contract of /api/documents: every way an article arrives, reading, deleting, every error. */
@QuarkusTest
@QuarkusTestResource(AnalysisStubResource.class)
class DocumentResourceTest {

    @io.quarkus.test.common.http.TestHTTPResource("/api/documents")
    java.net.URI documentsUri;

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PROBLEM = "application/problem+json";

    /** A Korean article no other test sends. */
    static String article(String topic) {
        int n = SEQ.incrementAndGet();
        return topic + " 관련 " + n + "번째 기사\n"
                + "정부는 " + n + "일 " + topic + " 대책을 발표했다. 업계는 “효과가 크지 않다”고 말했다.\n"
                + "전문가들은 추가 조치가 필요하다고 지적했다.";
    }

    static ValidatableResponse postJson(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/documents").then();
    }

    @Test
    void jsonArticleIsStoredSplitAndAnalysed() {
        String text = article("전기요금");
        int id = postJson(Map.of("text", text, "source", "예시일보", "url", "https://news.example.kr/1",
                "publishedAt", "2025-02-03T09:30:00+09:00"))
                .statusCode(201)
                .header("Location", containsString("/api/documents/"))
                .contentType(ContentType.JSON)
                .body("title", equalTo(text.substring(0, text.indexOf('\n'))))
                .body("language", equalTo("ko"))
                .body("source", equalTo("예시일보"))
                .body("publishedAt", instant("2025-02-03T00:30:00Z"))
                .body("status", equalTo("RECEIVED"))
                .body("contentHash", notNullValue())
                .body("text", equalTo(text))
                .body("sentences", hasSize(4))
                .body("sentences[1].text", equalTo(text.split("\n")[1].substring(0, text.split("\n")[1].indexOf("다.") + 2)))
                .body("sentences[1].paragraph", equalTo(1))
                .body("sentences[2].text", equalTo("업계는 “효과가 크지 않다”고 말했다."))
                .body("sentences[3].paragraph", equalTo(2))
                .extract().path("id");
        Poll.until("document " + id + " analysed", Duration.ofSeconds(60), () ->
                "ANALYSED".equals(given().get("/api/documents/" + id).then().extract().path("status")));
    }

    @Test
    void sameNormalisedContentIsTheSameDocument() {
        String text = article("반도체");
        int id = postJson(Map.of("text", text)).statusCode(201).extract().path("id");
        // NFC-equal and with a trailing space and CRLF: the same normalised text
        String variant = text.replace("\n", " \r\n") + "\u200B";
        postJson(Map.of("text", variant)).statusCode(200).body("id", equalTo(id));
        given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void idempotencyKeyReplaysAndRefusesAnotherBody() {
        String key = "retry-" + SEQ.incrementAndGet();
        String text = article("물가");
        int id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("text", text))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("text", text))
                .post("/api/documents").then().statusCode(200).body("id", equalTo(id));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("text", article("환율")))
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/idempotency-key-reused"));
    }

    @Test
    void rawTextBodyWithMetadataInTheQuery() {
        String text = article("부동산");
        given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("title", "주어진 제목").queryParam("source", "원문일보").queryParam("publishedAt", "2025-02-03")
                .post("/api/documents").then().statusCode(201)
                .body("title", equalTo("주어진 제목")).body("source", equalTo("원문일보"))
                .body("publishedAt", instant("2025-02-02T15:00:00Z"));
    }

    @Test
    void rawHtmlBodyKeepsTheArticleAndItsTitle() {
        String html = "<html><head><title>청년 고용률 하락 | 예시일보</title><script>var x = '광고';</script></head><body>"
                + "<nav>홈 정치 경제</nav><article><h1>청년 고용률 " + SEQ.incrementAndGet() + "개월째 하락</h1>"
                + "<p>통계청은 청년 고용률이 떨어졌다고 밝혔다.</p><p>정부는 대책을 내놓겠다고 했다.</p></article>"
                + "<footer>ⓒ 예시일보 무단 전재 및 재배포 금지</footer></body></html>";
        given().contentType("text/html; charset=UTF-8").body(html.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201)
                .body("title", equalTo("청년 고용률 " + SEQ.get() + "개월째 하락"))
                .body("text", equalTo("청년 고용률 " + SEQ.get() + "개월째 하락\n\n통계청은 청년 고용률이 떨어졌다고 밝혔다.\n\n"
                        + "정부는 대책을 내놓겠다고 했다."))
                .body("sentences", hasSize(3))
                .body("sentences[2].paragraph", equalTo(2));
    }

    @Test
    void jsonHtmlField() {
        String html = "<div><p>수출이 " + SEQ.incrementAndGet() + "개월 연속 늘었다.</p><p>반도체가 이끌었다.</p></div>";
        postJson(Map.of("html", html)).statusCode(201)
                .body("title", equalTo("수출이 " + SEQ.get() + "개월 연속 늘었다."))
                .body("sentences", hasSize(2));
    }

    @Test
    void originalOffsetsMapBackThroughNormalisation() {
        String original = "한은이\u00A0금리를 동결했다.\u200B 😀 시장은 안도했다.\r\n𠀀 둘째 문단이다.";
        int id = given().contentType("text/plain; charset=UTF-8").body(original.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201)
                .body("text", equalTo("한은이 금리를 동결했다. 😀 시장은 안도했다.\n𠀀 둘째 문단이다."))
                .body("sentences.start", equalTo(List.of(0, 14, 26)))
                .body("sentences.end", equalTo(List.of(13, 25, 36)))
                .extract().path("id");
        given().get("/api/documents/" + id + "/sentences?offsets=original").then().statusCode(200)
                .body("start", equalTo(List.of(0, 15, 28)))
                .body("end", equalTo(List.of(13, 26, 38)))
                .body("[0].text", equalTo("한은이\u00A0금리를 동결했다."))
                .body("[1].text", equalTo("😀 시장은 안도했다."))
                .body("[2].text", equalTo("𠀀 둘째 문단이다."));
        given().get("/api/documents/" + id + "?offsets=original").then().statusCode(200)
                .body("text", equalTo(original))
                .body("sentences[1].start", equalTo(15));
        given().get("/api/documents/" + id + "/sentences").then().statusCode(200)
                .body("start", equalTo(List.of(0, 14, 26)));
        given().get("/api/documents/" + id + "/paragraphs").then().statusCode(200)
                .body("index", equalTo(List.of(0, 1)))
                .body("start", equalTo(List.of(0, 26)))
                .body("end", equalTo(List.of(25, 36)))
                .body("firstSentence", equalTo(List.of(0, 2)))
                .body("sentences", equalTo(List.of(2, 1)))
                .body("[1].text", equalTo("𠀀 둘째 문단이다."));
        given().get("/api/documents/" + id + "/paragraphs?offsets=original").then().statusCode(200)
                .body("start", equalTo(List.of(0, 28)))
                .body("end", equalTo(List.of(26, 38)));
    }

    @Test
    void decomposedHangulIsComposedAndMappedBack() {
        String decomposed = "\u1112\u1161\u11AB\u1100\u116E\u11A8 경제가 " + SEQ.incrementAndGet() + "% 성장했다.";
        int id = postJson(Map.of("text", decomposed)).statusCode(201)
                .body("text", equalTo("한국 경제가 " + SEQ.get() + "% 성장했다."))
                .body("sentences[0].start", equalTo(0))
                .extract().path("id");
        String normalized = given().get("/api/documents/" + id).then().extract().path("text");
        int length = normalized.codePointCount(0, normalized.length());
        given().get("/api/documents/" + id + "/sentences?offsets=original").then()
                .body("[0].start", equalTo(0))
                .body("[0].end", equalTo(length + 4))
                .body("[0].text", equalTo(decomposed));
    }

    @Test
    void unknownOffsetsValueIsAProblem() {
        int id = postJson(Map.of("text", article("농업"))).statusCode(201).extract().path("id");
        given().get("/api/documents/" + id + "/sentences?offsets=bytes").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("offsets"));
        given().get("/api/documents/" + id + "?offsets=bytes").then().statusCode(400).contentType(PROBLEM);
        given().get("/api/documents/" + id + "/paragraphs?offsets=bytes").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void languageIsDetectedOrTakenAsGiven() {
        postJson(Map.of("text", "The central bank held rates " + SEQ.incrementAndGet() + " times this year."))
                .statusCode(201).body("language", equalTo("en"));
        postJson(Map.of("text", "경제 기사 " + SEQ.incrementAndGet() + "번", "language", "ko"))
                .statusCode(201).body("language", equalTo("ko"));
    }

    // ---- multipart

    @ParameterizedTest(name = "{0}")
    @CsvSource({"기사.txt, text/plain", "기사.md, text/markdown", "page.html, text/html", "noext, text/plain"})
    void fileUpload(String name, String type) {
        int n = SEQ.incrementAndGet();
        String body = name.endsWith(".html")
                ? "<html><head><title>업로드 " + n + "</title></head><body><p>파일로 온 " + n + "번 기사다.</p></body></html>"
                : "# 업로드 " + n + "\n파일로 온 " + n + "번 기사다.";
        given().multiPart("file", name, body.getBytes(StandardCharsets.UTF_8), type)
                .multiPart(field("source", "파일일보")).multiPart(field("publishedAt", "2025-02-03T10:00:00"))
                .post("/api/documents").then().statusCode(201)
                .body("source", equalTo("파일일보"))
                .body("publishedAt", instant("2025-02-03T01:00:00Z"))
                .body("sentences[-1].text", equalTo("파일로 온 " + n + "번 기사다."))
                .body("title", equalTo("업로드 " + n));
    }

    @Test
    void fileUploadErrors() {
        given().multiPart("file", "report.pdf", new byte[] {'%', 'P', 'D', 'F'}, "application/pdf")
                .post("/api/documents").then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/unsupported-file"))
                .body("detail", containsString("report.pdf"));
        given().multiPart("file", "a.txt", "첫 파일이다.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file2", "b.txt", "둘째 파일이다.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/documents").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("/api/batches"));
        given().multiPart(field("title", "제목만 있다")).post("/api/documents").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
        given().multiPart("file", "bad.txt", new byte[] {(byte) 0xEA, (byte) 0xB0, 'x'}, "text/plain")
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/unknown-encoding"));
        given().multiPart("file", "empty.md", " \n\n ".getBytes(StandardCharsets.UTF_8), "text/markdown")
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/empty-text"));
        given().multiPart("file", "big.txt", "가".repeat(70_000).getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/documents").then().statusCode(413).contentType(PROBLEM);
    }

    // ---- limits and bad input: each a problem, nothing stored

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        long before = total();
        given().contentType("text/plain").body(new byte[] {'a', (byte) 0xC3, '(', 'b'})
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/unknown-encoding"))
                .body("detail", containsString("byte offset 1"));
        given().contentType("text/plain; charset=UTF-8").body(new byte[] {'a', (byte) 0xC3, '(', 'b'})
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/invalid-utf8"))
                .body("detail", containsString("byte offset 1"));
        given().contentType("text/plain").body(new byte[] {'P', 'K', 3, 4, 0, 0, 1})
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/binary-content"));
        given().contentType("text/plain; charset=UTF-16").body(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8})
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/invalid-encoding"))
                .body("detail", containsString("UTF-16"));
        given().contentType("text/html").body("<html><body><script>x()</script></body></html>")
                .post("/api/documents").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/empty-text"));
        postJson(Map.of("text", "\u200B\u00A0\n\u3000")).statusCode(422).contentType(PROBLEM);
        postJson(Map.of("title", "본문 없음")).statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("text"));
        postJson(Map.of("text", "가", "html", "<p>나</p>")).statusCode(400).contentType(PROBLEM);
        postJson(Map.of("text", "날짜가 틀린 기사.", "publishedAt", "2월 3일")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("publishedAt"));
        given().contentType(ContentType.JSON).body("{\n  \"text\": \"가나다\",\n  \"source\": 예시\n}")
                .post("/api/documents").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/malformed-json"))
                .body("detail", containsString("line 3"));
        given().contentType(ContentType.JSON).body("").post("/api/documents").then().statusCode(400).contentType(PROBLEM);
        given().contentType("application/pdf").body(new byte[] {1, 2, 3}).post("/api/documents").then()
                .statusCode(415).contentType(PROBLEM);
        given().contentType("application/xml").body("<a/>").post("/api/documents").then().statusCode(415);
        assertEquals(before, total());
    }

    @Test
    void bodiesOverTheLimitAre413AndNothingIsStored() {
        long before = total();
        // declared length over max-body-bytes (200,000 in tests): refused before reading
        given().contentType("text/plain").body("나".repeat(80_000).getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://sasil.io/problems/too-large"))
                .body("detail", containsString("200000"));
        postJson(Map.of("text", "다".repeat(70_000))).statusCode(413).contentType(PROBLEM);
        // under the body limit, but the text is over max-text-bytes (100,000)
        given().contentType("text/plain").body("라".repeat(40_000).getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(413).contentType(PROBLEM)
                .body("detail", containsString("100000"));
        assertEquals(before, total());
    }

    @Test
    void aBodySentWithoutItsLengthIsStoppedAtTheLimitWhileItIsRead() throws Exception {
        long before = total();
        for (String type : new String[] {"application/json", "text/plain"}) {
            byte[] body = (type.equals("text/plain") ? "마".repeat(90_000)
                    : "{\"text\":\"" + "마".repeat(90_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            // ofInputStream sends the body chunked, with no Content-Length for the filter to check first
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(documentsUri)
                    .header("Content-Type", type)
                    .header("Authorization",
                            io.sasil.common.testing.TestTokens.bearer(io.sasil.common.security.Roles.EDITOR))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(body)))
                    .build();
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(413, answer.statusCode(), type + ": " + answer.body());
            org.junit.jupiter.api.Assertions.assertTrue(answer.body().contains("200000"), answer.body());
        }
        assertEquals(before, total());
    }

    @Test
    void pathologicalTextIsSplitAtItsLastSentence() {
        String text = "(".repeat(20_000) + "“".repeat(10_000) + "1".repeat(20_000) + ". 끝이다.";
        postJson(Map.of("text", text)).statusCode(201)
                .body("sentences", hasSize(2))
                .body("sentences[1].text", equalTo("끝이다."));
    }

    // ---- reading

    @Test
    void listFiltersAndPages() {
        String source = "필터일보" + SEQ.incrementAndGet();
        for (int i = 0; i < 3; i++) {
            postJson(Map.of("text", article("교육"), "source", source, "title", "교육 개편 " + i,
                    "publishedAt", "2025-01-0" + (i + 1))).statusCode(201);
        }
        given().get("/api/documents?source=" + source).then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(3))
                .body("items.text", everyItem(nullValue())).body("items.sentences", everyItem(nullValue()));
        given().get("/api/documents?source=" + source + "&size=2&page=1").then()
                .body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(2));
        given().get("/api/documents?source=" + source + "&publishedFrom=2025-01-02&publishedTo=2025-01-03").then()
                .body("total", equalTo(1)).body("items[0].title", equalTo("교육 개편 1"));
        given().get("/api/documents?source=" + source + "&q=개편 2").then().body("total", equalTo(1));
        int first = given().get("/api/documents?source=" + source).then().extract().path("items[0].id");
        given().get("/api/documents?source=" + source + "&afterId=" + first).then().body("total", equalTo(2));
        given().get("/api/documents?source=" + source + "&status=FAILED").then().body("total", equalTo(0));
        // a source and a status (a run's progress): still by id, one page after the other
        List<Integer> ids = given().get("/api/documents?source=" + source).then().extract().path("items.id");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.sasil.ingestion.model.Document.update(
                "status = ?1, nextAttemptAt = null where source = ?2", io.sasil.common.contract.DocumentStatus.FAILED,
                source));
        for (int page = 0; page < 3; page++) {
            given().get("/api/documents?source=" + source + "&status=FAILED&size=1&page=" + page).then()
                    .body("total", equalTo(3)).body("items.id", equalTo(List.of(ids.get(page))));
        }
        given().get("/api/documents?source=" + source + "&status=FAILED&afterId=" + ids.get(0)).then()
                .body("items.id", equalTo(ids.subList(1, 3)));
        given().get("/api/documents?status=DONE").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        given().get("/api/documents?page=-1").then().statusCode(400).contentType(PROBLEM);
        given().get("/api/documents?publishedFrom=어제").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missingDocumentIs404Everywhere() {
        for (String path : List.of("/api/documents/99999", "/api/documents/99999/sentences",
                "/api/documents/99999/paragraphs")) {
            given().get(path).then().statusCode(404).contentType(PROBLEM).body("detail", containsString("99999"));
        }
        given().post("/api/documents/99999/reprocess").then().statusCode(404).contentType(PROBLEM);
        given().delete("/api/documents/99999").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theChangeFeedFollowsUpdatesInTimeOrderAndShowsDeletions() {
        int first = postJson(Map.of("text", article("조선"))).statusCode(201).extract().path("id");
        int second = postJson(Map.of("text", article("철강"))).statusCode(201).extract().path("id");
        String since = given().get("/api/documents/" + first).then().extract().path("createdAt");
        String secondCreatedAt = given().get("/api/documents/" + second).then().extract().path("createdAt");
        // the first document changes again after the second: the feed lists it after the second
        given().post("/api/documents/" + first + "/reprocess").then().statusCode(202);
        given().delete("/api/documents/" + second).then().statusCode(204);
        List<Map<String, Object>> changes = given().queryParam("since", java.time.OffsetDateTime.parse(since).minusNanos(1000).toString())
                .queryParam("size", 1000).get("/api/documents/changes").then().statusCode(200).extract().path("$");
        List<Map<String, Object>> ours = changes.stream()
                .filter(c -> ((Number) c.get("id")).intValue() == first || ((Number) c.get("id")).intValue() == second)
                .toList();
        assertEquals(2, ours.size(), "one entry per document, its latest change: " + ours);
        Map<String, Object> firstChange = ours.stream().filter(c -> ((Number) c.get("id")).intValue() == first).findFirst().orElseThrow();
        Map<String, Object> secondChange = ours.stream().filter(c -> ((Number) c.get("id")).intValue() == second).findFirst().orElseThrow();
        assertEquals(false, firstChange.get("deleted"));
        assertEquals(true, secondChange.get("deleted"));
        // in (updatedAt, id) order, and the reprocessed lower id comes after the higher id's creation
        for (int i = 1; i < changes.size(); i++) {
            java.time.OffsetDateTime a = java.time.OffsetDateTime.parse((String) changes.get(i - 1).get("updatedAt"));
            java.time.OffsetDateTime b = java.time.OffsetDateTime.parse((String) changes.get(i).get("updatedAt"));
            assertTrue(a.isBefore(b) || (a.isEqual(b) && ((Number) changes.get(i - 1).get("id")).longValue()
                    < ((Number) changes.get(i).get("id")).longValue()), "ordered: " + changes);
        }
        assertTrue(java.time.OffsetDateTime.parse((String) firstChange.get("updatedAt"))
                .isAfter(java.time.OffsetDateTime.parse(secondCreatedAt)), "the reprocess is a later change");
        // the cursor of the last change read: nothing after it but later changes
        Map<String, Object> last = changes.get(changes.size() - 1);
        List<Object> after = given().queryParam("since", (String) last.get("updatedAt"))
                .queryParam("afterId", ((Number) last.get("id")).longValue())
                .get("/api/documents/changes").then().statusCode(200).extract().path("id");
        assertTrue(after.stream().noneMatch(id -> ((Number) id).intValue() == second), "nothing is read twice: " + after);
        given().queryParam("size", 0).get("/api/documents/changes").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("since", "yesterday").get("/api/documents/changes").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void deleteRemovesItAndAsksTheOthersToForget() {
        int id = postJson(Map.of("text", article("관광"))).statusCode(201).extract().path("id");
        given().delete("/api/documents/" + id).then().statusCode(204);
        given().get("/api/documents/" + id).then().statusCode(404);
        StubControl stubs = new StubControl();
        Poll.until("both services told to forget", Duration.ofSeconds(60),
                () -> stubs.calls("glossary", id).forgets() == 1 && stubs.calls("claims", id).forgets() == 1);
    }

    @Test
    void deleteSucceedsWhenTheOthersAreDown() {
        int id = postJson(Map.of("text", article("해운"))).statusCode(201).extract().path("id");
        StubControl stubs = new StubControl();
        stubs.stop("claims");
        try {
            given().delete("/api/documents/" + id).then().statusCode(204);
            Poll.until("glossary told to forget", Duration.ofSeconds(60),
                    () -> stubs.calls("glossary", id).forgets() == 1);
        } finally {
            stubs.start("claims");
        }
        given().get("/api/documents/" + id).then().statusCode(404);
        // the outbox keeps the call to claims until claims is back, then delivers it once
        Poll.until("claims told to forget once it is back", Duration.ofSeconds(60),
                () -> stubs.calls("claims", id).forgets() == 1);
    }

    @Test
    void reprocessAnswers202() {
        int id = postJson(Map.of("text", article("의료"))).statusCode(201).extract().path("id");
        given().post("/api/documents/" + id + "/reprocess").then().statusCode(202)
                .body("id", equalTo(id));
    }

    /** A UTF-8 form field (RestAssured would send ISO-8859-1). */
    static io.restassured.specification.MultiPartSpecification field(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8)
                .build();
    }

    /** Matches an ISO 8601 date-time that is the same instant as {@code expected}, whatever its offset. */
    static org.hamcrest.Matcher<Object> instant(String expected) {
        java.time.Instant want = java.time.OffsetDateTime.parse(expected).toInstant();
        return new org.hamcrest.TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return java.time.OffsetDateTime.parse(item.toString()).toInstant().equals(want);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("the instant " + expected);
            }
        };
    }

    private static long total() {
        return ((Number) given().get("/api/documents?size=1").then().extract().path("total")).longValue();
    }
}
