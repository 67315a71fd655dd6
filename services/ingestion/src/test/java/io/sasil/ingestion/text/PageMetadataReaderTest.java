package io.sasil.ingestion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages shaped like Korean news sites, written for this test. */
class PageMetadataReaderTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final PageMetadataReader reader = new PageMetadataReader();

    private PageMetadata read(String html) {
        return reader.read(Jsoup.parse(html), SEOUL);
    }

    private static final String JSON_LD_PAGE = """
            <!DOCTYPE html><html lang="ko-KR"><head>
            <title>도시철도 요금 오른다 - 예시신문</title>
            <link rel="canonical" href="https://news.example.kr/article/2024/11/03/1001">
            <meta property="og:site_name" content="예시신문 누리집">
            <meta property="article:published_time" content="2024-11-03T08:00:00+09:00">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://news.example.kr/#site","name":"예시신문"},
              {"@type":"Organization","@id":"https://news.example.kr/#org","name":"예시신문"},
              {"@type":["NewsArticle"],"headline":"도시철도 요금 오른다",
               "mainEntityOfPage":{"@id":"https://news.example.kr/article/2024/11/03/1001"},
               "datePublished":"2024-11-03T09:30:00+09:00","dateModified":"2024-11-03T10:15:00+09:00",
               "author":[{"@type":"Person","name":"김민수 기자"},{"@type":"Person","name":"이지은"}],
               "publisher":{"@id":"https://news.example.kr/#org"},
               "articleSection":["사회","교통"],"inLanguage":"ko",}
            ]}
            </script>
            </head><body><article><h1>도시철도 요금 오른다</h1><p>시는 요금을 올린다고 밝혔다.</p></article></body></html>
            """;

    @Test
    void jsonLdGraphWithReferencesAndArrays() {
        PageMetadata m = read(JSON_LD_PAGE);
        assertEquals(OffsetDateTime.parse("2024-11-03T09:30+09:00"), m.published().at());
        assertTrue(m.published().offsetStated());
        assertEquals(OffsetDateTime.parse("2024-11-03T10:15+09:00"), m.modified().at());
        assertEquals(List.of("김민수", "이지은"), m.authors());
        assertEquals("예시신문", m.publisher());
        assertEquals("https://news.example.kr/article/2024/11/03/1001", m.canonicalUrl());
        assertEquals("사회", m.section());
        assertEquals("ko", m.language());
        assertEquals("json-ld", m.sources().get("publishedAt"));
        assertEquals("meta", m.sources().get("url"));
    }

    @Test
    void metaTagsWithoutJsonLd() {
        PageMetadata m = read("""
                <html><head>
                <meta property="og:url" content="https://news.example.kr/a/77">
                <meta property="og:site_name" content="가상일보">
                <meta property="og:locale" content="ko_KR">
                <meta property="article:published_time" content="2025-02-03T07:00:00+0900">
                <meta property="article:modified_time" content="2025-02-03 08:10:00">
                <meta property="article:section" content="경제">
                <meta name="author" content="박서연 기자">
                </head><body><div class="article_body">수출이 늘었다.</div></body></html>""");
        assertEquals(OffsetDateTime.parse("2025-02-03T07:00+09:00"), m.published().at());
        assertEquals(OffsetDateTime.parse("2025-02-03T08:10+09:00"), m.modified().at());
        assertTrue(!m.modified().offsetStated());
        assertEquals(List.of("박서연"), m.authors());
        assertEquals("가상일보", m.publisher());
        assertEquals("https://news.example.kr/a/77", m.canonicalUrl());
        assertEquals("경제", m.section());
        assertEquals("ko", m.language());
        assertEquals("meta", m.sources().get("publishedAt"));
    }

    @Test
    void timeElementsOfTheMainArticle() {
        PageMetadata m = read("""
                <html><body>
                <aside><article><h3>많이 본 뉴스</h3><time datetime="2020-01-01T00:00:00+09:00">옛 기사</time></article></aside>
                <article><header><h1>본 기사</h1>
                  <span>입력 <time datetime="2025-03-10T06:00:00+09:00">2025.03.10 06:00</time></span>
                  <span>수정 <time datetime="2025-03-10T09:20:00+09:00">2025.03.10 09:20</time></span></header>
                  <p>이 기사가 본문이다. 본문은 옆 기사보다 길게 쓴다. 그래서 가장 큰 기사다.</p></article>
                </body></html>""");
        assertEquals(OffsetDateTime.parse("2025-03-10T06:00+09:00"), m.published().at());
        assertEquals(OffsetDateTime.parse("2025-03-10T09:20+09:00"), m.modified().at());
        assertEquals("time", m.sources().get("publishedAt"));
    }

    @Test
    void severalArticlesInJsonLdTakeTheCanonicalOne() {
        PageMetadata m = read("""
                <html><head><link rel="canonical" href="https://news.example.kr/b/2">
                <script type="application/ld+json">[
                  {"@type":"NewsArticle","headline":"옆 기사","url":"https://news.example.kr/b/1",
                   "datePublished":"2024-01-01T00:00:00+09:00","author":"최옆집"},
                  {"@type":"NewsArticle","headline":"본 기사","url":"https://news.example.kr/b/2",
                   "datePublished":"2024-05-05T12:00:00+09:00","author":{"name":"정본문"}}
                ]</script></head><body><p>본문</p></body></html>""");
        assertEquals(OffsetDateTime.parse("2024-05-05T12:00+09:00"), m.published().at());
        assertEquals(List.of("정본문"), m.authors());
    }

    @Test
    void severalArticlesWithoutUrlsTakeTheOneNamedLikeThePage() {
        PageMetadata m = read("""
                <html><head><meta property="og:title" content="본 기사 제목">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"다른 기사","datePublished":"2024-01-01"}</script>
                <script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"본 기사 제목","datePublished":"2024-06-07"}</script>
                </head><body></body></html>""");
        assertEquals(OffsetDateTime.parse("2024-06-07T00:00+09:00"), m.published().at());
    }

    @Test
    void brokenJsonLdIsSkipped() {
        PageMetadata m = read("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>
                <meta property="article:published_time" content="2024-11-03T09:30:00+09:00"></head><body></body></html>""");
        assertEquals(OffsetDateTime.parse("2024-11-03T09:30+09:00"), m.published().at());
    }

    @Test
    void nothingOnAPlainPage() {
        PageMetadata m = read("<html><body><p>그냥 글이다.</p></body></html>");
        assertNull(m.published());
        assertTrue(m.authors().isEmpty());
        assertNull(m.publisher());
        assertNull(m.canonicalUrl());
    }

    @Test
    void bylineLinesOfTheHeaderAreKeptForHarvesting() {
        PageMetadata m = read("""
                <html><body><article><header><h1>제목</h1><p class="byline">김민수 기자 입력 2025.02.03 08:00</p></header>
                <p>본문이다.</p></article></body></html>""");
        assertTrue(m.bylineLines().contains("김민수 기자 입력 2025.02.03 08:00"), m.bylineLines().toString());
    }

    @Test
    void relativeCanonicalUrlsAreNotTaken() {
        assertNull(read("<html><head><link rel=canonical href=\"/a/1\"></head></html>").canonicalUrl());
    }

    @ParameterizedTest
    @CsvSource({"ko-KR, ko", "ko_KR, ko", "KO, ko", "en, en", "'', ", "x, "})
    void languageCodes(String tag, String code) {
        assertEquals(code, PageMetadataReader.languageCode(tag));
    }

    @ParameterizedTest
    @CsvSource({"김민수 기자, 김민수", "이지은 특파원, 이지은", "박서연, 박서연", "'  ', "})
    void namesLoseTheirRole(String name, String clean) {
        assertEquals(clean, PageMetadataReader.cleanName(name));
    }
}
