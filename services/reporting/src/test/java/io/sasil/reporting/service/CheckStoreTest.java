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

    /** The documents a test stored: forgotten after it, so that no other test's corpus report counts them. */
    private final List<Long> stored = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void forgetStored() {
        stored.forEach(store::forget);
    }

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
        stored.addAll(List.of(early, late, lateToo, undated));
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

    @Test
    void theFailedCheckCountersEqualARecountAfterEveryReplaceAndForget() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> sources = List.of("가나일보 " + run, "다라신문 " + run);
        List<String> checks = List.of("part-whole", "ratio", "percentage-points");
        java.util.Random random = new java.util.Random(run.hashCode());
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        List<Long> live = new ArrayList<>();
        long next = base;
        for (int step = 0; step < 120; step++) {
            if (!live.isEmpty() && random.nextInt(6) == 0) {
                long id = live.remove(random.nextInt(live.size()));
                store.forget(id);
                // forgotten for good: storing it again is refused and changes nothing
                io.sasil.common.problem.ProblemException refused = org.junit.jupiter.api.Assertions.assertThrows(
                        io.sasil.common.problem.ProblemException.class, () -> store.replace(
                                document(id, sources.get(0), null),
                                List.of(result("ratio", Verdict.INCONSISTENT, "다시"))));
                assertEquals(410, refused.status());
            } else {
                long id = live.isEmpty() || random.nextInt(3) == 0 ? next++ : live.get(random.nextInt(live.size()));
                if (!live.contains(id)) {
                    live.add(id);
                    stored.add(id);
                }
                List<CheckResult> results = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    results.add(result(checks.get(random.nextInt(checks.size())),
                            Verdict.values()[random.nextInt(Verdict.values().length)], "단계 " + step + "-" + i));
                }
                // a document may move to another source when it is checked again
                store.replace(document(id, sources.get(random.nextInt(2)),
                        random.nextBoolean() ? null : OffsetDateTime.parse("2025-04-01T08:00+09:00")), results);
            }
            for (String source : sources) {
                CorpusReport.FailedChecks counted = store.failed(source, null, null, 0, 1);
                assertEquals(recount(source), counted.byCheck(), "step " + step + ", " + source);
                assertEquals(counted.byCheck().stream().mapToLong(CorpusReport.CheckCount::results).sum(),
                        counted.total());
            }
        }
    }

    @Test
    void twoReplicasStoringOneDocumentAtOnceLeaveOneSetOfResultsAndCountItOnce() throws Exception {
        String source = "동시일보 " + UUID.randomUUID();
        long id = ThreadLocalRandom.current().nextLong(2_000_000_000L, 3_000_000_000L);
        stored.add(id);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                List<CheckResult> one = List.of(result("ratio", Verdict.INCONSISTENT, "가 " + round),
                        result("part-whole", Verdict.INCONSISTENT, "나 " + round));
                List<CheckResult> other = List.of(result("ratio", Verdict.INCONSISTENT, "다 " + round));
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                var a = pool.submit(() -> {
                    go.await();
                    return store.replace(document(id, source, null), one);
                });
                var b = pool.submit(() -> {
                    go.await();
                    return store.replace(document(id, source, null), other);
                });
                go.countDown();
                a.get();
                b.get();
                long rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                        io.sasil.reporting.model.CheckResultRecord.count("documentId", id));
                assertTrue(rows == 1 || rows == 2, "one of the two sets, not both: " + rows + " rows");
                assertEquals(recount(source), store.failed(source, null, null, 0, 1).byCheck(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The failed checks of a source counted from the stored results, as the corpus report counted them before. */
    private static List<CorpusReport.CheckCount> recount(String source) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                io.sasil.reporting.model.CheckResultRecord.getEntityManager().createQuery(
                        "select checkName, count(*), count(distinct documentId) from CheckResultRecord"
                                + " where verdict = 'INCONSISTENT' and documentSource = ?1"
                                + " group by checkName order by count(*) desc, checkName", Object[].class)
                        .setParameter(1, source).getResultList().stream()
                        .map(r -> new CorpusReport.CheckCount((String) r[0], ((Number) r[1]).longValue(),
                                ((Number) r[2]).longValue()))
                        .toList());
    }
}
