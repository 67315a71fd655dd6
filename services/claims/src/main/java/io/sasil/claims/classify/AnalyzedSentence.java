package io.sasil.claims.classify;

import java.util.List;
import org.apache.lucene.analysis.ko.POS;

/**
 * A sentence with its morphemes and bracket-aware words, as produced by {@link MorphologicalAnalyzer}.
 * Offsets are UTF-16 indices into {@link #text()}; {@link ClaimClassifier} converts them at its boundary.
 */
public final class AnalyzedSentence {

    private final String text;
    private final List<Morpheme> morphemes;
    private final List<Chunk> chunks;
    private final boolean endsInsideQuote;

    AnalyzedSentence(String text, List<Morpheme> morphemes, List<Chunk> chunks, boolean endsInsideQuote) {
        this.text = text;
        this.morphemes = morphemes;
        this.chunks = chunks;
        this.endsInsideQuote = endsInsideQuote;
    }

    public String text() {
        return text;
    }

    public List<Morpheme> morphemes() {
        return morphemes;
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    /** Whether a double quotation opened in this sentence is still open at its end. */
    public boolean endsInsideQuote() {
        return endsInsideQuote;
    }

    int size() {
        return morphemes.size();
    }

    Morpheme m(int i) {
        return morphemes.get(i);
    }

    /** The morpheme at {@code i}, or null outside the sentence. */
    Morpheme at(int i) {
        return i >= 0 && i < morphemes.size() ? morphemes.get(i) : null;
    }

    /** Whether the morpheme at {@code i} exists and has the tag and form given. */
    boolean is(int i, POS.Tag tag, String form) {
        Morpheme m = at(i);
        return m != null && m.is(tag, form);
    }

    /** Whether the morpheme at {@code i} exists and has the form given, any tag. */
    boolean formIs(int i, String form) {
        Morpheme m = at(i);
        return m != null && m.form().equals(form);
    }

    /** Index of the last morpheme that is not punctuation, or -1. */
    int lastContentIndex() {
        for (int i = morphemes.size() - 1; i >= 0; i--) {
            if (!morphemes.get(i).isPunctuation()) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first morpheme of the sentence's last word that holds content, or -1. */
    int finalChunkStart() {
        int last = lastContentIndex();
        if (last < 0) {
            return -1;
        }
        return chunks.get(morphemes.get(last).chunk()).first();
    }

    /** The text of a chunk without surrounding punctuation marks. */
    String chunkText(int chunk) {
        Chunk c = chunks.get(chunk);
        return text.substring(c.start(), c.end());
    }

    /** The text from the start of morpheme {@code from} to the end of morpheme {@code to}. */
    String span(int from, int to) {
        return text.substring(morphemes.get(from).start(), morphemes.get(to).end());
    }

    /** The word (chunk) holding morpheme {@code i}, trimmed of quotation marks and final punctuation. */
    String wordAt(int i) {
        String w = chunkText(morphemes.get(i).chunk());
        int b = 0;
        int e = w.length();
        while (b < e && TRIM.indexOf(w.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && TRIM.indexOf(w.charAt(e - 1)) >= 0) {
            e--;
        }
        return w.substring(b, e);
    }

    private static final String TRIM = ".,?!…“”\"‘’'「」『』·;:";
}
