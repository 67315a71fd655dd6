package io.sasil.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

/** Configuration of the reporting service ({@code sasil.reporting.*}). */
@ConfigMapping(prefix = "sasil.reporting")
public interface ReportingConfig {

    /**
     * A CSV of reference exchange rates ({@code currency,year,krw,per}) that replaces the shipped
     * {@code reference/fx-krw.csv}; unset to use the shipped table.
     */
    Optional<String> fxRatesFile();

    /**
     * The newsroom's time zone ({@code Asia/Seoul}): reports show an article's dates in the zone it
     * states (its own offset), else in this one, and the checks count days to the local date.
     */
    @WithDefault("Asia/Seoul")
    ZoneId timeZone();

    /** The check indexer, which runs the consistency checks of every analysed document. */
    Indexer indexer();

    interface Indexer {
        /** Whether this replica follows ingestion's analysed documents and checks each. */
        @WithDefault("true")
        boolean enabled();

        /** How often it looks for newly analysed documents ({@code 30s}). */
        @WithDefault("30s")
        String interval();

        /** How many documents it checks per sweep at most. */
        @WithDefault("50")
        int batchSize();
    }

    /** Corpus report settings. */
    Corpus corpus();

    interface Corpus {
        /** Largest page size a corpus report accepts ({@code size} outside 1..this is a 400). */
        @WithDefault("100")
        int maxPageSize();

        /** Page size when none is given. */
        @WithDefault("20")
        int defaultPageSize();

        /** How many entities (those with the most claims in view) the contradiction search covers. */
        @WithDefault("10")
        int contradictionEntities();

        /** How many claims per entity the contradiction search reads from the claims service. */
        @WithDefault("200")
        int claimsPerEntity();
    }
}
