package io.sasil.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.DocumentView;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.Verdict;
import io.sasil.reporting.report.CorpusReport;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The stored check results and the failed checks of the corpus report read from them (the database, no HTTP). */
@QuarkusTest
class CheckStoreTest {

    @Inject
    CheckStore store;

    private static DocumentView document(long id, String source, OffsetDateTime published) {
        return new DocumentView(id, "제목 " + id, null, source, published, "ko", DocumentStatus.ANALYSED, 1, null,
                null, OffsetDateTime.parse("2025-03-05T00:00Z"), null, null);
    }

    private static CheckResult result(String check, Verdict verdict, String explanation) {
        return new CheckResult(check, verdict, List.of(), explanation, "±0.1%p");
    }

    /** "document/explanation" of each failed check, in the order given. */
    private static List<String> keys(List<CorpusReport.FailedCheck> checks) {
        return checks.stream().map(c -> c.documentId() + "/" + c.explanation()).toList();
    }

    @Test
    void failedChecksAreNewestPublicationFirstAcrossPagesWithUndatedDocumentsFirst() {
        String source = "검사일보 " + UUID.randomUUID();
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        long early = base, late = base + 1, lateToo = base + 2, undated = base + 3;
        OffsetDateTime march2 = OffsetDateTime.parse("2025-03-02T10:00+09:00");
        store.replace(document(early, source, OffsetDateTime.parse("2025-03-01T09:00+09:00")), List.of(
                result("percentage-points", Verdict.INCONSISTENT, "47% − 18% ≠ 31%p"),
                result("ratio", Verdict.CONSISTENT, "2배")));
        store.replace(document(undated, source, null), List.of(
                result("part-whole", Verdict.INCONSISTENT, "3 + 4 > 6")));
        store.replace(document(late, source, march2), List.of(
                result("part-whole", Verdict.INCONSISTENT, "5 + 6 > 10"),
                result("ratio", Verdict.INCONSISTENT, "3배 ≠ 2배")));
        // the same publication time as the one before, a later document: it comes first
        store.replace(document(lateToo, source, march2.withOffsetSameInstant(java.time.ZoneOffset.UTC)), List.of(
                result("ratio", Verdict.UNVERIFIABLE, "단위 불명"),
                result("part-whole", Verdict.INCONSISTENT, "1 + 1 > 1")));

        // as PostgreSQL orders nulls (and H2 in the mode the services use), the undated document before the others
        List<String> expected = List.of(undated + "/3 + 4 > 6", lateToo + "/1 + 1 > 1", late + "/5 + 6 > 10",
                late + "/3배 ≠ 2배", early + "/47% − 18% ≠ 31%p");
        CorpusReport.FailedChecks all = store.failed(source, null, null, 0, 20);
        assertEquals(expected, keys(all.results()));
        assertEquals(5, all.total());
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            CorpusReport.FailedChecks p = store.failed(source, null, null, page, 2);
            assertEquals(5, p.total());
            paged.addAll(keys(p.results()));
        }
        assertEquals(expected, paged, "pages of two, one after the other");
        assertEquals(List.of(new CorpusReport.CheckCount("part-whole", 3, 3),
                new CorpusReport.CheckCount("percentage-points", 1, 1), new CorpusReport.CheckCount("ratio", 1, 1)),
                all.byCheck());

        // a period: published on 2 March (Seoul), neither the day before nor the undated document
        CorpusReport.FailedChecks second = store.failed(source, OffsetDateTime.parse("2025-03-02T00:00+09:00"),
                OffsetDateTime.parse("2025-03-03T00:00+09:00"), 0, 20);
        assertEquals(expected.subList(1, 4), keys(second.results()));
        assertEquals(3, second.total());
        assertTrue(store.failed("다른 " + source, null, null, 0, 20).results().isEmpty(), "another source");

        // stored again unchanged: nothing written, nothing counted twice
        assertFalse(store.replace(document(undated, source, null), List.of(
                result("part-whole", Verdict.INCONSISTENT, "3 + 4 > 6"))));
        assertEquals(5, store.failed(source, null, null, 0, 20).total());
        // a document checked again without the failure leaves the failed checks
        assertTrue(store.replace(document(early, source, OffsetDateTime.parse("2025-03-01T09:00+09:00")), List.of(
                result("percentage-points", Verdict.CONSISTENT, "47% − 18% = 29%p"))));
        assertEquals(expected.subList(0, 4), keys(store.failed(source, null, null, 0, 20).results()));
    }
}
