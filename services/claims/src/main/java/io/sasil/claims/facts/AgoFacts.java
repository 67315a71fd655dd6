package io.sasil.claims.facts;

import io.sasil.claims.facts.ClaimText.Q;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Time ago: a {@code DURATION} with 전 (or 前), in its own text or right after it, followed by a date with at most
 * a copula or particle between them ({@code 10년 전인 2015년}, {@code 5년 전의 2019년}): an {@code ago} fact with the
 * roles {@code elapsed} and {@code date}.
 */
final class AgoFacts {

    static final String PREDICATE = "ago";

    private static final Set<String> LINKS = Set.of("", "인", "이던", "의", "인,", ",", "에");

    private AgoFacts() {
    }

    static List<FactView> read(ClaimText claim) {
        List<FactView> out = new ArrayList<>();
        for (Q q : claim.quantities("DURATION")) {
            int after = q.end();
            if (!q.text().contains("전") && !q.text().contains("前")) {
                String raw = claim.slice(q.end(), q.end() + 2);
                String next = raw.strip();
                if (!next.startsWith("전") && !next.startsWith("前")) {
                    continue;
                }
                after = q.end() + raw.indexOf(next.charAt(0)) + 1;
            }
            for (Q o : claim.quantities()) {
                if (o.start() >= after && o.unit().equals("DATE")) {
                    String gap = claim.slice(after, o.start()).strip();
                    if (gap.length() <= 3 && LINKS.contains(gap)) {
                        out.add(new FactView(PREDICATE, "전", null, List.of(),
                                List.of(new FactRole(q.index(), "elapsed"), new FactRole(o.index(), "date"))));
                    }
                    break;
                }
            }
        }
        return out;
    }
}
