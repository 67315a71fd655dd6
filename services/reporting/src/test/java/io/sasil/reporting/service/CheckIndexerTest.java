package io.sasil.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.reporting.model.CheckResultRecord;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.StubServices;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The indexer follows ingestion's change feed (the stub's {@link StubServices#CHANGES}) by (updatedAt, id) and
 * stores every analysed document's check results, drops a deleted one's, and stops at a document whose report is
 * incomplete.
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class CheckIndexerTest {

    @Inject
    CheckIndexer indexer;

    @Test
    void followsTheChangeFeedSkippingNothingAndStopsAtAnIncompleteDocument() {
        // results of the document deleted in ingestion, as if stored before its deletion
        QuarkusTransaction.requiringNew().run(() -> CheckResultRecord.getEntityManager().createNativeQuery(
                "insert into check_result (document_id, check_name, verdict, explanation, involved, computed_at) "
                        + "values (60, 'part-whole', 'INCONSISTENT', 'x', '[]', current_timestamp)").executeUpdate());
        assertEquals(new CheckIndexer.Cursor(null, 0), indexer.cursor());

        int handled = indexer.sweep();

        // the deletion, HOSTILE, then PLAIN (a lower id analysed later) are handled; NO_GLOSSARY (glossary answers
        // 404) stops the sweep before it
        assertEquals(3, handled);
        assertEquals(new CheckIndexer.Cursor(StubServices.CHANGES.get(2).updatedAt(), Articles.PLAIN),
                normalised(indexer.cursor()));
        long plainResults = count(Articles.PLAIN);
        assertTrue(plainResults > 0, "the checks of the plain article are stored");
        assertTrue(count(Articles.HOSTILE) >= 0);
        assertEquals(0, count(60), "the deleted document's results are dropped");

        // the next sweep starts again at the incomplete document: the cursor never skips it
        assertEquals(0, indexer.sweep());
        assertEquals(Articles.PLAIN, indexer.cursor().documentId());
        assertEquals(plainResults, count(Articles.PLAIN), "results replaced, not added");
    }

    private static long count(long documentId) {
        return QuarkusTransaction.requiringNew().call(() -> CheckResultRecord.count("documentId", documentId));
    }

    private static CheckIndexer.Cursor normalised(CheckIndexer.Cursor c) {
        return new CheckIndexer.Cursor(c.changedAt() == null ? null
                : c.changedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC), c.documentId());
    }
}
