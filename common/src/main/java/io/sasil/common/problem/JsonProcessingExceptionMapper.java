package io.sasil.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/** Malformed JSON or a value of the wrong type → 400 naming the line, column and field. */
@Provider
@Priority(Priorities.USER - 100)
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return Problems.response(toProblem(exception, null), uriInfo);
    }

    /**
     * The problem for a JSON error; {@code line} overrides the parser's line (used for JSON Lines,
     * where each line is parsed alone).
     */
    public static Problem toProblem(JsonProcessingException exception, Integer line) {
        JsonLocation location = exception.getLocation();
        int reportedLine = line != null ? line : location == null ? -1 : location.getLineNr();
        StringBuilder detail = new StringBuilder("malformed JSON");
        if (reportedLine > 0) {
            detail.append(" at line ").append(reportedLine);
            if (location != null && location.getColumnNr() > 0) {
                detail.append(", column ").append(location.getColumnNr());
            }
        }
        List<Problem.FieldError> errors = null;
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            errors = List.of(new Problem.FieldError(field, exception.getOriginalMessage()));
            detail.append(": field '").append(field).append("' ");
        } else {
            detail.append(": ");
        }
        detail.append(firstLine(exception.getOriginalMessage()));
        return new Problem(Problem.TYPE_BASE + "malformed-json", "Malformed JSON", 400, detail.toString(), null,
                errors);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable body";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
