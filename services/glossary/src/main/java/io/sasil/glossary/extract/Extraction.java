package io.sasil.glossary.extract;

import java.util.List;

/**
 * What {@link GlossExtractor#analyse(String)} found: the glosses, and the parentheticals it rejected.
 *
 * @param glosses  gloss pairs in text order
 * @param rejected rejected parentheticals or parts, in text order
 */
public record Extraction(List<Gloss> glosses, List<Rejected> rejected) {
}
