package io.sasil.common.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A JSON value of the wrong type or format ({@code "publishedAt": "last tuesday"}, {@code "text": {}})
 * → the suite's 400 problem naming the field. Quarkus ships a mapper for exactly this exception type
 * that answers plain JSON, and an exact type beats common's {@link JsonProcessingExceptionMapper}; this
 * one takes it back.
 */
@Provider
@Priority(Priorities.USER - 100)
public class MismatchedInputExceptionMapper implements ExceptionMapper<MismatchedInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return Problems.response(JsonProcessingExceptionMapper.toProblem(exception, null), uriInfo);
    }
}
