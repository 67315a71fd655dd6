package io.sasil.glossary.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the glossary service ({@code sasil.glossary.*}). */
@ConfigMapping(prefix = "sasil.glossary")
public interface GlossaryConfig {

    /** Longest text accepted by extract and analysis, in code points; longer texts get 413. */
    @WithDefault("1000000")
    int maxTextLength();

    /** Largest import body accepted, in bytes; larger bodies get 413. */
    @WithDefault("20000000")
    int maxImportBytes();

    /**
     * Up to this many mention labels the mention automaton is rebuilt synchronously as soon as the term base
     * changed; above it, the stale automaton keeps serving while one background rebuild runs (a 100,000-entry
     * term base takes seconds to compile), and each document's own glosses are always matched.
     */
    @WithDefault("20000")
    int syncRebuildMaxLabels();

    /** Largest page size of the listings. */
    @WithDefault("200")
    int maxPageSize();
}
