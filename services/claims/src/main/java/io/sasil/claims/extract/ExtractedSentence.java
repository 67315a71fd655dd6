package io.sasil.claims.extract;

import io.sasil.claims.classify.SentenceAssessment;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.QuantityView;
import java.util.List;

/**
 * One assessed sentence with the quantities inside it.
 *
 * @param assessment the classifier's verdict (span, claim, type, score, reasons, speaker, hedge)
 * @param quantities the quantities of the sentence, offsets in the same text as the assessment's
 */
public record ExtractedSentence(SentenceAssessment assessment, List<QuantityView> quantities) {

    public ExtractedSentence {
        quantities = List.copyOf(quantities);
    }

    /** Whether the sentence is a claim. */
    public boolean claim() {
        return assessment.claim();
    }

    /** The wire form, with the given stored id (null when not stored) and subjects. */
    public ClaimView toView(Long id, List<Long> subjects) {
        SentenceAssessment a = assessment;
        return new ClaimView(id, a.start(), a.end(), a.text(), a.claim(), a.type(), a.score(), a.reasons(), quantities,
                a.speaker(), a.hedge(), List.copyOf(subjects));
    }
}
