package io.sasil.common.contract;

import io.sasil.common.problem.ProblemException;
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

    /**
     * What glossary and claims check first of a request to analyse document {@code pathId}: it names the same
     * document as the path and has a text; otherwise a 400 naming the field.
     */
    public void requireFor(long pathId) {
        if (documentId != pathId) {
            throw ProblemException.invalidField("documentId", "must equal the id in the path (" + pathId + ")");
        }
        if (text == null) {
            throw ProblemException.invalidField("text", "must not be null");
        }
    }
}
