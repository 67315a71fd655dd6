package io.sasil.reporting.render;

import io.sasil.common.contract.ArticleMetadata;
import io.sasil.common.contract.DocumentView;
import io.sasil.reporting.check.ArticleTime;
import java.time.ZoneId;

/**
 * What a report shows about the reviewed article, the same in Markdown and HTML: its dates in its
 * newsroom's zone with the offset ({@link ArticleTime}), its authors, publisher, canonical URL and
 * section. A value equal to one shown already (publisher = source, canonical URL = URL) is null.
 *
 * @param published    {@code 2025-02-03T09:30+09:00}, or null
 * @param modified     the modification time, likewise
 * @param authors      {@code 김민수, 이지은}, or null
 * @param publisher    the publisher when it is not the document's source, or null
 * @param canonicalUrl the canonical URL when it is not the document's URL, or null
 * @param section      the section, or null
 * @param timeZone     the zone the dates are shown in ({@code Asia/Seoul}, {@code +09:00})
 */
public record ArticleFacts(String published, String modified, String authors, String publisher,
        String canonicalUrl, String section, String timeZone) {

    /** The facts of {@code d}; dates in its own zone, else in {@code fallback}. */
    public static ArticleFacts of(DocumentView d, ZoneId fallback) {
        ZoneId zone = ArticleTime.zoneOf(d, fallback);
        ArticleMetadata m = d.metadata();
        String authors = m == null || m.authors() == null || m.authors().isEmpty() ? null : String.join(", ", m.authors());
        String publisher = m == null || m.publisher() == null || m.publisher().equals(d.source()) ? null : m.publisher();
        String canonical = m == null || m.canonicalUrl() == null || m.canonicalUrl().equals(d.url()) ? null
                : m.canonicalUrl();
        return new ArticleFacts(ArticleTime.show(d.publishedAt(), zone),
                m == null ? null : ArticleTime.show(m.modifiedAt(), zone), authors, publisher, canonical,
                m == null ? null : m.section(), zone.getId());
    }
}
