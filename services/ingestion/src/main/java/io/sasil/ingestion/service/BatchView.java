package io.sasil.ingestion.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch and its progress, counted from its items' documents when asked.
 *
 * @param id         the batch id
 * @param format     {@code jsonl} or {@code multipart}
 * @param state      {@code RECEIVING} while the request's body is still read (JSON Lines batches are stored as
 *                   they arrive), then {@code COMPLETE}; {@code TRUNCATED} when reading stopped at a limit and
 *                   {@code INTERRUPTED} when the body ended early (the items read before are kept in both)
 * @param createdAt  when it was received
 * @param updatedAt  when items were last stored, or the batch finished
 * @param items      articles read so far (non-blank lines, or files); all of the request's once not receiving
 * @param received   items stored as new documents
 * @param duplicates items whose normalised content was already stored (before or earlier in the batch)
 * @param rejected   items refused; {@code errors} says why
 * @param documents  distinct documents of the batch (new and duplicates)
 * @param byStatus   those documents counted by analysis status
 * @param analysed   documents ANALYSED
 * @param failed     documents FAILED
 * @param pending    documents still on their way (RECEIVED, GLOSSARY_DONE, CLAIMS_DONE)
 * @param done       true when the batch is no longer receiving and no document is pending
 * @param errors     one entry per rejected item
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Batch", description = "A batch of articles and its progress")
public record BatchView(long id, String format,
        @Schema(enumeration = {"RECEIVING", "COMPLETE", "TRUNCATED", "INTERRUPTED"}) String state,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int items, long received, long duplicates,
        long rejected, long documents, Map<String, Long> byStatus, long analysed, long failed, long pending,
        boolean done, List<ItemError> errors) {

    /**
     * Why one item of a batch was refused.
     *
     * @param item   position of the item in the request, from 1
     * @param line   line of the JSON Lines body, from 1 (null for files)
     * @param file   the uploaded file's name (null for JSON Lines)
     * @param status the HTTP status the item alone would have had (400, 413, 415, 422)
     * @param type   the problem type URI
     * @param detail what was wrong with it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BatchItemError")
    public record ItemError(int item, Integer line, String file, int status, String type, String detail) {
    }
}
