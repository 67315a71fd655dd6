package io.sasil.common.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@link BusyException} → 503 problem+json with {@code Retry-After} (seconds). */
@Provider
public class BusyExceptionMapper implements ExceptionMapper<BusyException> {

    public static final String TYPE = Problem.TYPE_BASE + "busy";

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(BusyException exception) {
        Problem problem = new Problem(TYPE, "Busy", 503, exception.getMessage(), null, null);
        return Response.fromResponse(Problems.response(problem, uriInfo))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds())).build();
    }
}
