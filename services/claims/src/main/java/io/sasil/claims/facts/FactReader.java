package io.sasil.claims.facts;

import io.sasil.common.contract.FactView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.korean.NoriTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts one claim states, in this order: dated events and measures ({@link EventFacts}), parts and wholes
 * ({@link PartWholeFacts}), shares ({@link ShareFacts}), spending ({@link SpendingFacts}), currency conversions
 * ({@link ConversionFacts}), ages ({@link AgeFacts}) and time ago ({@link AgoFacts}). Subjects are glossary
 * mentions and quoted names ({@link SubjectAnchors}). Words are told apart by Nori's morphemes (compound nouns whole,
 * no user dictionary), read only for a claim in which a listed noun must be told from part of a longer word.
 * Thread-safe.
 */
public final class FactReader {

    private static final NoriTokenizer NORI = NoriTokenizer.builder().build();

    /**
     * Reads the facts of a claim.
     *
     * @param text       the claim as written
     * @param start      its document code point offset
     * @param quantities its quantities, document offsets; a {@link io.sasil.common.contract.FactRole} indexes this list
     * @param mentions   glossary mentions of the document (those outside the claim are ignored); may be empty
     * @param subjects   the term base entries the claim mentions
     */
    public List<FactView> read(String text, int start, List<QuantityView> quantities, List<MentionView> mentions,
            List<Long> subjects) {
        if (quantities == null || quantities.isEmpty()) {
            return List.of();
        }
        ClaimText claim = new ClaimText(text, start, quantities, new SubjectAnchors(text, start, mentions), subjects,
                () -> NORI.analyse(text == null ? "" : text));
        List<FactView> out = new ArrayList<>(new EventFacts(claim).facts());
        out.addAll(PartWholeFacts.read(claim));
        out.addAll(ShareFacts.read(claim));
        out.addAll(SpendingFacts.read(claim));
        out.addAll(ConversionFacts.read(claim));
        out.addAll(AgeFacts.read(claim));
        out.addAll(AgoFacts.read(claim));
        return List.copyOf(out);
    }
}
