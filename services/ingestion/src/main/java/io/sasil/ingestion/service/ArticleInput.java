package io.sasil.ingestion.service;

import java.time.OffsetDateTime;

/**
 * An article as a client sent it, after the body was decoded: either plain text or HTML.
 *
 * @param title                 the title, or null (taken from the HTML when there is one)
 * @param text                  the plain text, or null when {@code html} is given
 * @param html                  the HTML, or null when {@code text} is given
 * @param url                   where it was published, or null (the page's canonical URL then)
 * @param source                publisher or feed, or null (the page's publisher then)
 * @param publishedAt           when it was published, or null (the page's or byline's time then)
 * @param language              ISO 639-1 code given by the client, or null to detect it
 * @param publishedOffsetStated whether the client gave {@code publishedAt} with its offset
 * @param encoding              how the body was decoded ({@code EUC-KR (Content-Type header)}), or null
 */
public record ArticleInput(String title, String text, String html, String url, String source,
        OffsetDateTime publishedAt, String language, boolean publishedOffsetStated, String encoding) {

    /** An input whose {@code publishedAt}, if any, states its offset, and whose encoding is not recorded. */
    public ArticleInput(String title, String text, String html, String url, String source, OffsetDateTime publishedAt,
            String language) {
        this(title, text, html, url, source, publishedAt, language, publishedAt != null, null);
    }

    /** The same input, decoded as {@code encoding}. */
    public ArticleInput withEncoding(String encoding) {
        return new ArticleInput(title, text, html, url, source, publishedAt, language, publishedOffsetStated, encoding);
    }
}
