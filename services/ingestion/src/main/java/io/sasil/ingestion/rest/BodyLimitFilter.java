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
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body limits, in one place: {@code sasil.ingestion.max-batch-bytes} under {@code /api/batches},
 * {@code sasil.ingestion.max-body-bytes} elsewhere → 413 problem.
 * <ul>
 *   <li>A request that declares its {@code Content-Length} is refused before its body is read.</li>
 *   <li>A body sent without its length (chunked) is counted while it is read, and reading stops with the 413 once
 *       it passes the limit: entities (JSON, text, bytes) by this class as a {@link ReaderInterceptor}, so that no
 *       more than {@code max-body-bytes} of one is ever held; a streamed JSON Lines batch by
 *       {@link #limit(InputStream, long)}. Quarkus' own {@code quarkus.http.limits.max-body-size} sits above both,
 *       as the ceiling of a streamed batch.</li>
 * </ul>
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter, ReaderInterceptor {

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

    /**
     * Counts an entity (never a streamed batch, which comes as an {@link InputStream}) while it is read; whatever
     * the reader made of the stream's refusal (Jackson wraps it), the answer is the 413.
     */
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == InputStream.class) {
            return context.proceed();
        }
        Limited limited = limit(context.getInputStream(), config.get().maxBodyBytes());
        context.setInputStream(limited);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (limited.exceeded()) {
                throw limited.tooLarge();
            }
            throw e;
        }
    }

    /** {@code in}, stopped with a 413 problem once more than {@code limit} bytes were read from it. */
    static Limited limit(InputStream in, long limit) {
        return new Limited(in, limit);
    }

    /** A stream that refuses to go past its limit. */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        boolean exceeded() {
            return read > limit;
        }

        ProblemException tooLarge() {
            return new ProblemException(413, "too-large", "Content too large",
                    "the request body has more than " + limit + " bytes; the limit is " + limit + " bytes");
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (exceeded()) {
                throw tooLarge();
            }
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
