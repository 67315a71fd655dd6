package io.sasil.ingestion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sasil.ingestion.stub.AnalysisStubResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The article's own metadata through the REST API: pages shaped like Korean news sites (JSON-LD
 * or not, bylines in several styles, several articles on a page), all written for this test.
 */
@QuarkusTest
@QuarkusTestResource(AnalysisStubResource.class)
class ArticleMetadataResourceTest {

    private static final AtomicInteger SEQ = new AtomicInteger(2000);

    private static String newsPage(int n, String jsonLd) {
        return "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
                + "<title>지하철 " + n + "호선 연장 확정 | 예시신문</title>"
                + "<meta property=\"og:title\" content=\"지하철 " + n + "호선 연장 확정\">"
                + "<meta property=\"og:site_name\" content=\"예시신문\">"
                + "<meta property=\"og:url\" content=\"https://news.example.kr/articles/" + n + "\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-03T09:30:00+09:00\">"
                + "<meta property=\"article:section\" content=\"사회\">"
                + jsonLd
                + "</head><body><header><nav>홈 | 정치 | 사회</nav></header>"
                + "<div class=\"ad-banner\">광고</div>"
                + "<article><h1>지하철 " + n + "호선 연장 확정</h1>"
                + "<p class=\"byline\">김민수 기자 | 입력 2024.11.03 09:30</p>"
                + "<p>시는 지하철 " + n + "호선을 지난달 확정한 계획대로 연장한다고 3일 밝혔다.</p>"
                + "<p>공사는 내년에 시작한다. 주민들은 환영했다.</p>"
                + "<p>ⓒ 예시신문, 무단 전재 및 재배포 금지</p></article>"
                + "<aside class=\"ranking\"><h3>많이 본 뉴스</h3></aside><footer>회사소개</footer></body></html>";
    }

    @Test
    void pageWithMetaAndJsonLdGetsItsDatesAuthorAndPublisher() {
        int n = SEQ.incrementAndGet();
        String jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"지하철 " + n + "호선 연장 확정\",\"datePublished\":\"2024-11-03T09:30:00+09:00\","
                + "\"dateModified\":\"2024-11-03T11:05:00+09:00\",\"author\":{\"@type\":\"Person\",\"name\":\"김민수\"},"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"예시신문\"}}</script>";
        JsonPath doc = given().contentType("text/html; charset=UTF-8")
                .body(newsPage(n, jsonLd).getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201)
                .body("publishedAt", equalTo("2024-11-03T09:30:00+09:00"))
                .body("source", equalTo("예시신문"))
                .body("url", equalTo("https://news.example.kr/articles/" + n))
                .body("metadata.modifiedAt", equalTo("2024-11-03T11:05:00+09:00"))
                .body("metadata.authors", equalTo(List.of("김민수")))
                .body("metadata.publisher", equalTo("예시신문"))
                .body("metadata.section", equalTo("사회"))
                .body("metadata.language", equalTo("ko"))
                .body("metadata.timeZone", equalTo("+09:00"))
                .body("metadata.sources.publishedAt", equalTo("json-ld"))
                .body("metadata.credits.kind", equalTo(List.of("byline", "copyright")))
                .body("sentences.text", not(hasItem("김민수 기자 | 입력 2024.11.03 09:30")))
                .body("sentences.text", everyItem(not(org.hamcrest.Matchers.containsString("무단 전재"))))
                .extract().jsonPath();
        assertEquals("지하철 " + n + "호선 연장 확정", doc.getString("sentences[0].text"));
        // the document view and the listing say the same
        given().get("/api/documents/" + doc.getLong("id")).then()
                .body("publishedAt", equalTo("2024-11-03T09:30:00+09:00"))
                .body("metadata.authors", equalTo(List.of("김민수")));
    }

    @Test
    void pageWithoutJsonLdTakesMetaAndByline() {
        int n = SEQ.incrementAndGet();
        given().contentType("text/html; charset=UTF-8").body(newsPage(n, "").getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201)
                .body("publishedAt", equalTo("2024-11-03T09:30:00+09:00"))
                .body("metadata.sources.publishedAt", equalTo("meta"))
                .body("metadata.authors", equalTo(List.of("김민수")))
                .body("metadata.sources.authors", equalTo("byline"));
    }

    @Test
    void requestFieldsWinOverThePage() {
        int n = SEQ.incrementAndGet();
        given().contentType("text/html; charset=UTF-8").body(newsPage(n, "").getBytes(StandardCharsets.UTF_8))
                .queryParam("publishedAt", "2024-11-04").queryParam("source", "우리 편집국")
                .queryParam("url", "https://mirror.example.org/" + n)
                .post("/api/documents").then().statusCode(201)
                .body("publishedAt", equalTo("2024-11-04T00:00:00+09:00"))
                .body("source", equalTo("우리 편집국"))
                .body("url", equalTo("https://mirror.example.org/" + n))
                .body("metadata.canonicalUrl", equalTo("https://news.example.kr/articles/" + n))
                .body("metadata.publisher", equalTo("예시신문"))
                .body("metadata.timeZone", equalTo("Asia/Seoul"))
                .body("metadata.sources.publishedAt", equalTo("request"));
    }

    @Test
    void plainTextBylinesInSeveralStylesLeaveTheSentencesAndMapBack() {
        int n = SEQ.incrementAndGet();
        String text = "하천 정비 " + n + "곳 마무리\n"
                + "예시신문 박서연·최도윤 기자 | 입력 2025.03.10. 오전 7:40 | 수정 2025.03.10. 오전 9:05\n"
                + "\n"
                + "(세종=가상통신) 박서연 기자 = 환경부는 하천 " + n + "곳의 정비를 마쳤다고 10일 밝혔다.\n"
                + "주민들은 산책로가 넓어졌다고 말했다. /최도윤 기자\n"
                + "사진=예시신문 DB\n"
                + "<저작권자 © 예시신문, 무단전재 및 재배포 금지>";
        JsonPath doc = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/documents").then().statusCode(201)
                .body("publishedAt", equalTo("2025-03-10T07:40:00+09:00"))
                .body("metadata.modifiedAt", equalTo("2025-03-10T09:05:00+09:00"))
                .body("metadata.authors", equalTo(List.of("박서연", "최도윤")))
                .body("metadata.publisher", equalTo("가상통신"))
                .body("source", equalTo("가상통신"))
                .body("metadata.timeZone", equalTo("Asia/Seoul"))
                .body("sentences.text", equalTo(List.of("하천 정비 " + n + "곳 마무리",
                        "환경부는 하천 " + n + "곳의 정비를 마쳤다고 10일 밝혔다.", "주민들은 산책로가 넓어졌다고 말했다.")))
                .extract().jsonPath();
        long id = doc.getLong("id");
        given().get("/api/documents/" + id + "/sentences?offsets=original").then().statusCode(200)
                .body("text", equalTo(List.of("하천 정비 " + n + "곳 마무리",
                        "환경부는 하천 " + n + "곳의 정비를 마쳤다고 10일 밝혔다.", "주민들은 산책로가 넓어졌다고 말했다.")))
                .body("[1].start", equalTo(text.codePointCount(0, text.indexOf("환경부는"))));
        given().get("/api/documents/" + id + "?offsets=original").then().body("text", equalTo(text));
    }

    @Test
    void severalArticlesOnAPageTakeTheMainOne() {
        int n = SEQ.incrementAndGet();
        String html = "<html lang=\"ko\"><head><title>본 기사 " + n + "</title>"
                + "<link rel=\"canonical\" href=\"https://news.example.kr/main/" + n + "\">"
                + "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"url\":\"https://news.example.kr/side/1\","
                + "\"datePublished\":\"2023-01-01T08:00:00+09:00\",\"author\":\"옆기사\"},"
                + "{\"@type\":\"NewsArticle\",\"url\":\"https://news.example.kr/main/" + n + "\","
                + "\"datePublished\":\"2025-02-03T06:10:00+09:00\",\"author\":[\"정본문 기자\",\"한다른 기자\"]}]</script>"
                + "</head><body>"
                + "<article class=\"side\"><h2>옆 기사</h2><p>짧다.</p></article>"
                + "<article><h1>본 기사 " + n + "</h1><p>이 기사는 본 기사다. 본문이 옆 기사보다 길다. 그래서 뽑힌다.</p></article>"
                + "</body></html>";
        given().contentType("text/html; charset=UTF-8").body(html.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201)
                .body("title", equalTo("본 기사 " + n))
                .body("publishedAt", equalTo("2025-02-03T06:10:00+09:00"))
                .body("metadata.authors", equalTo(List.of("정본문", "한다른")))
                .body("url", equalTo("https://news.example.kr/main/" + n));
    }

    @Test
    void aDateWithoutOffsetIsShownInSeoulTime() {
        int n = SEQ.incrementAndGet();
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "서울 날짜로 보이는 기사 " + n + "번이다.", "publishedAt", "2025-02-03"))
                .post("/api/documents").then().statusCode(201)
                .body("publishedAt", equalTo("2025-02-03T00:00:00+09:00"))
                .body("metadata.timeZone", equalTo("Asia/Seoul"))
                .body("metadata.credits", nullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "런던 시각으로 쓴 기사 " + n + "번이다.", "publishedAt", "2025-02-03T09:00:00Z"))
                .post("/api/documents").then().statusCode(201)
                .body("publishedAt", equalTo("2025-02-03T09:00:00Z"))
                .body("metadata.timeZone", equalTo("Z"));
    }
}
