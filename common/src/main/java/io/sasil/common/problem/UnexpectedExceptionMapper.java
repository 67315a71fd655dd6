package io.sasil.common.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** Anything not mapped otherwise → 500, logged with its stack trace, never leaked to the client. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        LOG.error("unexpected error", exception);
        return Problems.response(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "the server failed to process the request; see its log", null, null), uriInfo);
    }
}
