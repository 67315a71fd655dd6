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

    /** Largest page size of the listings. */
    @WithDefault("200")
    int maxPageSize();
}
