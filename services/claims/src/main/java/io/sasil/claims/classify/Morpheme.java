package io.sasil.claims.classify;

import org.apache.lucene.analysis.ko.POS;

/**
 * One morpheme of an analysed sentence: a Nori morpheme ({@link io.sasil.korean.Morpheme}, whose part-of-speech
 * classes are the suite's one definition) placed in its sentence's words and quotations.
 *
 * <p>Inflected words are expanded into their morphemes ({@code 밝혔다} → {@code 밝히/VV 었/E 다/E}); every
 * morpheme of one inflected token carries that token's offsets. Compound nouns stay whole
 * ({@code 삼성전자/NNP}).
 *
 * @param word   the morpheme: form, tag and UTF-16 offsets of its token in the sentence
 * @param chunk  index of the {@link Chunk} (bracket-aware word) that holds it
 * @param quoted whether it stands inside double quotation marks (reported speech)
 * @param named  whether it stands inside single quotation marks or 「」 (a name or title)
 */
public record Morpheme(io.sasil.korean.Morpheme word, int chunk, boolean quoted, boolean named) {

    /** The morpheme's form ({@code 밝히}, {@code 었}). */
    public String form() {
        return word.form();
    }

    /** Nori's part-of-speech tag. */
    public POS.Tag tag() {
        return word.tag();
    }

    /** UTF-16 offset of the token in the sentence. */
    public int start() {
        return word.start();
    }

    /** End of the token, exclusive. */
    public int end() {
        return word.end();
    }

    boolean is(POS.Tag t, String f) {
        return word.is(t, f);
    }

    boolean isNoun() {
        return word.isNoun();
    }

    boolean isPunctuation() {
        return word.isPunctuation();
    }

    boolean isPredicate() {
        return word.isPredicate();
    }
}
