package io.sasil.reporting.check;

/**
 * Two documents stating different values for the same fact about the same glossary entry.
 *
 * @param entryId     the glossary entry both claims are about
 * @param subject     the entry as written in the first document
 * @param measure     the event or measure ({@code founding}, {@code employees}, …)
 * @param first       the statement in the first document
 * @param second      the conflicting statement in the second document
 * @param explanation the two values shown
 * @param tolerance   the tolerance applied
 */
public record Contradiction(long entryId, String subject, String measure, Statement first, Statement second,
        String explanation, String tolerance) {

    /**
     * One side of a contradiction.
     *
     * @param documentId the document's id
     * @param title      the document's title, if any
     * @param claim      the claim and quantity
     */
    public record Statement(long documentId, String title, Involved claim) {
    }
}
