package io.sasil.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared {@code Content-Length} exceeds {@code quarkus.http.limits.max-body-size} with a
 * {@code 413} problem, before Quarkus' own limit handler would answer it with an empty body. The connection is closed
 * after the answer (the body is not read), as Quarkus does; a client that sends {@code Expect: 100-continue} gets the
 * problem before it sends the body. A chunked body without a length is still cut off by Quarkus when it passes the
 * limit.
 */
@ApplicationScoped
public class BodyLimitRoute {

    private static final ObjectMapper JSON = new ObjectMapper();

    void install(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(rc -> check(rc, max));
    }

    static void check(RoutingContext rc, long max) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= max) {
            rc.next();
            return;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + "too-large", "Content too large", 413,
                "the request body has " + length + " bytes; this service accepts at most " + max
                        + " (quarkus.http.limits.max-body-size)",
                rc.request().path(), null);
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rc.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(done -> rc.request().connection().close())
                .end(body);
    }
}
