package io.sasil.common.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles of the suite. Every {@code /api} operation declares the least role it needs with
 * {@code @RolesAllowed}; roles are hierarchical ({@link RoleHierarchy}): an {@code admin} is also
 * an {@code editor} and a {@code reader}, an {@code editor} is also a {@code reader}. The
 * {@code service} role is the identity of a calling service (a client-credentials token): it may
 * read, and it alone may call the {@code /internal} endpoints.
 */
public final class Roles {

    /** Every GET, and the stateless extract and parse endpoints. */
    public static final String READER = "reader";
    /** Store documents and batches, reprocess, edit and import the term base. */
    public static final String EDITOR = "editor";
    /** Delete documents and entries, merge and split entries. */
    public static final String ADMIN = "admin";
    /** Another service of the suite: the {@code /internal} endpoints, and reads. */
    public static final String SERVICE = "service";

    /** The roles a user can be given, least first. */
    public static final List<String> USER_ROLES = List.of(READER, EDITOR, ADMIN);

    /** Each role with the roles it implies (not transitively closed: {@link #implied} closes it). */
    private static final Map<String, Set<String>> IMPLIES = Map.of(
            ADMIN, Set.of(EDITOR),
            EDITOR, Set.of(READER),
            SERVICE, Set.of(READER));

    private Roles() {
    }

    /** The roles implied by {@code role}, itself included: {@code admin → admin, editor, reader}. */
    public static Set<String> implied(String role) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(role));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (out.add(next)) {
                todo.addAll(IMPLIES.getOrDefault(next, Set.of()));
            }
        }
        return out;
    }

    /** The user roles below {@code role} (those a token must not be enough for): {@code editor → [reader]}. */
    public static List<String> userRolesBelow(String role) {
        return USER_ROLES.stream().filter(r -> !implied(r).contains(role)).toList();
    }
}
