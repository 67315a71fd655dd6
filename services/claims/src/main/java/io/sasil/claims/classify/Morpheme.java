package io.sasil.claims.classify;

import org.apache.lucene.analysis.ko.POS;

/**
 * One morpheme of an analysed sentence.
 *
 * <p>Inflected words are expanded into their morphemes ({@code 밝혔다} → {@code 밝히/VV 었/E 다/E}); every
 * morpheme of one inflected token carries that token's offsets. Compound nouns stay whole
 * ({@code 삼성전자/NNP}).
 *
 * @param form   the morpheme's form ({@code 밝히}, {@code 었})
 * @param tag    Nori's part-of-speech tag
 * @param start  UTF-16 offset of the token in the sentence
 * @param end    end, exclusive
 * @param chunk  index of the {@link Chunk} (bracket-aware word) that holds it
 * @param quoted whether it stands inside double quotation marks (reported speech)
 * @param named  whether it stands inside single quotation marks or 「」 (a name or title)
 */
public record Morpheme(String form, POS.Tag tag, int start, int end, int chunk, boolean quoted, boolean named) {

    boolean is(POS.Tag t, String f) {
        return tag == t && form.equals(f);
    }

    boolean isNoun() {
        return tag == POS.Tag.NNG || tag == POS.Tag.NNP || tag == POS.Tag.NNB || tag == POS.Tag.NNBC
                || tag == POS.Tag.NP || tag == POS.Tag.NR || tag == POS.Tag.SL || tag == POS.Tag.SH
                || tag == POS.Tag.SN || tag == POS.Tag.XR || tag == POS.Tag.UNKNOWN;
    }

    boolean isPunctuation() {
        return tag == POS.Tag.SF || tag == POS.Tag.SP || tag == POS.Tag.SSO || tag == POS.Tag.SSC
                || tag == POS.Tag.SC || tag == POS.Tag.SE || tag == POS.Tag.SY;
    }

    boolean isPredicate() {
        return tag == POS.Tag.VV || tag == POS.Tag.VA || tag == POS.Tag.VX || tag == POS.Tag.VCP
                || tag == POS.Tag.VCN || tag == POS.Tag.XSV || tag == POS.Tag.XSA;
    }
}
