package io.sasil.common.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jboss.logging.Logger;

/**
 * Anything not mapped otherwise → 500, logged with its stack trace, never leaked to the client; except a
 * database that cannot be reached (connection refused or lost, server shutting down, no connection from the
 * pool), which is 503 {@code database-unavailable} with {@code Retry-After}: the caller should come back, the
 * request itself is fine.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        if (databaseUnavailable(exception)) {
            LOG.warnf("database unavailable: %s", exception.getMessage());
            Response response = Problems.response(new Problem(Problem.TYPE_BASE + "database-unavailable",
                    "Database unavailable", 503, "the service cannot reach its database; try again shortly", null,
                    null), uriInfo);
            return Response.fromResponse(response).header("Retry-After", "5").build();
        }
        LOG.error("unexpected error", exception);
        return Problems.response(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "the server failed to process the request; see its log", null, null), uriInfo);
    }

    /**
     * Whether a cause of {@code e} says the database could not be reached: SQL state class 08 (connection
     * exception) or 57P (PostgreSQL shutting down), a transient connection failure, or the pool's acquisition
     * timeout.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
