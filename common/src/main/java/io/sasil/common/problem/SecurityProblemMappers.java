package io.sasil.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 401 and 403 as problems, like every other error: a request without a token or with a refused
 * one ({@code https://sasil.io/problems/unauthorized}, with {@code WWW-Authenticate: Bearer}) and
 * a token whose roles are not enough ({@code https://sasil.io/problems/forbidden}). The services
 * authenticate lazily ({@code quarkus.http.auth.proactive=false}) so that these exceptions reach
 * JAX-RS.
 */
public final class SecurityProblemMappers {

    public static final String UNAUTHORIZED = Problem.TYPE_BASE + "unauthorized";
    public static final String FORBIDDEN = Problem.TYPE_BASE + "forbidden";
    /** The detail of every 403: the roles of each operation are in its API document and docs/security.md. */
    public static final String FORBIDDEN_DETAIL =
            "the token's roles do not allow this operation (see docs/security.md for the role of each)";

    private SecurityProblemMappers() {
    }

    static Response unauthorized(String detail, String challenge, UriInfo uriInfo) {
        Problem problem = new Problem(UNAUTHORIZED, "Authentication required", 401, detail, null, null);
        return Response.fromResponse(Problems.response(problem, uriInfo))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    /** No token, on an operation that needs one. */
    @Provider
    public static class Unauthorized implements ExceptionMapper<UnauthorizedException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(UnauthorizedException exception) {
            return unauthorized("this operation needs a bearer token (Authorization: Bearer …)",
                    "Bearer realm=\"sasil\"", uriInfo);
        }
    }

    /** A token that fails verification: signature, algorithm, issuer, audience or expiry. */
    @Provider
    public static class AuthenticationFailed implements ExceptionMapper<AuthenticationFailedException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(AuthenticationFailedException exception) {
            return unauthorized("the bearer token was refused: its signature, algorithm, issuer, audience or expiry "
                    + "does not match what this service trusts", "Bearer realm=\"sasil\", error=\"invalid_token\"",
                    uriInfo);
        }
    }

    /** A valid token whose roles do not include the one the operation needs. */
    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ForbiddenException exception) {
            Problem problem = new Problem(FORBIDDEN, "Forbidden", 403, FORBIDDEN_DETAIL, null, null);
            return Problems.response(problem, uriInfo);
        }
    }
}
