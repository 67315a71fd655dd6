package io.sasil.ingestion.service;

import io.sasil.common.contract.SentenceRef;
import io.sasil.common.text.NormalizedText;
import java.util.List;

/**
 * An article's text made ready for storage: extracted, normalised, split and identified.
 *
 * @param normalized  the original text (as received, after HTML extraction) and the normalised
 *                    text, with the code point map between them
 * @param title       the title: given, found in the HTML, or the first line of the text
 * @param language    the language given or detected
 * @param contentHash SHA-256 (hex) of the normalised text
 * @param sentences   the sentences of the normalised text, offsets in code points
 */
public record PreparedText(NormalizedText normalized, String title, String language, String contentHash,
        List<SentenceRef> sentences) {

    /** The text as received (after HTML extraction), before normalisation. */
    public String original() {
        return normalized.original();
    }

    /** The normalised text; every stored offset points into it. */
    public String text() {
        return normalized.text();
    }
}
