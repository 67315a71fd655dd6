package io.sasil.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every JAX-RS status exception (404 for an unknown path, 405, 406, 415, …) → a problem with
 * that status. Responses that already carry an entity are rewritten too, so no service ever
 * answers an error with HTML or plain text.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
                return Problems.response(JsonProcessingExceptionMapper.toProblem(json, null), uriInfo);
            }
        }
        String detail = switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "none of the media types in Accept can be produced here";
            case 415 -> "the Content-Type of the request is not supported here";
            default -> exception.getMessage();
        };
        if (status == 404 && exception.getMessage() != null && !exception.getMessage().startsWith("HTTP 404")) {
            detail = exception.getMessage();
        }
        return Problems.response(Problems.of(status, detail), uriInfo);
    }
}
