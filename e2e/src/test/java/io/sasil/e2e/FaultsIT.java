package io.sasil.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The fault-injection suite: the four packaged services on a real PostgreSQL, with
 * {@code sasil.faults.documents} (500) distinct documents in flight, survive in turn a kill -9 of
 * glossary, claims, reporting and ingestion, PostgreSQL stopped for {@code sasil.faults.db-outage-seconds}
 * (30) and started again, and two ingestion replicas on one database, one of which is stopped with
 * SIGTERM halfway (it must exit within 10 s).
 *
 * <p>Each round puts every document back at RECEIVED (bulk reprocess), injects its fault once 5% are
 * analysed, waits until the analysis is over and checks: every document ANALYSED, none FAILED, none
 * lost; its glosses, mentions and claims as many as in the clean round (fewer is lost work, more is
 * work done twice); the corpus report counts every document and every failed check of the clean
 * round. It prints {@code faults: N survived, 0 lost, 0 duplicated} (also in {@code e2e/target/faults.txt}).
 *
 * <p>Runs only in the PostgreSQL build ({@code -Ppostgresql} sets {@code sasil.db-kind}) and when asked
 * for with {@code -Dsasil.faults=true}, as {@code .ci/run} does. Stopping the database runs
 * {@code sasil.faults.db-stop} and {@code sasil.faults.db-start} in the project's root, by default
 * {@code .ci/postgres stop} and {@code .ci/postgres start} (the cluster {@code .ci/postgres} starts:
 * {@code PG_CLUSTER}, {@code PG_PORT}). See docs/operations.md.
 */
@EnabledIfSystemProperty(named = "sasil.db-kind", matches = "postgresql")
@EnabledIfSystemProperty(named = "sasil.faults", matches = "true")
class FaultsIT {

    private static final int DOCUMENTS = Integer.getInteger("sasil.faults.documents", 500);
    private static final Duration DB_OUTAGE = Duration.ofSeconds(Long.getLong("sasil.faults.db-outage-seconds", 30));
    private static final String DB_STOP = System.getProperty("sasil.faults.db-stop", ".ci/postgres stop");
    private static final String DB_START = System.getProperty("sasil.faults.db-start", ".ci/postgres start");
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(Long.getLong("sasil.faults.round-timeout-seconds", 300));
    private static final String SOURCE = "faults-" + System.currentTimeMillis();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Suite suite;
    /** The ingestion instance the test asks (the second replica once the first is to be stopped). */
    private static volatile String api = "ingestion";
    private static final List<Long> ids = new ArrayList<>();
    /** Per document, its glosses, mentions and claims in the clean round. */
    private static final Map<Long, Counts> reference = new TreeMap<>();
    private static long referenceFailedChecks;

    /** What one document holds in glossary and claims. */
    record Counts(int glosses, int mentions, int claims) {
    }

    /** What a round found. */
    record Outcome(String round, int survived, List<String> lost, List<String> duplicated) {
        @Override
        public String toString() {
            return round + ": " + survived + " survived, " + lost.size() + " lost, " + duplicated.size() + " duplicated"
                    + (lost.isEmpty() ? "" : "; lost " + lost.subList(0, Math.min(5, lost.size())))
                    + (duplicated.isEmpty() ? "" : "; duplicated " + duplicated.subList(0, Math.min(5, duplicated.size())));
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        // short leases so that a killed replica's documents are taken over within seconds
        settings.put("sasil.ingestion.driver.lease", "PT15S");
        settings.put("sasil.ingestion.driver.outage-wait", "PT1S");
        settings.put("sasil.ingestion.driver.workers", "4");
        settings.put("sasil.ingestion.driver.batch-size", "50");
        settings.put("sasil.ingestion.change-feed-settle", "PT1S");
        settings.put("sasil.ingestion.forget.interval", "1s");
        settings.put("sasil.reporting.indexer.interval", "2s");
        settings.put("sasil.reporting.indexer.batch-size", "200");
        // as SuiteIT: every request authenticates as an editor (bulk reprocess needs the role)
        suite = Suite.startAsEditor(settings);
    }

    @AfterAll
    static void stop() throws Exception {
        Suite.tearDown(suite);
    }

    @Test
    void nothingLostNothingDoneTwice() throws Exception {
        Instant started = Instant.now();
        ingest();
        awaitAnalysed("first analysis");
        referenceRound();
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(round("kill -9 glossary", () -> killAndRestart("glossary")));
        outcomes.add(round("kill -9 claims", () -> killAndRestart("claims")));
        outcomes.add(round("kill -9 reporting", () -> killAndRestart("reporting")));
        outcomes.add(round("kill -9 ingestion", () -> killAndRestart("ingestion")));
        outcomes.add(round("PostgreSQL stopped " + DB_OUTAGE.toSeconds() + " s", () -> {
            shell(DB_STOP);
            Thread.sleep(DB_OUTAGE.toMillis());
            shell(DB_START);
            for (String service : Suite.SERVICES) {
                suite.awaitReady(service, Duration.ofSeconds(120));
            }
        }));
        // a second replica on the same database; halfway the first is stopped (SIGTERM, as at a rollout):
        // it must exit within 10 s and give its leases back, and the second finishes its documents
        suite.start("ingestion", "ingestion-2");
        suite.awaitReady("ingestion-2", Duration.ofSeconds(120));
        api = "ingestion-2";
        try {
            outcomes.add(round("two ingestion replicas, SIGTERM of one", () -> {
                awaitProgress(DOCUMENTS / 2);
                Duration exit = suite.terminate("ingestion");
                log("faults:   ingestion exited " + exit.toMillis() + " ms after SIGTERM");
                assertTrue(exit.compareTo(Duration.ofSeconds(10)) <= 0, "ingestion exited " + exit + " after SIGTERM");
                // back, as a rollout's new pod (reporting follows this instance's change feed)
                suite.start("ingestion");
                suite.awaitReady("ingestion", Duration.ofSeconds(120));
            }));
        } finally {
            api = "ingestion";
            suite.stop("ingestion-2");
        }

        int survived = outcomes.stream().mapToInt(Outcome::survived).min().orElse(0);
        long lost = outcomes.stream().flatMap(o -> o.lost().stream()).map(s -> s.split(" ")[0]).distinct().count();
        long duplicated = outcomes.stream().flatMap(o -> o.duplicated().stream()).map(s -> s.split(" ")[0]).distinct()
                .count();
        String line = "faults: " + survived + " survived, " + lost + " lost, " + duplicated + " duplicated";
        log(line + " (" + DOCUMENTS + " documents, " + outcomes.size() + " faults, "
                + Duration.between(started, Instant.now()).toSeconds() + " s)");
        Files.writeString(suite.root().resolve("e2e/target/faults.txt"), line + "\n", StandardCharsets.UTF_8);
        for (Outcome o : outcomes) {
            assertTrue(o.lost().isEmpty() && o.duplicated().isEmpty(), o.toString());
        }
        assertEquals(DOCUMENTS, survived);
    }

    /** Stores the documents through batches of JSON Lines. */
    private static void ingest() throws IOException {
        for (int from = 0; from < DOCUMENTS; from += 250) {
            StringBuilder body = new StringBuilder();
            for (int n = from; n < Math.min(DOCUMENTS, from + 250); n++) {
                // Jackson writes each line: the texts hold quotes and line breaks that JSON must escape
                Map<String, String> article = new LinkedHashMap<>();
                article.put("title", Articles.title(n));
                article.put("text", Articles.text(n));
                article.put("source", SOURCE);
                article.put("publishedAt", "2025-03-10");
                body.append(JSON.writeValueAsString(article)).append('\n');
            }
            int rejected = given().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                    .post(suite.url(api) + "/api/batches").then().log().ifValidationFails().statusCode(201)
                    .extract().path("rejected");
            assertEquals(0, rejected, "every line of the batch is an article");
        }
        for (int page = 0; ids.size() < DOCUMENTS; page++) {
            List<Number> found = given().queryParam("source", SOURCE).queryParam("size", 500).queryParam("page", page)
                    .get(suite.url(api) + "/api/documents").then().statusCode(200).extract().path("items.id");
            if (found.isEmpty()) {
                break;
            }
            found.forEach(id -> ids.add(id.longValue()));
        }
        assertEquals(DOCUMENTS, ids.size(), "every document stored once");
        log("faults: " + DOCUMENTS + " documents stored (source " + SOURCE + ")");
    }

    /** The clean round: analysed again without faults; its counts are what every later round must give. */
    private static void referenceRound() throws Exception {
        reprocessAll();
        awaitAnalysed("clean round");
        reference.putAll(countsOfAll());
        long withGlosses = reference.values().stream().filter(c -> c.glosses() > 0).count();
        long withClaims = reference.values().stream().filter(c -> c.claims() > 0).count();
        referenceFailedChecks = inParallel(id -> (long) given().get(suite.url("reporting") + "/api/reports/documents/" + id)
                .then().statusCode(200).extract().jsonPath().getList("checks.findAll { it.verdict == 'INCONSISTENT' }")
                .size()).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(DOCUMENTS, withGlosses, "every document has glosses");
        assertEquals(DOCUMENTS, withClaims, "every document has claims");
        assertTrue(referenceFailedChecks > 0, "the documents hold failed checks for the corpus report to count");
        awaitCorpus("clean round");
        log("faults: clean round: " + DOCUMENTS + " documents, " + reference.values().stream().mapToInt(Counts::glosses).sum()
                + " glosses, " + reference.values().stream().mapToInt(Counts::mentions).sum() + " mentions, "
                + reference.values().stream().mapToInt(Counts::claims).sum() + " claims, " + referenceFailedChecks
                + " failed checks");
    }

    interface Fault {
        void inject() throws Exception;
    }

    /** Puts every document back in flight, injects the fault once some are done, and checks the outcome. */
    private static Outcome round(String name, Fault fault) throws Exception {
        Instant start = Instant.now();
        reprocessAll();
        awaitProgress(DOCUMENTS / 20);
        fault.inject();
        awaitAnalysed(name);
        Instant analysed = Instant.now();
        Outcome outcome = check(name);
        awaitCorpus(name);
        log("faults: " + outcome + " (" + Duration.between(start, Instant.now()).toSeconds() + " s, analysis "
                + Duration.between(start, analysed).toSeconds() + " s)");
        return outcome;
    }

    private static Outcome check(String round) throws InterruptedException {
        Map<Long, String> statuses = statuses();
        Map<Long, Counts> counts = countsOfAll();
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        int survived = 0;
        for (long id : ids) {
            String status = statuses.get(id);
            if (!"ANALYSED".equals(status)) {
                lost.add(id + " " + status);
                continue;
            }
            Counts expected = reference.get(id);
            Counts found = counts.get(id);
            if (found.equals(expected)) {
                survived++;
            } else if (found.glosses() > expected.glosses() || found.mentions() > expected.mentions()
                    || found.claims() > expected.claims()) {
                duplicated.add(id + " " + found + " instead of " + expected);
            } else {
                lost.add(id + " " + found + " instead of " + expected);
            }
        }
        return new Outcome(round, survived, lost, duplicated);
    }

    /** Every document's counts, asked four at a time. */
    private static Map<Long, Counts> countsOfAll() throws InterruptedException {
        return inParallel(FaultsIT::counts);
    }

    /** {@code ask} for every document, four requests at a time. */
    private static <T> Map<Long, T> inParallel(java.util.function.LongFunction<T> ask) throws InterruptedException {
        Map<Long, T> out = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> asked = new ArrayList<>();
            for (long id : ids) {
                asked.add(pool.submit(() -> out.put(id, ask.apply(id))));
            }
            for (java.util.concurrent.Future<?> f : asked) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("asking about a document failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static Counts counts(long id) {
        JsonPath glossary = given().get(suite.url("glossary") + "/api/glossary/documents/" + id).then().statusCode(200)
                .extract().jsonPath();
        JsonPath claims = given().get(suite.url("claims") + "/api/claims/documents/" + id).then().statusCode(200)
                .extract().jsonPath();
        return new Counts(glossary.getList("glosses").size(), glossary.getList("mentions").size(),
                claims.getList("claims").size());
    }

    private static void reprocessAll() {
        int reprocessed = given().queryParam("status", "ANALYSED").queryParam("source", SOURCE)
                .post(suite.url(api) + "/api/documents/reprocess").then().statusCode(202)
                .extract().path("reprocessed");
        assertEquals(DOCUMENTS, reprocessed, "every document put back in flight");
    }

    /** Status of every document of this run, by id. */
    private static Map<Long, String> statuses() {
        Map<Long, String> out = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonPath listed = given().queryParam("source", SOURCE).queryParam("size", 500).queryParam("page", page)
                    .get(suite.url(api) + "/api/documents").then().statusCode(200).extract().jsonPath();
            List<Number> found = listed.getList("items.id");
            List<String> status = listed.getList("items.status");
            for (int i = 0; i < found.size(); i++) {
                out.put(found.get(i).longValue(), status.get(i));
            }
            if (found.size() < 500) {
                return out;
            }
        }
    }

    private static long count(String status) {
        try {
            return ((Number) given().queryParam("source", SOURCE).queryParam("status", status).queryParam("size", 1)
                    .get(suite.url(api) + "/api/documents").then().extract().path("total")).longValue();
        } catch (RuntimeException | AssertionError e) {
            return -1;   // ingestion is down (a fault of this round)
        }
    }

    private static void awaitProgress(long analysed) throws InterruptedException {
        Instant deadline = Instant.now().plus(ROUND_TIMEOUT);
        while (count("ANALYSED") < analysed && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    /** Until no document of this run is pending any more (ANALYSED or FAILED). */
    private static void awaitAnalysed(String round) throws InterruptedException {
        Instant deadline = Instant.now().plus(ROUND_TIMEOUT);
        long analysed = -1;
        long failed = -1;
        while (Instant.now().isBefore(deadline)) {
            analysed = count("ANALYSED");
            failed = count("FAILED");
            if (analysed >= 0 && failed >= 0 && analysed + failed == DOCUMENTS) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(round + ": after " + ROUND_TIMEOUT + " only " + analysed + " of " + DOCUMENTS
                + " ANALYSED, " + failed + " FAILED");
    }

    /** Until the corpus report counts every document and every failed check of the clean round. */
    private static void awaitCorpus(String round) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonPath corpus = null;
        while (Instant.now().isBefore(deadline)) {
            corpus = given().queryParam("source", SOURCE).queryParam("size", 1)
                    .get(suite.url("reporting") + "/api/reports/corpus").then().extract().jsonPath();
            Number documents = corpus.get("documents");
            Number failedChecks = corpus.get("failedChecks.total");
            if (documents != null && documents.longValue() == DOCUMENTS && failedChecks != null
                    && failedChecks.longValue() == referenceFailedChecks) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(round + ": the corpus report does not count every document: documents "
                + (corpus == null ? null : corpus.get("documents")) + " of " + DOCUMENTS + ", failed checks "
                + (corpus == null ? null : corpus.get("failedChecks.total")) + " of " + referenceFailedChecks);
    }

    private static void killAndRestart(String service) throws Exception {
        suite.kill(service);
        Thread.sleep(2000);
        suite.start(service);
        suite.awaitReady(service, Duration.ofSeconds(120));
    }

    private static void shell(String command) throws IOException, InterruptedException {
        Path log = suite.root().resolve("e2e/target/e2e-logs/faults-shell.log");
        Process process = new ProcessBuilder("bash", "-c", command).directory(suite.root().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        int exit = process.waitFor();
        assertEquals(0, exit, "'" + command + "' failed; see " + log);
    }

    private static void log(String line) {
        System.out.println(line);
    }

    /** The documents of the run: distinct, each with its own glossed terms, claims and one checkable fact. */
    static final class Articles {

        private static final String[] SYLLABLES = {"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타",
            "파", "하", "고", "노", "도", "로", "모", "보"};

        private Articles() {
        }

        /** A made-up three-syllable name, different for every n below 8,000. */
        static String name(int n) {
            return SYLLABLES[n % 20] + SYLLABLES[(n / 20) % 20] + SYLLABLES[(n / 400) % 20];
        }

        /** A made-up four-letter abbreviation, different for every n below 17,576. */
        static String abbreviation(int n) {
            return "Q" + (char) ('A' + n % 26) + (char) ('A' + (n / 26) % 26) + (char) ('A' + (n / 676) % 26);
        }

        static String title(int n) {
            return name(n) + "연구소 실적 " + n;
        }

        /**
         * Three short sentences (short, so that a round is quick): a glossed abbreviation with a reported
         * amount, a share change in percentage points that is right for even n and two points off for odd
         * n, and a glossed Hanja term.
         */
        static String text(int n) {
            String name = name(n);
            String abbreviation = abbreviation(n);
            int revenue = 100 + n;
            int before = 30 + n % 40;
            int after = before - 5 - n % 7;
            int stated = before - after + (n % 2 == 0 ? 0 : 2);
            return name + "연구소(" + abbreviation + ")는 올해 매출이 " + revenue + "억 원으로 " + (n % 30 + 3)
                    + "% 늘었다고 밝혔다.\n"
                    + name + "연구소의 시장 점유율은 " + before + "%에서 " + after + "%로 " + stated
                    + "%포인트 낮아졌다고 한다.\n"
                    + "업계는 이를 온고지신(溫故知新)의 계기로 삼아야 한다고 지적했다.";
        }
    }
}
