package io.sasil.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Adds the roles a token's roles imply ({@link Roles#implied}): a token carrying only
 * {@code admin} may do what an {@code editor} and a {@code reader} may. Identity providers then
 * grant one role per user, and every operation names only the least role it needs.
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        boolean added = false;
        for (String role : identity.getRoles()) {
            Set<String> implied = Roles.implied(role);
            for (String r : implied) {
                if (!identity.hasRole(r)) {
                    builder.addRole(r);
                    added = true;
                }
            }
        }
        return Uni.createFrom().item(added ? builder.build() : identity);
    }
}
