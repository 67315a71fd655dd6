package io.sasil.common.contract;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of ingestion's change feed ({@code GET /api/documents/changes}): a document whose status
 * changed, or that was deleted, at {@code updatedAt}. The feed is ordered by ({@code updatedAt}, {@code id});
 * a follower keeps the last pair it read as its cursor.
 *
 * @param id        the document
 * @param status    its status now (null when deleted)
 * @param updatedAt when it last changed (when it was deleted)
 * @param deleted   whether the document was deleted
 */
public record DocumentChange(long id, @Schema(nullable = true) DocumentStatus status, OffsetDateTime updatedAt, boolean deleted) {
}
