package io.sasil.ingestion.service;

import io.sasil.ingestion.client.NonRetryableException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/** What a failed call to glossary or claims says, and so what the analysis driver does with the document. */
enum FailureKind {
    /** The service was not there (connection refused or reset, open breaker, 502/503/504): wait, count nothing. */
    UNAVAILABLE("unavailable"),
    /** The service says the document itself is bad (400, 413, 415, 422): FAILED at once. */
    REFUSED("refused"),
    /** The service forgot the document because it was deleted (410): leave it alone. */
    GONE("gone"),
    /** Anything else (500, a timeout, another 4xx): one attempt counted, back off. */
    ERROR("error");

    private static final Set<Integer> UNAVAILABLE_STATUSES = Set.of(502, 503, 504);

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** The {@code reason} tag of the failure counter. */
    String label() {
        return label;
    }

    static FailureKind of(Throwable e) {
        if (e instanceof NonRetryableException refused) {
            if (refused.status() == 410) {
                return GONE;
            }
            return refused.permanent() ? REFUSED : ERROR;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CircuitBreakerOpenException || t instanceof BulkheadException
                    || t instanceof ProcessingException || t instanceof java.net.ConnectException) {
                return UNAVAILABLE;
            }
            if (t instanceof WebApplicationException web && web.getResponse() != null
                    && UNAVAILABLE_STATUSES.contains(web.getResponse().getStatus())) {
                return UNAVAILABLE;
            }
        }
        return ERROR;
    }
}
