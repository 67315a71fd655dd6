package io.sasil.claims.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text to find claims in, without storing anything.
 *
 * @param text        the text (normalised and split into sentences by the service)
 * @param publishedAt ISO 8601 date or date-time the text was published, the reference of relative dates
 *                    ({@code 지난해}, {@code 1월 20일}); a value without offset is taken in Seoul
 */
public record ExtractRequest(
        @Schema(required = true, example = "통계청에 따르면 지난해 실업률은 3.1%였다. 정부는 대책을 서둘러야 한다.") String text,
        @Schema(example = "2025-02-03T09:00:00+09:00") String publishedAt) {
}
