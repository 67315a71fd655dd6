package io.sasil.claims.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text to find quantities in.
 *
 * @param text          the text
 * @param referenceTime ISO 8601 date or date-time relative dates are resolved against; without it they
 *                      are skipped; a value without offset is taken in Seoul
 */
public record ParseRequest(
        @Schema(required = true, example = "약 81억 원을 들여 지난해 1분기에 공장 3곳을 지었다.") String text,
        @Schema(example = "2025-02-03T09:00:00+09:00") String referenceTime) {
}
