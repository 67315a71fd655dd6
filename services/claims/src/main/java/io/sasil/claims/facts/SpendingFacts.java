package io.sasil.claims.facts;

import io.sasil.common.contract.QuantityView;
import io.sasil.claims.facts.ClaimText.Q;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spending: in a claim that speaks of spending (비용, 원가, 들었, 들여, 들어, 썼, 쓴, 투입, 소요) every money amount is a
 * {@code spending} fact with the role {@code amount}; in a claim that speaks of cost (비용, 원가) every ratio
 * ({@code 10분의 1 비용}) is a {@code spending} fact with the role {@code ratio}. Their co-subjects are every subject
 * the claim names, which is how a ratio finds the costs of the same company in other claims.
 */
final class SpendingFacts {

    static final String PREDICATE = "spending";

    private static final List<String> RATIO_COST_WORDS = List.of("비용", "원가");
    private static final List<String> SPENDING_WORDS = List.of("비용", "원가", "들었", "들여", "들어", "썼", "쓴",
            "투입", "소요");

    private SpendingFacts() {
    }

    static List<FactView> read(ClaimText claim) {
        String spending = Words.first(claim.text(), SPENDING_WORDS);
        String cost = Words.first(claim.text(), RATIO_COST_WORDS);
        if (spending == null && cost == null) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        claim.anchors().all().forEach(a -> keys.add(a.key()));
        List<FactView> out = new ArrayList<>();
        for (Q q : claim.quantities()) {
            if (spending != null && QuantityView.isMoney(q.unit())) {
                out.add(new FactView(PREDICATE, spending, null, List.copyOf(keys),
                        List.of(new FactRole(q.index(), "amount"))));
            } else if (cost != null && q.unit().equals("RATIO")) {
                out.add(new FactView(PREDICATE, cost, null, List.copyOf(keys),
                        List.of(new FactRole(q.index(), "ratio"))));
            }
        }
        return out;
    }
}
