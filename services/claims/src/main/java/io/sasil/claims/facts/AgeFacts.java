package io.sasil.claims.facts;

import io.sasil.claims.facts.ClaimText.Q;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ages: every {@code AGE_YEARS} of a claim is an {@code age} fact. Its roles: the age itself, {@code age}, or
 * {@code international-age} when written with 만 ({@code 만 40세}); the claim's {@code BIRTH_YEAR} nearest to it,
 * {@code birth-year}; and a date before it tied to it by 당시 or 때 within {@value #AS_OF_WINDOW} code points
 * ({@code 2010년 당시 25세}), {@code as-of}.
 */
final class AgeFacts {

    static final String PREDICATE = "age";
    static final int AS_OF_WINDOW = 20;

    private AgeFacts() {
    }

    static List<FactView> read(ClaimText claim) {
        List<FactView> out = new ArrayList<>();
        for (Q age : claim.quantities("AGE_YEARS")) {
            List<FactRole> roles = new ArrayList<>();
            roles.add(new FactRole(age.index(), age.text().strip().startsWith("만") ? "international-age" : "age"));
            claim.quantities("BIRTH_YEAR").stream().min(Comparator.comparingInt(q -> Math.abs(q.start() - age.start())))
                    .ifPresent(b -> roles.add(new FactRole(b.index(), "birth-year")));
            asOf(claim, age).ifPresent(d -> roles.add(new FactRole(d.index(), "as-of")));
            out.add(new FactView(PREDICATE, null, null, List.of(), roles));
        }
        return out;
    }

    private static Optional<Q> asOf(ClaimText claim, Q age) {
        for (Q d : claim.quantities("DATE")) {
            if (d.end() <= age.start() && EventFacts.isCalendarValue(d)) {
                String between = claim.slice(d.end(), age.start());
                if (between.length() <= AS_OF_WINDOW && (between.contains("당시") || between.contains("때"))) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }
}
