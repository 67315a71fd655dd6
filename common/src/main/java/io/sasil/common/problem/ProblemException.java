package io.sasil.common.problem;

import java.util.List;

/**
 * An exception that carries the problem a client should see. Throw it from resources and
 * services; {@link ProblemExceptionMapper} turns it into an {@code application/problem+json}
 * response with its status.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, null);
    }

    public ProblemException(int status, String typeSlug, String title, String detail,
            List<Problem.FieldError> errors) {
        super(detail);
        this.problem = new Problem(typeSlug == null ? "about:blank" : Problem.TYPE_BASE + typeSlug,
                title, status, detail, null, errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** Throws a problem made elsewhere (an item's problem that becomes the request's). */
    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** 404: the named resource does not exist. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Resource not found", what + " " + id + " does not exist");
    }

    /** 400: a request parameter or body is not acceptable. */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    /** 400 with one offending field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Request is not valid", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** 400 ({@link #invalidField}) unless {@code min ≤ value ≤ max}. */
    public static void checkRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw invalidField(field, "must be between " + min + " and " + max);
        }
    }

    /** 400 unless the paging of a listing is valid: {@code page ≥ 0} and {@code 1 ≤ size ≤ maxSize}. */
    public static void checkPaging(int page, int size, int maxSize) {
        if (page < 0) {
            throw invalidField("page", "must be 0 or more");
        }
        checkRange("size", size, 1, maxSize);
    }

    /** 422: the body is well-formed but its content cannot be processed (empty text, binary data). */
    public static ProblemException unprocessable(String typeSlug, String detail) {
        return new ProblemException(422, typeSlug, "Content cannot be processed", detail);
    }

    /** 413: the body is larger than the configured limit. */
    public static ProblemException tooLarge(long size, long limit) {
        return new ProblemException(413, "too-large", "Content too large",
                "the text has " + size + " bytes; the limit is " + limit + " bytes");
    }

    /** 503: a service this one depends on cannot be reached. */
    public static ProblemException unavailable(String service, String detail) {
        return new ProblemException(503, "dependency-unavailable", "Service unavailable",
                service + " is not reachable: " + detail);
    }
}
