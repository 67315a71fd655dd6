package io.sasil.claims.classify;

import io.sasil.common.contract.ClaimType;
import java.util.List;

/**
 * Decides a claim's type (SPEC §3) from the features that fired, by this precedence:
 *
 * <ol>
 *   <li>QUOTE — direct speech ({@code “…”라고/라며}), or a sentence that continues a quotation.</li>
 *   <li>RANKING — a rank ({@code 1위}) or a ranking word ({@code 최대, 최초, 가장, 세계 첫}).</li>
 *   <li>COMPARISON — {@code 보다}, a ratio or multiple, {@code %포인트}, a comparison verb.</li>
 *   <li>QUANTITY — a measure (money, people, things, percentages, units); ages, birth years and
 *       durations do not count.</li>
 *   <li>QUOTE — indirect speech with an attribution verb ({@code ~다고 밝혔다}); a source alone
 *       ({@code X에 따르면}) does not make a quote.</li>
 *   <li>TEMPORAL — an explicit date, unless the sentence ends in a past-tense event verb
 *       ({@code 2023년 5월 … 출범시켰다}), which makes it an EVENT.</li>
 *   <li>EVENT — everything else.</li>
 * </ol>
 */
final class ClaimTypeResolver {

    private ClaimTypeResolver() {
    }

    static ClaimType resolve(AnalyzedSentence s, List<Cue> cues) {
        boolean direct = false;
        boolean ranking = false;
        boolean comparison = false;
        boolean measure = false;
        boolean attribution = false;
        boolean date = false;
        boolean past = false;
        boolean finalEvent = false;
        int finalChunk = s.lastContentIndex() < 0 ? -1 : s.m(s.lastContentIndex()).chunk();
        for (Cue c : cues) {
            switch (c.feature()) {
                case DIRECT_QUOTE -> direct = true;
                case RANKING -> ranking = true;
                case COMPARISON -> comparison = true;
                case NUMBER_COUNTER -> measure |= c.kind() == QuantityKind.MEASURE;
                case ATTRIBUTION -> attribution = true;
                case DATE -> date = true;
                case PAST -> past = true;
                case EVENT -> finalEvent |= s.m(c.index()).chunk() >= finalChunk - 1;
                default -> {
                }
            }
        }
        if (direct) {
            return ClaimType.QUOTE;
        }
        if (ranking) {
            return ClaimType.RANKING;
        }
        if (comparison) {
            return ClaimType.COMPARISON;
        }
        if (measure) {
            return ClaimType.QUANTITY;
        }
        if (attribution) {
            return ClaimType.QUOTE;
        }
        if (date && !(past && finalEvent)) {
            return ClaimType.TEMPORAL;
        }
        return ClaimType.EVENT;
    }
}
