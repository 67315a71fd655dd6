package io.sasil.common.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored document as ingestion serves it.
 *
 * @param id            ingestion's id
 * @param title         the title, if one was given or found
 * @param url           where the article was published
 * @param source        the publisher or feed
 * @param publishedAt   when it was published
 * @param language      ISO 639-1 code detected from the share of Hangul ({@code ko}) or given
 * @param status        where its analysis stands
 * @param attempts      how many times the analysis was tried
 * @param failureReason why the last attempt failed, if it did
 * @param contentHash   SHA-256 of the normalised text, the identity used for de-duplication
 * @param createdAt     when it was stored
 * @param text          the normalised text (omitted from listings)
 * @param sentences     its sentences (omitted from listings)
 * @param metadata      what the article says about itself: modification time, authors, publisher,
 *                      canonical URL, section, time zone, encoding, credits (null when unknown)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(long id, String title, String url, String source, OffsetDateTime publishedAt,
        String language, DocumentStatus status, int attempts, String failureReason, String contentHash,
        OffsetDateTime createdAt, String text, List<SentenceRef> sentences, ArticleMetadata metadata) {

    /** A view without metadata. */
    public DocumentView(long id, String title, String url, String source, OffsetDateTime publishedAt,
            String language, DocumentStatus status, int attempts, String failureReason, String contentHash,
            OffsetDateTime createdAt, String text, List<SentenceRef> sentences) {
        this(id, title, url, source, publishedAt, language, status, attempts, failureReason, contentHash, createdAt,
                text, sentences, null);
    }
}
