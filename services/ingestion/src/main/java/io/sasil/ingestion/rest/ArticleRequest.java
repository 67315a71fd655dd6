package io.sasil.ingestion.rest;

import io.sasil.ingestion.service.ArticleInput;
import io.sasil.ingestion.service.Dates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article sent as JSON. Exactly one of {@code text} and {@code html} is required.
 */
@Schema(name = "ArticleRequest", description = "An article: exactly one of text and html")
public record ArticleRequest(
        @Schema(example = "반도체 수출 20% 늘어") String title,
        @Schema(example = "산업통상자원부는 3일 지난달 반도체 수출이 1년 전보다 20% 늘었다고 밝혔다.") String text,
        @Schema(description = "HTML of the article page; its article text is extracted") String html,
        @Schema(description = "Where it was published; wins over the page's canonical URL",
                example = "https://news.example.kr/articles/1") String url,
        @Schema(description = "Publisher or feed; wins over the page's publisher", example = "예시일보") String source,
        @Schema(description = "ISO 8601 date or date-time; without an offset it is read in the newsroom's zone "
                + "(sasil.ingestion.time-zone, Asia/Seoul). Wins over the page's own date",
                example = "2025-02-03T09:00:00+09:00") String publishedAt,
        @Schema(description = "ISO 639-1 code; detected from the text when absent", example = "ko") String language) {

    /** The input, {@code publishedAt} without an offset read in {@code zone}. */
    ArticleInput toInput(java.time.ZoneId zone) {
        return new ArticleInput(title, text, html, url, source,
                Dates.parse(publishedAt, "publishedAt", zone), language, Dates.statesOffset(publishedAt),
                null);
    }
}
