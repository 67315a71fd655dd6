package io.sasil.common.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Puts the document id of a per-document request ({@code …/documents/{id}…}) in the logging context
 * ({@code documentId}), so that every log line of that document's work carries it (JSON logs show the
 * MDC as fields); removed when the response is written.
 */
@Provider
public class DocumentLogContext implements ContainerRequestFilter, ContainerResponseFilter {

    /** The MDC key. */
    public static final String KEY = "documentId";
    private static final Pattern DOCUMENT = Pattern.compile("/documents/(\\d{1,18})(?:/|$)");

    @Override
    public void filter(ContainerRequestContext request) {
        String id = documentId(request.getUriInfo().getPath());
        if (id != null) {
            MDC.put(KEY, id);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MDC.remove(KEY);
    }

    /** The document id in a request path, or null. */
    static String documentId(String path) {
        Matcher m = DOCUMENT.matcher(path == null ? "" : path);
        return m.find() ? m.group(1) : null;
    }
}
