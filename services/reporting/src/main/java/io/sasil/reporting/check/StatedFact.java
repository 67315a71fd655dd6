package io.sasil.reporting.check;

import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactView;
import java.util.List;
import java.util.Optional;

/**
 * A fact as its claim states it, with each role's quantity located in the document.
 *
 * @param claimIndex index of the claim in the checker's input list
 * @param fact       the fact as the claims service read it
 * @param roles      the roles whose quantity is in the document, in the fact's order
 */
public record StatedFact(int claimIndex, FactView fact, List<Role> roles) {

    /** One role with its quantity. */
    public record Role(String role, Located quantity) {
    }

    /** The quantity of the first role named {@code role}. */
    public Optional<Located> role(String role) {
        return roles.stream().filter(r -> r.role().equals(role)).map(Role::quantity).findFirst();
    }

    /** The quantity of the first role named one of {@code names}, with the name found. */
    public Optional<Role> anyRole(String... names) {
        for (Role r : roles) {
            for (String n : names) {
                if (r.role().equals(n)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** The predicate class. */
    public String predicate() {
        return fact.predicate();
    }

    static List<Role> locate(FactView fact, java.util.function.IntFunction<Located> byIndex) {
        return fact.roles().stream().filter(r -> r != null && r.role() != null)
                .map((FactRole r) -> new Role(r.role(), byIndex.apply(r.quantity())))
                .filter(r -> r.quantity() != null).toList();
    }
}
