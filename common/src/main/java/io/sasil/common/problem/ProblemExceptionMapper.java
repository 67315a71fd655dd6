package io.sasil.common.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@link ProblemException} → its problem. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException exception) {
        return Problems.response(exception.problem(), uriInfo);
    }
}
