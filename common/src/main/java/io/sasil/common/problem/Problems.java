package io.sasil.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds {@code application/problem+json} responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem, UriInfo uriInfo) {
        Problem withPath = problem.instance() == null && uriInfo != null
                ? problem.withInstance("/" + uriInfo.getPath().replaceFirst("^/", ""))
                : problem;
        return Response.status(withPath.status())
                .type(Problem.MEDIA_TYPE)
                .entity(withPath)
                .build();
    }

    /** A problem with only a status, a title and a detail; the type is {@code about:blank}. */
    public static Problem of(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, null, null);
    }
}
