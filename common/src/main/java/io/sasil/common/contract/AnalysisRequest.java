package io.sasil.common.contract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What ingestion sends to glossary and claims to analyse one document.
 *
 * @param documentId  ingestion's id of the document
 * @param text        the stored (normalised) text; all offsets point into it
 * @param publishedAt when the article was published, the reference time for relative dates; may be null
 * @param sentences   the sentences ingestion split the text into
 */
public record AnalysisRequest(long documentId, String text, OffsetDateTime publishedAt, List<SentenceRef> sentences) {
}
