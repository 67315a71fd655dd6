package io.sasil.claims.facts;

import io.sasil.common.contract.QuantityView;
import io.sasil.claims.facts.ClaimText.Q;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactView;
import java.util.ArrayList;
import java.util.List;

/**
 * Currency conversions: two consecutive money amounts of a claim in different currencies written as one sum,
 * adjacent or the second in parentheses after the first ({@code 600만 달러(약 84억 원)}, {@code 100유로, 한화 약 15만
 * 원}): a {@code conversion} fact with the roles {@code amount} (the first) and {@code converted} (the second).
 *
 * <p>Adjacent means at most {@value #MAX_GAP} code points apart with nothing between them but white space, brackets,
 * commas and the words 약, 대략, 한화(로), 원화(로), 우리 돈, 우리돈, 환산.
 */
final class ConversionFacts {

    static final String PREDICATE = "conversion";
    static final int MAX_GAP = 16;

    private static final List<String> FILLER = List.of("우리 돈", "우리돈", "한화로", "한화", "원화로", "원화", "환산",
            "대략", "약", "(", ")", "[", "]", ",", "≈", "=", "·");

    private ConversionFacts() {
    }

    static List<FactView> read(ClaimText claim) {
        List<FactView> out = new ArrayList<>();
        List<Q> money = claim.quantities().stream().filter(q -> QuantityView.isMoney(q.unit())).toList();
        for (int i = 0; i + 1 < money.size(); i++) {
            Q a = money.get(i);
            Q b = money.get(i + 1);
            if (a.unit().equals(b.unit()) || b.start() < a.end() || b.start() - a.end() > MAX_GAP
                    || !isFiller(claim.slice(a.end(), b.start()))) {
                continue;
            }
            out.add(new FactView(PREDICATE, null, null, List.of(),
                    List.of(new FactRole(a.index(), "amount"), new FactRole(b.index(), "converted"))));
            i++;
        }
        return out;
    }

    /** Whether {@code gap} is nothing but filler words, brackets and white space. */
    static boolean isFiller(String gap) {
        String rest = gap;
        boolean changed = true;
        while (changed) {
            changed = false;
            rest = rest.strip();
            for (String f : FILLER) {
                if (rest.startsWith(f)) {
                    rest = rest.substring(f.length());
                    changed = true;
                }
            }
        }
        return rest.isEmpty();
    }
}
