package io.sasil.ingestion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.ingestion.model.Document;
import io.sasil.ingestion.stub.AnalysisStubResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The backlog gauges: the oldest pending document is the earliest last change over the three pending statuses,
 * whichever status holds it, and documents that are done (analysed or failed) do not count however old.
 */
@QuarkusTest
@QuarkusTestResource(AnalysisStubResource.class)
class BacklogMetricsTest {

    /** Not due before this: the analysis driver leaves the test's pending documents alone. */
    private static final OffsetDateTime NEVER_DUE = OffsetDateTime.of(2999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    BacklogMetrics metrics;

    @Inject
    MeterRegistry registry;

    @Test
    void theOldestPendingChangeIsTheEarliestOverThePendingStatuses() {
        List<Long> ids = new ArrayList<>();
        try {
            // older than anything other tests store, so the expected answer does not depend on them
            ids.add(store(DocumentStatus.FAILED, at(1990, 1, 1)));
            ids.add(store(DocumentStatus.ANALYSED, at(1991, 1, 1)));
            ids.add(store(DocumentStatus.RECEIVED, at(2001, 1, 1)));
            ids.add(store(DocumentStatus.CLAIMS_DONE, at(2000, 6, 1)));
            ids.add(store(DocumentStatus.GLOSSARY_DONE, at(2000, 9, 1)));
            ids.add(store(DocumentStatus.CLAIMS_DONE, at(2002, 1, 1)));

            OffsetDateTime oldest = QuarkusTransaction.requiringNew().call(BacklogMetrics::oldestPendingChange);
            assertNotNull(oldest);
            assertTrue(oldest.isEqual(at(2000, 6, 1)), "the CLAIMS_DONE document of 2000-06-01, not " + oldest);

            metrics.refresh();
            double seconds = registry.get("sasil.documents.oldest.pending.seconds").gauge().value();
            double expected = Duration.between(at(2000, 6, 1), OffsetDateTime.now()).toSeconds();
            assertEquals(expected, seconds, 3600, "the gauge reads the same document's age");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> Document.deleteById(id)));
        }
    }

    private static long store(DocumentStatus status, OffsetDateTime updatedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Document d = new Document();
            d.language = "ko";
            d.status = status;
            d.contentHash = UUID.randomUUID().toString().replace("-", "");
            d.originalText = "대기열 계기판 시험 문서다.";
            d.text = d.originalText;
            d.createdAt = updatedAt;
            d.updatedAt = updatedAt;
            d.nextAttemptAt = NEVER_DUE;
            d.persist();
            return d.id;
        });
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 0, 0, 0, 0, ZoneOffset.UTC);
    }
}
