package io.sasil.korean;

import org.apache.lucene.analysis.ko.POS;

/**
 * One morpheme found by {@link NoriTokenizer}, with its part of speech and its place in the analysed text.
 *
 * <p>The part-of-speech classes below are the suite's only definition of them: the glossary (term and gloss
 * boundaries) and claims (speakers, claim features) ask the same question and get the same answer.
 *
 * @param form  the morpheme's form: the surface of a token ({@code 삼성전자}), or one morpheme of an expanded
 *              inflected token ({@code 밝히}, {@code 었})
 * @param tag   Nori's part-of-speech tag (for an inflected token that was not expanded, the tag of its first
 *              morpheme)
 * @param start UTF-16 index in the analysed text (for an expanded inflected token, the token's start)
 * @param end   end index, exclusive
 */
public record Morpheme(String form, POS.Tag tag, int start, int end) {

    /** Whether this is {@code form} with part of speech {@code t}: {@code is(POS.Tag.J, "의")}. */
    public boolean is(POS.Tag t, String f) {
        return tag == t && form.equals(f);
    }

    /**
     * Whether the morpheme can stand in a noun phrase: nouns (general NNG, proper NNP, bound NNB, counters
     * NNBC, numerals NR, pronouns NP), foreign words and Hanja (SL, SH), numbers (SN), roots (XR), the noun
     * prefix and suffix that Nori splits off a derived noun (XPN {@code 비}-, -{@code 화} XSN, -{@code 들} XSN)
     * and words outside Nori's dictionary (UNKNOWN). A term, a gloss or a speaker's name ends on one of these.
     */
    public boolean isNoun() {
        return switch (tag) {
            case NNG, NNP, NNB, NNBC, NR, NP, SL, SH, SN, XR, XPN, XSN, UNKNOWN -> true;
            default -> false;
        };
    }

    /** Whether it is a particle (J): {@code 이}, {@code 의}, {@code 에서}. */
    public boolean isParticle() {
        return tag == POS.Tag.J;
    }

    /** Whether it is a verbal ending (E): {@code 었}, {@code 다}, {@code 는}. */
    public boolean isEnding() {
        return tag == POS.Tag.E;
    }

    /**
     * Whether it is a predicate stem: a verb (VV), an adjective (VA), an auxiliary (VX), a copula (VCP, VCN)
     * or the suffix that makes one of a noun (XSV {@code 하}, XSA {@code 스럽}).
     */
    public boolean isPredicate() {
        return switch (tag) {
            case VV, VA, VX, VCP, VCN, XSV, XSA -> true;
            default -> false;
        };
    }

    /** Whether it is punctuation or a symbol: SF, SP, SSO, SSC, SC, SE, SY. */
    public boolean isPunctuation() {
        return switch (tag) {
            case SF, SP, SSO, SSC, SC, SE, SY -> true;
            default -> false;
        };
    }
}
