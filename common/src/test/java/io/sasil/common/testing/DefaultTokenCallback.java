package io.sasil.common.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.sasil.common.security.Roles;
import java.util.List;

/**
 * Before each {@code @QuarkusTest} method, RestAssured sends an {@code admin} token with every
 * request that carries no {@code Authorization} header of its own, so that the HTTP contract
 * tests of the services test their contract rather than repeat the authentication on every call
 * ({@link TestTokens#as} and {@link TestTokens#asService} send another role). Tests of access
 * itself implement {@link SendsOwnTokens} and get no default token.
 */
public class DefaultTokenCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (context.getTestInstance() instanceof SendsOwnTokens) {
            RestAssured.replaceFiltersWith(List.of());
            return;
        }
        Filter defaultToken = (request, response, ctx) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", TestTokens.bearer(Roles.ADMIN));
            }
            return ctx.next(request, response);
        };
        RestAssured.replaceFiltersWith(List.of(defaultToken));
    }
}
