package io.sasil.ingestion.rest;

import io.sasil.common.problem.ProblemException;
import io.sasil.common.problem.Problems;
import io.sasil.ingestion.config.IngestionConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a request body over the limit before it is read, when the request declares its
 * {@code Content-Length}: {@code sasil.ingestion.max-batch-bytes} under {@code /api/batches},
 * {@code sasil.ingestion.max-body-bytes} elsewhere → 413 problem. Bodies sent without a length
 * (chunked) are measured after reading by the resources.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    /** Looked up per request: providers are created at static init, before config mappings exist. */
    private final Instance<IngestionConfig> config;

    public BodyLimitFilter(Instance<IngestionConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isBlank()) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return; // Vert.x refuses a malformed length itself
        }
        long limit = limitFor(request.getUriInfo().getPath());
        if (bytes > limit) {
            request.abortWith(Problems.response(tooLarge(bytes, limit).problem(), request.getUriInfo()));
        }
    }

    long limitFor(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        IngestionConfig limits = config.get();
        return p.startsWith("api/batches") ? limits.maxBatchBytes() : limits.maxBodyBytes();
    }

    /** 413 for a request body of {@code bytes} over {@code limit}. */
    static ProblemException tooLarge(long bytes, long limit) {
        return new ProblemException(413, "too-large", "Content too large",
                "the request body has " + bytes + " bytes; the limit is " + limit + " bytes");
    }
}
