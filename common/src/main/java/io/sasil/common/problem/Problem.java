package io.sasil.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the one error body of every sasil service
 * ({@code Content-Type: application/problem+json}).
 *
 * @param type     a URI naming the problem type; {@code about:blank} when the status says it all
 * @param title    a short, human-readable summary of the problem type
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request, in words a client can act on
 * @param instance the request path that produced the problem
 * @param errors   for validation problems, one entry per offending field (or input line)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(example = "https://sasil.io/problems/validation") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "text: must not be blank") String detail,
        @Schema(example = "/api/documents") String instance,
        List<FieldError> errors) {

    /** The media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of the problem type URIs of this suite; each is documented in docs/errors.md. */
    public static final String TYPE_BASE = "https://sasil.io/problems/";

    /**
     * One offending field of a request.
     *
     * @param field   the property path ({@code text}, {@code items[3].publishedAt}) or {@code line 12}
     * @param message why the value was rejected
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
