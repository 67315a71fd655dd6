package io.sasil.common.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A check-worthy claim (or, with {@code all=true}, a scored non-claim sentence).
 *
 * @param id         the stored claim's id; null for stateless extraction
 * @param start      code point offset of the claim's sentence or clause
 * @param end        end, exclusive
 * @param text       the claim as written
 * @param claim      whether the score reached the claim threshold
 * @param type       what kind of fact it asserts; null for a non-claim
 * @param score      check-worthiness in [0, 1]
 * @param reasons    the features that produced the score
 * @param quantities every quantity in the claim
 * @param speaker    who said it ({@code 샘 올트먼}, {@code BBC}, {@code unnamed experts}); null when the writer
 * @param hedge      the evidential or hearsay marker ({@code ~라고 한다}, {@code ~알려졌다}, {@code 약}); null when none
 * @param subjects   glossary entry ids mentioned in the claim
 * @param facts      the facts the claim states about its quantities ({@link FactView}); empty when none was read
 */
public record ClaimView(@Schema(nullable = true) Long id, int start, int end, String text, boolean claim,
        @Schema(nullable = true) ClaimType type, double score, List<String> reasons, List<QuantityView> quantities,
        @Schema(nullable = true) String speaker, @Schema(nullable = true) String hedge, List<Long> subjects,
        @Schema(description = "The facts the claim states: subject, predicate class and the role of each quantity")
        List<FactView> facts) {

    public ClaimView {
        facts = facts == null ? List.of() : facts;
    }

    /** A claim without facts (a client of an older claims service, or a test that needs none). */
    public ClaimView(Long id, int start, int end, String text, boolean claim, ClaimType type, double score,
            List<String> reasons, List<QuantityView> quantities, String speaker, String hedge, List<Long> subjects) {
        this(id, start, end, text, claim, type, score, reasons, quantities, speaker, hedge, subjects, List.of());
    }

    /** The same claim with {@code facts}. */
    public ClaimView withFacts(List<FactView> facts) {
        return new ClaimView(id, start, end, text, claim, type, score, reasons, quantities, speaker, hedge, subjects,
                facts);
    }
}
