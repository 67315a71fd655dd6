package io.sasil.reporting.service;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

/**
 * Why another service could not give a report its part, in words fit for a report's
 * {@code missing[].reason}: the HTTP status it answered, or that it could not be reached — never
 * the exception's message, which names internal classes, hosts and chains of causes (those go to
 * the log).
 */
final class UnavailableReason {

    private UnavailableReason() {
    }

    static String of(String service, RuntimeException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof WebApplicationException web && web.getResponse() != null) {
                return "the " + service + " service is unavailable: it answered HTTP " + web.getResponse().getStatus();
            }
            if (t instanceof ProcessingException) {
                return "the " + service + " service is unavailable: it cannot be reached";
            }
            t = t.getCause();
        }
        return "the " + service + " service is unavailable";
    }
}
