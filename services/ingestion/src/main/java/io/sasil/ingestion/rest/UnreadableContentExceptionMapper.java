package io.sasil.ingestion.rest;

import io.sasil.common.problem.Problem;
import io.sasil.common.problem.Problems;
import io.sasil.ingestion.text.UnreadableContentException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Content that is not UTF-8 text ({@link UnreadableContentException}) → 422. */
@Provider
public class UnreadableContentExceptionMapper implements ExceptionMapper<UnreadableContentException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UnreadableContentException exception) {
        return Problems.response(toProblem(exception), uriInfo);
    }

    /** {@code binary-content} for binary data, {@code invalid-utf8} for anything else that is not UTF-8. */
    static Problem toProblem(UnreadableContentException exception) {
        String slug = exception.getMessage().startsWith("content is binary") ? "binary-content" : "invalid-utf8";
        return new Problem(Problem.TYPE_BASE + slug, "Content cannot be processed", 422, exception.getMessage(),
                null, null);
    }
}
