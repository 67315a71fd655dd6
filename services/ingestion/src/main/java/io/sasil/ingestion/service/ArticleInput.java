package io.sasil.ingestion.service;

import java.time.OffsetDateTime;

/**
 * An article as a client sent it, after the body was decoded: either plain text or HTML.
 *
 * @param title       the title, or null (taken from the HTML when there is one)
 * @param text        the plain text, or null when {@code html} is given
 * @param html        the HTML, or null when {@code text} is given
 * @param url         where it was published, or null
 * @param source      publisher or feed, or null
 * @param publishedAt when it was published, or null
 * @param language    ISO 639-1 code given by the client, or null to detect it
 */
public record ArticleInput(String title, String text, String html, String url, String source,
        OffsetDateTime publishedAt, String language) {
}
