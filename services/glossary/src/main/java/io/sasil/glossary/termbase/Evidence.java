package io.sasil.glossary.termbase;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.sasil.common.text.Span;
import java.util.Objects;

/**
 * Where a gloss pair of an entry was seen: the document, the term as written there (used to give evidence back when
 * an entry is split) and the code point spans of the term and the gloss in the document.
 *
 * <p>A value, compared by all four, as a record would be; but the term base keeps every evidence of the corpus in
 * memory (a document adds one per gloss, some thirty for a news article), so it is stored compactly: the spans as
 * four ints rather than two {@link Span} objects, and the term's text shared with the entry's label of the same text
 * ({@link #sharingTerm}). {@link #termSpan()} and {@link #glossSpan()} make the spans on demand. Its JSON (merge
 * snapshots) is that of the record it replaced: {@code documentId}, {@code term}, {@code termSpan}, {@code glossSpan}.
 */
public final class Evidence {

    /** Start and end of a missing span. */
    private static final int NONE = -1;

    private final String documentId;
    private final String term;
    private final int termStart;
    private final int termEnd;
    private final int glossStart;
    private final int glossEnd;

    /**
     * @param documentId the document, or null when the pair was added by hand
     * @param term       the term as written there
     * @param termSpan   code point span of the term in the document, or null
     * @param glossSpan  code point span of the gloss in the document, or null
     */
    @JsonCreator
    public Evidence(@JsonProperty("documentId") String documentId, @JsonProperty("term") String term,
            @JsonProperty("termSpan") Span termSpan, @JsonProperty("glossSpan") Span glossSpan) {
        this(documentId, term, termSpan == null ? NONE : termSpan.start(), termSpan == null ? NONE : termSpan.end(),
                glossSpan == null ? NONE : glossSpan.start(), glossSpan == null ? NONE : glossSpan.end());
    }

    private Evidence(String documentId, String term, int termStart, int termEnd, int glossStart, int glossEnd) {
        this.documentId = documentId;
        this.term = term;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.glossStart = glossStart;
        this.glossEnd = glossEnd;
    }

    @JsonProperty("documentId")
    public String documentId() {
        return documentId;
    }

    @JsonProperty("term")
    public String term() {
        return term;
    }

    /** The term's span in the document, or null. */
    @JsonProperty("termSpan")
    public Span termSpan() {
        return termStart == NONE ? null : new Span(termStart, termEnd);
    }

    /** The gloss's span in the document, or null. */
    @JsonProperty("glossSpan")
    public Span glossSpan() {
        return glossStart == NONE ? null : new Span(glossStart, glossEnd);
    }

    /**
     * This evidence with its term held by {@code text} when the two are equal (a label of its entry, which the term
     * base keeps anyway), so that the evidence adds no string of its own; else this evidence.
     */
    public Evidence sharingTerm(String text) {
        return text != null && text != term && text.equals(term)
                ? new Evidence(documentId, text, termStart, termEnd, glossStart, glossEnd) : this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && termStart == e.termStart && termEnd == e.termEnd
                && glossStart == e.glossStart && glossEnd == e.glossEnd && Objects.equals(documentId, e.documentId)
                && Objects.equals(term, e.term);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, term, termStart, termEnd, glossStart, glossEnd);
    }

    @Override
    public String toString() {
        return "Evidence[documentId=" + documentId + ", term=" + term + ", termSpan=" + termSpan() + ", glossSpan="
                + glossSpan() + "]";
    }
}
