package io.sasil.ingestion.text;

import java.util.List;
import java.util.Map;

/**
 * What an HTML page says about its article (see {@link PageMetadataReader}); any field may be null
 * or empty.
 *
 * @param published    publication time
 * @param modified     modification time
 * @param authors      author names, without role words
 * @param publisher    the publication's name
 * @param canonicalUrl the canonical URL (absolute http or https only)
 * @param section      the section
 * @param language     ISO 639-1 code the page declares
 * @param headline     the JSON-LD headline, if any
 * @param sources      field name → where it was read: {@code json-ld}, {@code meta}, {@code time}, {@code byline}
 * @param bylineLines  short lines of the page's byline and header elements, which text extraction drops,
 *                     for {@link CreditLines#harvest}
 */
public record PageMetadata(StatedTime published, StatedTime modified, List<String> authors, String publisher,
        String canonicalUrl, String section, String language, String headline, Map<String, String> sources,
        List<String> bylineLines) {

    /** Nothing known. */
    public static PageMetadata empty() {
        return new PageMetadata(null, null, List.of(), null, null, null, null, null, Map.of(), List.of());
    }
}
