package io.sasil.ingestion.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.ingestion.model.Document;
import io.sasil.ingestion.stub.AnalysisStubResource;
import io.sasil.ingestion.stub.Poll;
import io.sasil.ingestion.stub.StubControl;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Durability of the analysis driver against stubs of glossary and claims that a test stops,
 * restarts, fails or slows: nothing is lost, nothing is analysed twice, two drivers never hold one
 * document at once.
 */
@QuarkusTest
@QuarkusTestResource(AnalysisStubResource.class)
class AnalysisDriverTest {

    private static final AtomicInteger SEQ = new AtomicInteger(5000);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    AnalysisDriver driver;

    @Inject
    DocumentService documents;

    @Inject
    io.sasil.ingestion.config.IngestionConfig config;

    private final StubControl stubs = new StubControl();

    @AfterEach
    void healStubs() {
        stubs.start("glossary");
        stubs.start("claims");
        stubs.mode("glossary", "*", "ok");
        stubs.mode("claims", "*", "ok");
    }

    static String article() {
        int n = SEQ.incrementAndGet();
        return "항만 물동량 " + n + "만 톤\n해양수산부는 지난달 물동량이 " + n + "만 톤으로 늘었다고 밝혔다.";
    }

    static String status(long id) {
        return given().get("/api/documents/" + id).then().extract().path("status");
    }

    static String reason(long id) {
        return given().get("/api/documents/" + id).then().extract().path("failureReason");
    }

    static int attempts(long id) {
        return given().get("/api/documents/" + id).then().extract().path("attempts");
    }

    @Test
    void glossaryStoppedMidBatchThenRestartedEveryDocumentEndsAnalysedExactlyOnce() {
        stubs.stop("glossary");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append("{\"text\":\"").append(article().replace("\n", "\\n")).append("\"}\n");
        }
        int batch = given().contentType("application/x-ndjson").body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/batches")
                .then().statusCode(201).body("received", equalTo(8)).extract().path("id");
        List<Integer> ids = given().get("/api/documents?batch=" + batch + "&size=50").then().extract().path("items.id");
        assertEquals(8, ids.size());
        // every document has been tried and waits for glossary (RECEIVED, no attempt counted), none is lost
        Poll.until("every document tried while glossary is down", PATIENCE,
                () -> ids.stream().allMatch(id -> String.valueOf(reason(id)).startsWith("waiting, glossary:")));
        for (int id : ids) {
            assertEquals("RECEIVED", status(id));
            assertEquals(0, attempts(id), "an unreachable service counts no attempt");
            assertEquals(0, stubs.calls("glossary", id).successes());
            assertEquals(0, stubs.calls("claims", id).successes());
        }
        given().get("/api/batches/" + batch).then().body("pending", equalTo(8)).body("done", equalTo(false));
        stubs.start("glossary");
        Poll.until("batch done", PATIENCE,
                () -> given().get("/api/batches/" + batch).then().extract().<Boolean>path("done"));
        given().get("/api/batches/" + batch).then().body("analysed", equalTo(8)).body("failed", equalTo(0));
        for (int id : ids) {
            assertEquals("ANALYSED", status(id));
            assertEquals(1, stubs.calls("glossary", id).successes(), "glossary calls of " + id);
            assertEquals(1, stubs.calls("claims", id).successes(), "claims calls of " + id);
        }
    }

    @Test
    void claimsFailingAfterGlossaryResumesAtClaimsWithoutRepeatingGlossary() {
        long id = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document().id;
        stubs.mode("claims", Long.toString(id), "fail500");
        driver.kick(id);
        Poll.until("glossary done, claims failing", PATIENCE,
                () -> "GLOSSARY_DONE".equals(status(id)) && attempts(id) >= 2);
        String reason = given().get("/api/documents/" + id).then().extract().path("failureReason");
        assertNotNull(reason);
        stubs.mode("claims", Long.toString(id), "ok");
        Poll.until("analysed", PATIENCE, () -> "ANALYSED".equals(status(id)));
        assertEquals(1, stubs.calls("glossary", id).successes());
        assertEquals(1, stubs.calls("claims", id).successes());
        assertTrue(stubs.calls("claims", id).failures() >= 1);
    }

    @Test
    void slowGlossaryIsNotCalledTwiceForOneDocument() {
        String text = article();
        // slow every glossary call for a while; the sweep runs every second meanwhile
        stubs.mode("glossary", "*", "slow:2500");
        int id = post(text);
        Poll.until("analysed", PATIENCE, () -> "ANALYSED".equals(status(id)));
        stubs.mode("glossary", "*", "ok");
        assertEquals(1, stubs.calls("glossary", id).successes());
        assertEquals(1, stubs.calls("claims", id).successes());
        assertEquals(1, stubs.maxConcurrentPerDocument("glossary"));
    }

    @Test
    void reprocessRunsTheAnalysisAgainOnce() {
        int id = post(article());
        Poll.until("analysed", PATIENCE, () -> "ANALYSED".equals(status(id)));
        given().post("/api/documents/" + id + "/reprocess").then().statusCode(202);
        Poll.until("analysed again", PATIENCE,
                () -> "ANALYSED".equals(status(id)) && stubs.calls("claims", id).successes() == 2);
        assertEquals(2, stubs.calls("glossary", id).successes());
        assertEquals(2, stubs.calls("claims", id).successes());
    }

    @Test
    void failedAfterMaxAttemptsWithTheReasonThenReprocessed() {
        String text = article();
        Document stored = documents.ingest(new ArticleInput(null, text, null, null, null, null, null), null, null, null)
                .document();
        long id = stored.id;
        stubs.mode("glossary", Long.toString(id), "fail500");
        driver.kick(id);
        Poll.until("FAILED", PATIENCE, () -> "FAILED".equals(status(id)));
        given().get("/api/documents/" + id).then()
                .body("attempts", equalTo(8))
                .body("failureReason", org.hamcrest.Matchers.containsString("500"));
        given().get("/api/documents?status=FAILED").then().body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        stubs.mode("glossary", Long.toString(id), "ok");
        given().post("/api/documents/" + id + "/reprocess").then().statusCode(202);
        Poll.until("analysed after reprocess", PATIENCE, () -> "ANALYSED".equals(status(id)));
        assertEquals(1, stubs.calls("glossary", id).successes());
    }

    @Test
    void aDocumentTheServiceRefusesFailsAtOnceWithoutBackingOff() {
        Document stored = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null,
                null).document();
        long id = stored.id;
        stubs.mode("glossary", Long.toString(id), "fail400");
        driver.kick(id);
        Poll.until("FAILED", PATIENCE, () -> "FAILED".equals(status(id)));
        given().get("/api/documents/" + id).then()
                .body("attempts", equalTo(1))
                .body("failureReason", org.hamcrest.Matchers.containsString("400"));
        assertEquals(1, stubs.calls("glossary", id).failures(), "a refusal is not retried");
        stubs.mode("glossary", Long.toString(id), "ok");
        given().post("/api/documents/" + id + "/reprocess").then().statusCode(202);
        Poll.until("analysed after reprocess", PATIENCE, () -> "ANALYSED".equals(status(id)));
    }

    @Test
    void twoDriversNeverLeaseTheSameDocument() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Document d = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null,
                    null).document();
            ids.add(d.id);
        }
        // once the real driver is done with them, put them back at RECEIVED but not due for an hour,
        // so that its sweep stays away and only the four racing "replicas" below lease them
        Poll.until("analysed by the real driver", PATIENCE, () -> ids.stream().allMatch(id -> "ANALYSED".equals(status(id))));
        QuarkusTransaction.requiringNew().run(() -> Document.update(
                "status = ?1, nextAttemptAt = ?2, leaseOwner = null, leaseUntil = null where id in ?3",
                io.sasil.common.contract.DocumentStatus.RECEIVED, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1), ids));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (long id : ids) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int replica = 0; replica < 4; replica++) {
                    String owner = "replica-" + replica;
                    Callable<Boolean> lease = () -> {
                        go.await();
                        return driver.tryLease(id, owner);
                    };
                    results.add(pool.submit(lease));
                }
                go.countDown();
                int winners = 0;
                for (Future<Boolean> r : results) {
                    winners += r.get() ? 1 : 0;
                }
                assertEquals(1, winners, "leases won for document " + id);
                // a live lease cannot be taken, also not by the same replica name again
                assertTrue(!driver.tryLease(id, "replica-9"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeadReplicasExpiredLeaseIsTakenOverAndTheDocumentFinished() {
        Document d = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document();
        long id = d.id;
        // as if a replica leased it and died: its lease ran out a minute ago
        QuarkusTransaction.requiringNew().run(() -> Document.update(
                "leaseOwner = 'dead-replica', leaseUntil = ?1 where id = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), id));
        Poll.until("taken over by the sweep", PATIENCE, () -> "ANALYSED".equals(status(id)));
        assertEquals(1, stubs.calls("glossary", id).successes());
    }

    @Test
    void aLiveLeaseOfAnotherReplicaIsRespected() throws InterruptedException {
        Document d = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document();
        long id = d.id;
        QuarkusTransaction.requiringNew().run(() -> Document.update(
                "leaseOwner = 'other-replica', leaseUntil = ?1 where id = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5), id));
        driver.kick(id);
        Thread.sleep(2500); // two sweeps
        assertEquals("RECEIVED", status(id));
        assertEquals(0, stubs.calls("glossary", id).successes());
        QuarkusTransaction.requiringNew().run(() -> Document.update(
                "leaseOwner = null, leaseUntil = null where id = ?1", id));
        Poll.until("analysed once released", PATIENCE, () -> "ANALYSED".equals(status(id)));
    }

    @Test
    void anAnswer503PostponesTheDocumentWithoutCountingAttempts() {
        long id = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document().id;
        stubs.mode("claims", Long.toString(id), "fail503");
        driver.kick(id);
        // more failed calls than max-attempts (8): still waiting, not FAILED
        Poll.until("claims answered 503 ten times", PATIENCE, () -> stubs.calls("claims", id).failures() >= 10);
        assertEquals("GLOSSARY_DONE", status(id));
        assertEquals(0, attempts(id));
        assertTrue(reason(id).startsWith("waiting, claims:"), reason(id));
        stubs.mode("claims", Long.toString(id), "ok");
        Poll.until("analysed once claims is back", PATIENCE, () -> "ANALYSED".equals(status(id)));
        assertEquals(1, attempts(id));
        assertEquals(1, stubs.calls("glossary", id).successes());
        assertEquals(1, stubs.calls("claims", id).successes());
    }

    @Test
    void aLeaseIsRenewedWhileItsWorkerRuns() {
        long id = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document().id;
        stubs.mode("glossary", Long.toString(id), "slow:3000");
        driver.kick(id);
        Poll.until("leased", PATIENCE, () -> leaseOwner(id) != null);
        OffsetDateTime first = leaseUntil(id);
        Poll.until("time passes", PATIENCE, () -> OffsetDateTime.now(ZoneOffset.UTC).isAfter(first.minus(Duration.ofMinutes(2)).plusNanos(50_000_000)));
        driver.renewLeases();
        assertTrue(leaseUntil(id).isAfter(first), "renewed: " + leaseUntil(id) + " after " + first);
        Poll.until("analysed", PATIENCE, () -> "ANALYSED".equals(status(id)));
        assertEquals(1, stubs.calls("claims", id).successes());
    }

    @Test
    void aWorkerWhoseLeaseWasTakenOverStopsWithoutWriting() {
        long id = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document().id;
        stubs.mode("glossary", Long.toString(id), "hold");
        driver.kick(id);
        // the worker is inside its glossary call (it read the document under its lease)
        Poll.until("the glossary call is running", PATIENCE, () -> stubs.calls("glossary", id).running() == 1);
        // as if the lease had expired and another replica had taken the document
        QuarkusTransaction.requiringNew().run(() -> Document.update(
                "leaseOwner = 'other-replica', leaseUntil = ?1 where id = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5), id));
        stubs.mode("glossary", Long.toString(id), "ok");
        Poll.until("the stale worker's glossary call ended", PATIENCE,
                () -> stubs.calls("glossary", id).successes() == 1 && driver.heldLeases() == 0);
        assertEquals("RECEIVED", status(id), "the stale worker did not advance the document");
        assertEquals("other-replica", leaseOwner(id));
        assertEquals(0, stubs.calls("claims", id).successes(), "the stale worker stopped");
        QuarkusTransaction.requiringNew().run(() -> Document.update(
                "leaseOwner = null, leaseUntil = null where id = ?1", id));
        Poll.until("analysed by the next worker", PATIENCE, () -> "ANALYSED".equals(status(id)));
        assertEquals(1, stubs.calls("claims", id).successes());
    }

    @Test
    void reprocessDuringARunRestartsItAndTheOldWorkerStops() {
        long id = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document().id;
        stubs.mode("glossary", Long.toString(id), "hold");
        driver.kick(id);
        Poll.until("the glossary call is running", PATIENCE, () -> stubs.calls("glossary", id).running() == 1);
        given().post("/api/documents/" + id + "/reprocess").then().statusCode(202);
        stubs.mode("glossary", Long.toString(id), "ok");
        Poll.until("analysed and no worker left", PATIENCE,
                () -> "ANALYSED".equals(status(id)) && driver.heldLeases() == 0);
        assertEquals(2, stubs.calls("glossary", id).successes(), "the old run and the new one called glossary");
        assertEquals(1, stubs.calls("claims", id).successes(), "only the new run went on to claims");
        assertEquals(1, attempts(id));
    }

    @Test
    void deleteDuringARunStopsTheWorkerAndTheOthersForgetIt() {
        long id = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document().id;
        stubs.mode("glossary", Long.toString(id), "slow:1500");
        driver.kick(id);
        Poll.until("leased", PATIENCE, () -> leaseOwner(id) != null);
        given().delete("/api/documents/" + id).then().statusCode(204);
        Poll.until("worker gone, both forgot", PATIENCE, () -> driver.heldLeases() == 0
                && stubs.calls("glossary", id).forgets() == 1 && stubs.calls("claims", id).forgets() == 1);
        assertEquals(0, stubs.calls("claims", id).successes(), "the worker stopped after the delete");
        given().get("/api/documents/" + id).then().statusCode(404);
    }

    @Test
    void releasedLeasesAreTakenAgainAtOnce() {
        long id = documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document().id;
        stubs.mode("glossary", Long.toString(id), "slow:1500");
        driver.kick(id);
        Poll.until("leased", PATIENCE, () -> leaseOwner(id) != null);
        assertTrue(driver.releaseLeases() >= 1);
        stubs.mode("glossary", Long.toString(id), "ok");
        Poll.until("analysed", PATIENCE, () -> "ANALYSED".equals(status(id)) && driver.heldLeases() == 0);
        assertEquals(1, stubs.calls("claims", id).successes());
    }

    @Test
    void bulkReprocessPutsBackTheFailedDocumentsOfAFilter() {
        String source = "bulk-" + SEQ.incrementAndGet();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(given().contentType(ContentType.JSON).body(Map.of("text", article(), "source", source))
                    .post("/api/documents").then().statusCode(201).extract().path("id"));
        }
        Poll.until("analysed", PATIENCE, () -> ids.stream().allMatch(id -> "ANALYSED".equals(status(id))));
        // two of them fail for good (refused), one stays analysed
        for (int id : ids.subList(0, 2)) {
            stubs.mode("glossary", Integer.toString(id), "fail400");
            given().post("/api/documents/" + id + "/reprocess").then().statusCode(202);
        }
        Poll.until("failed", PATIENCE, () -> ids.subList(0, 2).stream().allMatch(id -> "FAILED".equals(status(id))));
        for (int id : ids.subList(0, 2)) {
            stubs.mode("glossary", Integer.toString(id), "ok");
        }
        given().post("/api/documents/reprocess?source=" + source).then().statusCode(202)
                .body("reprocessed", equalTo(2)).body("status", equalTo("FAILED"));
        Poll.until("analysed again", PATIENCE, () -> ids.stream().allMatch(id -> "ANALYSED".equals(status(id))));
        assertEquals(1, stubs.calls("claims", ids.get(2)).successes(), "the analysed one was left alone");
        assertEquals(2, stubs.calls("claims", ids.get(0)).successes());
        given().post("/api/documents/reprocess?status=BOGUS").then().statusCode(400);
    }

    @Test
    void aWorkerThatAnalysedADocumentTakesTheNextDueOneAtOnceButNotAfterAnOutage() {
        // the driver's own workers are kept busy with slow documents: its sweep leases nothing meanwhile,
        // so the documents below are taken only by the run this test drives on its own thread
        List<Long> blockers = busyWorkers();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                    .document().id);
        }
        // glossary unreachable for the first: the run ends with it and leaves the others to the sweep
        stubs.mode("glossary", Long.toString(ids.get(0)), "fail503");
        assertEquals(1, driver.work(driver.lease(ids.get(0)).orElseThrow()));
        assertTrue(reason(ids.get(0)).startsWith("waiting, glossary:"), reason(ids.get(0)));
        for (long id : ids.subList(1, 3)) {
            assertEquals("RECEIVED", status(id));
            assertEquals(0, stubs.calls("glossary", id).successes() + stubs.calls("glossary", id).failures());
        }
        // a run whose document ends ANALYSED goes on with the next due one, until none is due
        stubs.mode("glossary", Long.toString(ids.get(0)), "ok");
        int processed = driver.work(driver.lease(ids.get(1)).orElseThrow());
        assertTrue(processed >= 2, "documents processed by one run: " + processed);
        for (long id : ids.subList(1, 3)) {
            assertEquals("ANALYSED", status(id));
            assertEquals(1, stubs.calls("glossary", id).successes());
            assertEquals(1, stubs.calls("claims", id).successes());
        }
        for (long id : blockers) {
            stubs.mode("glossary", Long.toString(id), "ok");
        }
        Poll.until("every document analysed", PATIENCE, () -> java.util.stream.Stream.concat(blockers.stream(),
                ids.stream()).allMatch(id -> "ANALYSED".equals(status(id))));
    }

    @Test
    void dueDocumentsAreEveryPendingStatusLongestDueFirstWithoutTheLeasedOrTheWaiting() {
        // with every worker busy nothing leases the documents below while they are looked at
        List<Long> blockers = busyWorkers();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long receivedNow = ingest();
        long glossaryDoneTwoHoursAgo = pending(DocumentStatus.GLOSSARY_DONE, now.minusHours(2), null);
        long claimsDoneAnHourAgo = pending(DocumentStatus.CLAIMS_DONE, now.minusHours(1), null);
        long receivedHalfAnHourAgo = pending(DocumentStatus.RECEIVED, now.minusMinutes(30), null);
        long waiting = pending(DocumentStatus.RECEIVED, now.plusHours(1), null);
        long leased = pending(DocumentStatus.GLOSSARY_DONE, now.minusHours(3), now.plusMinutes(5));
        long expiredLease = pending(DocumentStatus.CLAIMS_DONE, now.minusMinutes(10), now.minusMinutes(1));
        long analysed = pending(DocumentStatus.ANALYSED, null, null);
        List<Long> mine = List.of(receivedNow, glossaryDoneTwoHoursAgo, claimsDoneAnHourAgo, receivedHalfAnHourAgo,
                waiting, leased, expiredLease, analysed);
        try {
            List<Long> due = driver.dueDocuments().stream().filter(mine::contains).toList();
            assertEquals(List.of(glossaryDoneTwoHoursAgo, claimsDoneAnHourAgo, receivedHalfAnHourAgo, expiredLease,
                    receivedNow), due);
        } finally {
            // nothing of this test is left for the driver: the waiting and leased ones are analysed ones again
            QuarkusTransaction.requiringNew().run(() -> Document.update(
                    "status = ?1, nextAttemptAt = null, leaseOwner = null, leaseUntil = null where id in ?2",
                    DocumentStatus.ANALYSED, mine));
            for (long id : blockers) {
                stubs.mode("glossary", Long.toString(id), "ok");
            }
        }
        Poll.until("the blockers analysed", PATIENCE, () -> blockers.stream().allMatch(id -> "ANALYSED".equals(status(id))));
    }

    /** Keeps every worker of the driver on a slow document (its sweep then leases nothing); returns their ids. */
    private List<Long> busyWorkers() {
        int workers = config.driver().workers();
        List<Long> blockers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            long id = ingest();
            stubs.mode("glossary", Long.toString(id), "slow:20000");
            blockers.add(id);
            driver.kick(id);
        }
        Poll.until("every worker busy", PATIENCE,
                () -> blockers.stream().allMatch(id -> leaseOwner(id) != null) && driver.heldLeases() == workers);
        return blockers;
    }

    private long ingest() {
        return documents.ingest(new ArticleInput(null, article(), null, null, null, null, null), null, null, null)
                .document().id;
    }

    /** A new document put at {@code status}, next tried at {@code next}, leased by another replica until {@code lease}. */
    private long pending(DocumentStatus status, OffsetDateTime next, OffsetDateTime lease) {
        long id = ingest();
        QuarkusTransaction.requiringNew().run(() -> Document.update(
                "status = ?1, nextAttemptAt = ?2, leaseOwner = ?3, leaseUntil = ?4 where id = ?5", status, next,
                lease == null ? null : "another-replica", lease, id));
        return id;
    }

    static String leaseOwner(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(id).leaseOwner);
    }

    static OffsetDateTime leaseUntil(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(id).leaseUntil);
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        // %test: initial PT0.2S, max PT1S
        assertEquals(Duration.ofMillis(200), driver.backoff(1));
        assertEquals(Duration.ofMillis(400), driver.backoff(2));
        assertEquals(Duration.ofMillis(800), driver.backoff(3));
        assertEquals(Duration.ofSeconds(1), driver.backoff(4));
        assertEquals(Duration.ofSeconds(1), driver.backoff(60));
    }

    private static int post(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }
}
