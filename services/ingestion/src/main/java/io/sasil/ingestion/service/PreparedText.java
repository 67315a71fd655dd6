package io.sasil.ingestion.service;

import io.sasil.common.contract.ArticleMetadata;
import io.sasil.common.contract.SentenceRef;
import io.sasil.common.text.NormalizedText;
import io.sasil.ingestion.text.CutText;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article's text made ready for storage: extracted, its credits cut out, normalised, split and
 * identified, with the metadata of the request, the page and the credits merged.
 *
 * @param cut         the text as received (after HTML extraction) and what is left of it without
 *                    its credit lines, with the map between them
 * @param normalized  the text without credits and its normalised form, with the code point map
 *                    between them
 * @param title       the title: given, found in the HTML, or the first line of the text
 * @param language    the language given or detected
 * @param contentHash SHA-256 (hex) of the normalised text
 * @param sentences   the sentences of the normalised text, offsets in code points
 * @param publishedAt when it was published: given, else the page's, else the byline's
 * @param url         the URL given, else the page's canonical URL
 * @param source      the source given, else the page's publisher
 * @param metadata    the rest of what the article says about itself
 */
public record PreparedText(CutText cut, NormalizedText normalized, String title, String language, String contentHash,
        List<SentenceRef> sentences, OffsetDateTime publishedAt, String url, String source, ArticleMetadata metadata) {

    /** The text as received (after HTML extraction), credits included, before normalisation. */
    public String original() {
        return cut.original();
    }

    /** The normalised text without credits; every stored offset points into it. */
    public String text() {
        return normalized.text();
    }
}
