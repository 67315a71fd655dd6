package io.sasil.common.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an article says about itself, beyond its text: read from the page (JSON-LD, meta tags,
 * {@code <time>}), from its byline and credit lines, and from the request (which wins).
 *
 * @param modifiedAt   when it was last modified ({@code dateModified}, {@code article:modified_time},
 *                     a {@code 수정 2024.11.03 10:15} stamp), in the article's offset
 * @param authors      its authors, names without their role ({@code 김민수}, not {@code 김민수 기자})
 * @param publisher    the publication ({@code og:site_name}, JSON-LD {@code publisher}, a dateline's agency)
 * @param canonicalUrl the page's canonical URL ({@code link rel=canonical}, {@code og:url}, JSON-LD {@code url})
 * @param section      the section ({@code article:section}, JSON-LD {@code articleSection})
 * @param language     the language the page declares ({@code <html lang>}, JSON-LD {@code inLanguage},
 *                     {@code og:locale}), ISO 639-1; the document's {@code language} is what its text is
 * @param timeZone     the zone its dates are shown in: the offset the article states ({@code +09:00}),
 *                     else the newsroom's zone ({@code Asia/Seoul})
 * @param encoding     the encoding the body was read in and how it was found
 *                     ({@code EUC-KR (the page's meta charset)}); null for JSON bodies
 * @param credits      the byline, dateline, time stamp, photo credit and copyright lines taken out of
 *                     the analysed text, with their offsets in the original text
 * @param sources      where each field came from: {@code publishedAt}, {@code modifiedAt}, {@code authors},
 *                     {@code publisher}, {@code url}, {@code section}, {@code language} →
 *                     {@code request}, {@code json-ld}, {@code meta}, {@code time}, {@code byline}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ArticleMetadata(OffsetDateTime modifiedAt, List<String> authors, String publisher, String canonicalUrl,
        String section, String language, String timeZone, String encoding, List<Credit> credits,
        Map<String, String> sources) {

    /**
     * A line (or the head of a line) that credits rather than tells: taken out of the analysed text.
     *
     * @param kind  {@code byline} (reporters, e-mail, 입력/수정 stamps), {@code dateline}
     *              ({@code (서울=연합뉴스) 김민수 기자 =}), {@code photo} ({@code 사진=…}), {@code copyright}
     * @param text  the credit as written
     * @param start its start in the original text, a code point offset
     * @param end   its end in the original text (exclusive), including the line break removed with it
     */
    public record Credit(String kind, String text, int start, int end) {
    }
}
