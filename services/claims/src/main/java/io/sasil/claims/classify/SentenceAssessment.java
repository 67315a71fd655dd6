package io.sasil.claims.classify;

import io.sasil.common.contract.ClaimType;
import java.util.List;

/**
 * The check-worthiness of one sentence.
 *
 * @param start   code point offset of the sentence (in the document for {@link ClaimClassifier#assessAll})
 * @param end     end, exclusive
 * @param text    the sentence as given
 * @param claim   whether {@link #score()} reached the {@link ClaimModel}'s threshold
 * @param type    the claim's type; null when not a claim
 * @param score   check-worthiness in [0, 1]
 * @param reasons the features that fired, readable ({@code number+counter:180명}, {@code attribution:밝혔다})
 * @param speaker who said or reported it ({@code 샘 올트먼}, {@code BBC}, {@code unnamed experts}); null when
 *                the writer states it
 * @param hedge   the evidential, hearsay or approximate marker as written ({@code 다고 한다}, {@code 알려졌다},
 *                {@code 약}); null when none
 */
public record SentenceAssessment(int start, int end, String text, boolean claim, ClaimType type, double score,
        List<String> reasons, String speaker, String hedge) {

    public SentenceAssessment {
        reasons = List.copyOf(reasons);
    }

    /** The same assessment moved by {@code offset} code points. */
    SentenceAssessment shifted(int offset) {
        return new SentenceAssessment(start + offset, end + offset, text, claim, type, score, reasons, speaker, hedge);
    }

    SentenceAssessment withSpeaker(String newSpeaker) {
        return new SentenceAssessment(start, end, text, claim, type, score, reasons, newSpeaker, hedge);
    }
}
