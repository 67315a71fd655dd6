package io.sasil.claims.facts;

import io.sasil.claims.facts.ClaimText.Q;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactView;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares: a percentage with a share word (차지, 비중, 점유율) within {@value #WINDOW} code points before or after it
 * ({@code 점유율은 38%}, {@code 38%를 차지})  is stated as a share of a whole: a {@code share} fact, role {@code share}.
 */
final class ShareFacts {

    static final String PREDICATE = "share";
    static final int WINDOW = 8;

    private static final List<String> SHARE_WORDS = List.of("차지", "비중", "점유율");

    private ShareFacts() {
    }

    static List<FactView> read(ClaimText claim) {
        List<FactView> out = new ArrayList<>();
        for (Q p : claim.quantities("PERCENT")) {
            String word = Words.first(claim.slice(p.end(), p.end() + WINDOW), SHARE_WORDS);
            if (word == null) {
                word = Words.first(claim.slice(p.start() - WINDOW, p.start()), SHARE_WORDS);
            }
            if (word != null) {
                out.add(new FactView(PREDICATE, word, null, List.of(), List.of(new FactRole(p.index(), "share"))));
            }
        }
        return out;
    }
}
