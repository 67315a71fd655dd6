package io.sasil.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MorphemeTest {

    @ParameterizedTest(name = "{0}: noun {1}, particle {2}, ending {3}, predicate {4}, punctuation {5}")
    @CsvSource({
            "NNG, true, false, false, false, false",
            "NNP, true, false, false, false, false",
            "NNB, true, false, false, false, false",
            "NNBC, true, false, false, false, false",
            "NR, true, false, false, false, false",
            "NP, true, false, false, false, false",
            "SL, true, false, false, false, false",
            "SH, true, false, false, false, false",
            "SN, true, false, false, false, false",
            "XR, true, false, false, false, false",
            "XPN, true, false, false, false, false",
            "XSN, true, false, false, false, false",
            "UNKNOWN, true, false, false, false, false",
            "J, false, true, false, false, false",
            "E, false, false, true, false, false",
            "VV, false, false, false, true, false",
            "VA, false, false, false, true, false",
            "VX, false, false, false, true, false",
            "VCP, false, false, false, true, false",
            "VCN, false, false, false, true, false",
            "XSV, false, false, false, true, false",
            "XSA, false, false, false, true, false",
            "SF, false, false, false, false, true",
            "SP, false, false, false, false, true",
            "SSO, false, false, false, false, true",
            "SSC, false, false, false, false, true",
            "SC, false, false, false, false, true",
            "SE, false, false, false, false, true",
            "SY, false, false, false, false, true",
            "MAG, false, false, false, false, false",
            "MAJ, false, false, false, false, false",
            "MM, false, false, false, false, false",
            "IC, false, false, false, false, false",
    })
    void classesOfEveryTag(POS.Tag tag, boolean noun, boolean particle, boolean ending, boolean predicate,
            boolean punctuation) {
        Morpheme m = new Morpheme("x", tag, 0, 1);
        assertEquals(noun, m.isNoun(), "noun");
        assertEquals(particle, m.isParticle(), "particle");
        assertEquals(ending, m.isEnding(), "ending");
        assertEquals(predicate, m.isPredicate(), "predicate");
        assertEquals(punctuation, m.isPunctuation(), "punctuation");
    }
}
