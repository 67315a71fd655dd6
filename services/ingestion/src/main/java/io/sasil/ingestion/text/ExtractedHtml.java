package io.sasil.ingestion.text;

/**
 * The article found in an HTML page.
 *
 * @param title    the article's title, or {@code null} when the page names none
 * @param text     the article's text: one paragraph per block, blocks separated by a blank line,
 *                 {@code <br>} as a single line break; no markup, entities decoded
 * @param metadata what the page says about the article (dates, authors, publisher, URL …)
 */
public record ExtractedHtml(String title, String text, PageMetadata metadata) {

    /** An extraction without metadata. */
    public ExtractedHtml(String title, String text) {
        this(title, text, PageMetadata.empty());
    }
}
