package io.sasil.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Configuration of the ingestion service ({@code sasil.ingestion.*}). */
@ConfigMapping(prefix = "sasil.ingestion")
public interface IngestionConfig {

    /** Largest article accepted, in bytes of UTF-8 text (after HTML extraction for HTML). */
    @WithDefault("5242880")
    long maxTextBytes();

    /**
     * Largest request body of one document ({@code POST /api/documents}: JSON, raw text or HTML,
     * multipart), in bytes; larger bodies are refused with 413 before they are read when they
     * declare their length, after reading otherwise. Keep {@code quarkus.http.limits.max-body-size}
     * above this and {@link #maxBatchBytes()} so that this service, not Vert.x, answers.
     */
    @WithDefault("8388608")
    long maxBodyBytes();

    /**
     * Largest request body of one batch ({@code POST /api/batches}), in bytes (413 above). A JSON Lines batch is
     * read and stored as it arrives, so this bounds the request, not memory: the articles read before the limit are
     * kept (the batch is {@code TRUNCATED}).
     */
    @WithDefault("1073741824")
    long maxBatchBytes();

    /** Most articles (non-blank lines or files) in one batch (413 above; a JSON Lines batch keeps those before). */
    @WithDefault("100000")
    int maxBatchItems();

    /**
     * The newsroom's time zone ({@code Asia/Seoul}): a date or time that a request or a page gives
     * without an offset ({@code 2025-02-03}, {@code 입력 2024.11.03 09:30}) is read in it, and the
     * dates of an article that states no offset of its own are shown in it.
     */
    @WithDefault("Asia/Seoul")
    ZoneId timeZone();

    /**
     * ICU confidence (0–100) from which the detected encoding of undeclared, non-UTF-8 content is
     * used; below it the content is refused with the likely encodings and how to declare one.
     */
    @WithDefault("60")
    int charsetDetectionMinConfidence();

    /** Analysis driver settings. */
    Driver driver();

    interface Driver {
        /** Whether this replica drives analyses at all (turn off for a read-only replica). */
        @WithDefault("true")
        boolean enabled();

        /** How often a replica sweeps the table for documents that are due ({@code 3s}). */
        @WithDefault("3s")
        String interval();

        /** How many documents this replica analyses at once (each is one worker thread and one lease). */
        @WithDefault("2")
        int workers();

        /** How many due documents one sweep reads at most (it leases only as many as workers are free). */
        @WithDefault("20")
        int batchSize();

        /** How long a lease on a document lasts; a replica that dies frees its documents after this. */
        @WithDefault("PT2M")
        Duration lease();

        /** First wait after a failed attempt; doubled each attempt up to {@link #maxBackoff()}. */
        @WithDefault("PT2S")
        Duration initialBackoff();

        /** Longest wait between attempts. */
        @WithDefault("PT5M")
        Duration maxBackoff();

        /** Attempts after which a document is marked FAILED (reprocess restarts it). */
        @WithDefault("12")
        int maxAttempts();

        /**
         * How long a document waits when glossary or claims is unreachable (connection refused or
         * reset, open circuit breaker, 502/503/504) before it is tried again. No attempt is counted:
         * the document waits however long the outage lasts and resumes within this time once the
         * service is back.
         */
        @WithDefault("PT10S")
        Duration outageWait();
    }

    /**
     * How old a change must be before the change feed ({@code GET /api/documents/changes}) serves it:
     * longer than any transaction that stamps {@code updated_at} takes to commit.
     */
    @WithDefault("PT5S")
    Duration changeFeedSettle();

    /** Delivery of "forget" calls to glossary and claims after a delete (the forget outbox). */
    Forget forget();

    interface Forget {
        /** How often the outbox is swept for calls that are due. */
        @WithDefault("5s")
        String interval();

        /** First wait after a failed forget call; doubled each time up to {@link #maxBackoff()}, never given up. */
        @WithDefault("PT2S")
        Duration initialBackoff();

        /** Longest wait between two tries of one forget call. */
        @WithDefault("PT5M")
        Duration maxBackoff();
    }
}
