package io.sasil.common.persistence;

import io.sasil.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One row per document this service has seen ({@code document_guard}): the lock that orders an
 * analysis and a "forget" of the same document, and the tombstone of a forgotten one. Used by the
 * services that store an analysis per document (glossary, claims); each has the table in its own
 * schema (its Flyway migrations).
 *
 * <p>Both take the row's lock ({@code select … for update}, or the update itself) first in their
 * transaction, so an analysis that was already running when ingestion deleted the document either
 * commits before the forget (which then removes what it stored) or sees the tombstone and is
 * refused with 410. Ingestion never reuses a document id, so a tombstone is kept for good.
 */
@ApplicationScoped
public class DocumentGuard {

    private final EntityManager em;

    public DocumentGuard(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks the document for an analysis until the transaction ends.
     *
     * @throws ProblemException 410 when the document was forgotten (deleted in ingestion)
     */
    public void lockForAnalysis(long documentId) {
        ensureRow(documentId);
        List<?> forgotten = em.createNativeQuery(
                "select forgotten_at from document_guard where document_id = ?1 for update")
                .setParameter(1, documentId).getResultList();
        if (!forgotten.isEmpty() && forgotten.get(0) != null) {
            throw new ProblemException(410, "document-deleted", "Document deleted",
                    "document " + documentId + " was deleted in ingestion and forgotten here; it is not analysed again");
        }
    }

    /** Marks the document forgotten (waiting for an analysis of it in progress to end) until the transaction ends. */
    public void forget(long documentId) {
        ensureRow(documentId);
        em.createNativeQuery("update document_guard set forgotten_at = ?1 where document_id = ?2")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC)).setParameter(2, documentId).executeUpdate();
    }

    /** Whether the document was forgotten. */
    public boolean forgotten(long documentId) {
        return !em.createNativeQuery(
                "select 1 from document_guard where document_id = ?1 and forgotten_at is not null")
                .setParameter(1, documentId).getResultList().isEmpty();
    }

    private void ensureRow(long documentId) {
        em.createNativeQuery("insert into document_guard (document_id) values (?1) on conflict do nothing")
                .setParameter(1, documentId).executeUpdate();
    }
}
