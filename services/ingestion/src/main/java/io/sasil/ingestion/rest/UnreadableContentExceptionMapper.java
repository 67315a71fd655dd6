package io.sasil.ingestion.rest;

import io.sasil.common.problem.Problem;
import io.sasil.common.problem.Problems;
import io.sasil.ingestion.text.UnreadableContentException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Content that cannot be read as text ({@link UnreadableContentException}) → 422, typed by its cause. */
@Provider
public class UnreadableContentExceptionMapper implements ExceptionMapper<UnreadableContentException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UnreadableContentException exception) {
        return Problems.response(toProblem(exception), uriInfo);
    }

    /**
     * {@code invalid-utf8}, {@code invalid-encoding}, {@code unknown-encoding}, {@code unsupported-charset} or
     * {@code binary-content} ({@link UnreadableContentException#type()}).
     */
    static Problem toProblem(UnreadableContentException exception) {
        String slug = exception.type();
        return new Problem(Problem.TYPE_BASE + slug, "Content cannot be processed", 422, exception.getMessage(),
                null, null);
    }
}
