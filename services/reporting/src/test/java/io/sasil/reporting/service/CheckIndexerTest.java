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
 * The indexer follows ingestion's analysed documents (the stub lists its articles in id order) and
 * stores every document's check results, stopping at a document whose report is incomplete.
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class CheckIndexerTest {

    @Inject
    CheckIndexer indexer;

    @Test
    void checksEveryAnalysedDocumentAndStopsAtAnIncompleteOne() {
        long before = indexer.cursor();
        assertTrue(before < Articles.PLAIN, "nothing checked yet: " + before);

        int checked = indexer.sweep();

        // PLAIN and HOSTILE are complete; NO_GLOSSARY (glossary answers 404) stops the sweep before it
        assertEquals(2, checked);
        assertEquals(Articles.HOSTILE, indexer.cursor());
        long plainResults = QuarkusTransaction.requiringNew()
                .call(() -> CheckResultRecord.count("documentId", Articles.PLAIN));
        assertTrue(plainResults > 0, "the checks of the plain article are stored");

        // the next sweep starts again at the incomplete document: the cursor never skips it
        assertEquals(0, indexer.sweep());
        assertEquals(Articles.HOSTILE, indexer.cursor());
        assertEquals(plainResults, (long) QuarkusTransaction.requiringNew()
                .call(() -> CheckResultRecord.count("documentId", Articles.PLAIN)), "results replaced, not added");
    }
}
