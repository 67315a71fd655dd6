package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.contract.ArticleMetadata;
import io.sasil.reporting.report.DocumentReport;
import io.sasil.reporting.testing.ArticleBuilder;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.Reports;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 4 and issue 17: every format shows the article's dates as its newsroom reads them, and the
 * article's own metadata. Ingestion's JSON arrives with every offset moved to UTC, as here.
 */
class ArticleDatesRenderingTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    /** An article of 2025-02-03 in Seoul, as the JSON client hands it over: 2025-02-02T15:00Z. */
    private static ArticleBuilder seoulArticle(ArticleMetadata metadata) {
        return Articles.plain().meta("새봄전자, 점유율 52%", null, "테스트일보", "2025-02-02T15:00:00Z").metadata(metadata);
    }

    private static ArticleMetadata metadata(String timeZone) {
        return new ArticleMetadata(OffsetDateTime.parse("2025-02-03T01:30:00Z"), List.of("김민수", "이지은"), "새봄신문",
                "https://news.example.kr/articles/52", "경제", "ko", timeZone, "EUC-KR (Content-Type header)", List.of(),
                Map.of());
    }

    @Test
    void markdownShowsTheSeoulDateNotUtc() {
        String md = new MarkdownRenderer().document(Reports.of(seoulArticle(null)));
        assertTrue(md.contains("- Published: 2025-02-03T00:00+09:00\n"), md);
        assertFalse(md.contains("2025-02-02T15:00Z"), md);
        assertTrue(md.contains("- Generated: 2025-02-05T09:00+09:00\n"), md);
    }

    @Test
    void markdownShowsTheArticlesMetadata() {
        String md = new MarkdownRenderer().document(Reports.of(seoulArticle(metadata("Asia/Seoul"))));
        assertTrue(md.contains("- Publisher: 새봄신문\n"), md);
        assertTrue(md.contains("- Authors: 김민수, 이지은\n"), md);
        assertTrue(md.contains("- Modified: 2025-02-03T10:30+09:00\n"), md);
        assertTrue(md.contains("- Section: 경제\n"), md);
        assertTrue(md.contains("- Canonical URL: https://news.example.kr/articles/52\n"), md);
    }

    @Test
    void theArticlesOwnOffsetWins() {
        String md = new MarkdownRenderer().document(Reports.of(seoulArticle(metadata("Z"))));
        assertTrue(md.contains("- Published: 2025-02-02T15:00Z\n"), md);
        String ny = new MarkdownRenderer().document(Reports.of(seoulArticle(metadata("-05:00"))));
        assertTrue(ny.contains("- Published: 2025-02-02T10:00-05:00\n"), ny);
    }

    @Test
    void theConfiguredZoneAppliesWhenTheArticleNamesNone() {
        String md = new MarkdownRenderer(ZoneId.of("UTC")).document(Reports.of(seoulArticle(null)));
        assertTrue(md.contains("- Published: 2025-02-02T15:00Z\n"), md);
    }

    @Test
    void htmlModelShowsTheSeoulDate() {
        HtmlReportModel m = HtmlReportModel.of(Reports.of(seoulArticle(metadata("Asia/Seoul"))));
        assertEquals("2025-02-03T00:00+09:00", m.facts().published());
        assertEquals("김민수, 이지은", m.facts().authors());
        assertEquals("Asia/Seoul", m.facts().timeZone());
    }

    @Test
    void csvRowsCarryTheSeoulPublicationTime() {
        DocumentReport r = Reports.of(seoulArticle(null));
        String csv = new CsvRenderer().claims(r);
        String[] lines = csv.split("\r?\n");
        assertTrue(lines[0].endsWith(",published_at"), lines[0]);
        assertTrue(lines[1].endsWith(",2025-02-03T00:00+09:00"), lines[1]);
    }

    @Test
    void jsonLdNamesTheReviewedArticle() throws Exception {
        JsonNode root = mapper.readTree(new JsonLdRenderer(mapper).document(Reports.of(seoulArticle(metadata("+09:00")))));
        JsonNode article = root.get("@graph").get(0);
        assertEquals("2025-02-03T00:00+09:00", article.get("datePublished").asText());
        assertEquals("2025-02-03T10:30+09:00", article.get("dateModified").asText());
        assertEquals("https://news.example.kr/articles/52", article.get("url").asText());
        assertEquals("새봄신문", article.get("publisher").get("name").asText());
        assertEquals("Person", article.get("author").get(0).get("@type").asText());
        assertEquals("김민수", article.get("author").get(0).get("name").asText());
        JsonNode claim = root.get("@graph").get(1).get("itemReviewed");
        assertEquals("2025-02-03T00:00+09:00", claim.get("datePublished").asText());
        assertEquals("김민수", claim.get("appearance").get("author").get(0).get("name").asText());
    }
}
