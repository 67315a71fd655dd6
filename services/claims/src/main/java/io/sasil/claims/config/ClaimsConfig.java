package io.sasil.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Configuration of the claims service ({@code sasil.claims.*}). */
@ConfigMapping(prefix = "sasil.claims")
public interface ClaimsConfig {

    /**
     * Largest text accepted by {@code /api/claims/extract}, {@code /api/quantities/parse} and the
     * per-document analysis, in bytes of UTF-8 (larger: 413).
     */
    @WithDefault("5242880")
    long maxTextBytes();

    /**
     * Zone of reference times and query dates written without an offset ({@code 2025-02-03},
     * {@code 2025-02-03T09:00}); Korean news is published in Seoul.
     */
    @WithDefault("Asia/Seoul")
    ZoneId zone();

    /** The glossary's Nori user dictionary. */
    UserDictionary userDictionary();

    interface UserDictionary {
        /** Whether to read the glossary's user dictionary at all (off: Nori's built-in dictionary only). */
        @WithDefault("true")
        boolean enabled();

        /** How long a dictionary read from the glossary is used before it is read again. */
        @WithDefault("PT5M")
        Duration refresh();

        /** After a failed read, how long to wait before trying the glossary again. */
        @WithDefault("PT30S")
        Duration retry();
    }
}
