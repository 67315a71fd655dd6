package io.sasil.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.DocumentView;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.Verdict;
import io.sasil.reporting.model.CheckResultRecord;
import io.sasil.reporting.report.CorpusReport;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.StubServices;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    @Inject
    CheckStore store;

    @Inject
    MeterRegistry registry;

    @Test
    void followsTheChangeFeedSkippingNothingAndStopsAtAnIncompleteDocument() {
        // results of the document deleted in ingestion, as if stored before its deletion
        store.replace(new DocumentView(60, "삭제된 기사", null, null, null, "ko", DocumentStatus.ANALYSED, 1, null, null,
                OffsetDateTime.now(ZoneOffset.UTC), null, null),
                List.of(new CheckResult("part-whole", Verdict.INCONSISTENT, List.of(), "x", null)));
        assertEquals(1, count(60));
        assertEquals(new CheckIndexer.Cursor(null, 0), indexer.cursor());

        double indexed = handled("indexed");
        double forgotten = handled("forgotten");
        double passed = handled("passed");

        int handled = indexer.sweep();

        // the deletion, HOSTILE, then PLAIN (a lower id analysed later) are handled; NO_GLOSSARY (glossary answers
        // 404) stops the sweep before it
        assertEquals(3, handled);
        assertEquals(2, handled("indexed") - indexed, "HOSTILE and PLAIN indexed");
        assertEquals(1, handled("forgotten") - forgotten, "the deletion");
        assertEquals(0, handled("passed") - passed);
        assertEquals(new CheckIndexer.Cursor(StubServices.CHANGES.get(2).updatedAt(), Articles.PLAIN),
                normalised(indexer.cursor()));
        long plainResults = count(Articles.PLAIN);
        assertTrue(plainResults > 0, "the checks of the plain article are stored");
        assertTrue(count(Articles.HOSTILE) >= 0);
        assertEquals(0, count(60), "the deleted document's results are dropped");
        assertEquals(recount(), store.failed(null, null, null, 0, 1).byCheck(),
                "the failed-check counters follow: the deleted document's failure is no longer counted");

        // the next sweep starts again at the incomplete document: the cursor never skips it
        assertEquals(0, indexer.sweep());
        assertEquals(Articles.PLAIN, indexer.cursor().documentId());
        assertEquals(plainResults, count(Articles.PLAIN), "results replaced, not added");
    }

    /** The changes counted as handled with this outcome ({@code sasil_indexer_changes_total}). */
    private double handled(String outcome) {
        return registry.get("sasil.indexer.changes").tag("outcome", outcome).counter().count();
    }

    /** The failed checks per check counted from the stored results. */
    private static List<CorpusReport.CheckCount> recount() {
        return QuarkusTransaction.requiringNew().call(() -> CheckResultRecord.getEntityManager().createQuery(
                "select checkName, count(*), count(distinct documentId) from CheckResultRecord where verdict ="
                        + " 'INCONSISTENT' group by checkName order by count(*) desc, checkName", Object[].class)
                .getResultList().stream().map(r -> new CorpusReport.CheckCount((String) r[0],
                        ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList());
    }

    private static long count(long documentId) {
        return QuarkusTransaction.requiringNew().call(() -> CheckResultRecord.count("documentId", documentId));
    }

    private static CheckIndexer.Cursor normalised(CheckIndexer.Cursor c) {
        return new CheckIndexer.Cursor(c.changedAt() == null ? null
                : c.changedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC), c.documentId());
    }
}
