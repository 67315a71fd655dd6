package io.sasil.glossary.extract;

import org.apache.lucene.analysis.ko.POS;

/**
 * One Nori morpheme of a text, in UTF-16 indices of that text.
 *
 * @param text  surface form
 * @param start first index
 * @param end   end index, exclusive
 * @param tag   part of speech (for inflected forms, the tag of the first morpheme)
 */
record Morpheme(String text, int start, int end, POS.Tag tag) {

    boolean isNoun() {
        return switch (tag) {
            case NNG, NNP, NNB, NR, NP, SL, SH, SN, XPN, XSN, XR -> true;
            default -> false;
        };
    }

    boolean isParticle() {
        return tag == POS.Tag.J;
    }

    boolean isPredicateOrEnding() {
        return switch (tag) {
            case VV, VA, VX, VCP, VCN, E, XSV, XSA, MAG, MAJ, IC -> true;
            default -> false;
        };
    }
}
