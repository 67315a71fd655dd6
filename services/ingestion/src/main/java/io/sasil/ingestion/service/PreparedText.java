package io.sasil.ingestion.service;

import io.sasil.common.contract.SentenceRef;
import java.util.List;

/**
 * An article's text made ready for storage: normalised, split and identified.
 *
 * @param original    the text as received (after HTML extraction)
 * @param text        the normalised text
 * @param title       the title (given, or found in the HTML)
 * @param language    the language given or detected
 * @param contentHash SHA-256 (hex) of the normalised text
 * @param sentences   the sentences of the normalised text
 */
public record PreparedText(String original, String text, String title, String language, String contentHash,
        List<SentenceRef> sentences) {
}
