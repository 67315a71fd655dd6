package io.sasil.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class UnavailableReasonTest {

    @Test
    void anHttpStatusIsNamedWithoutTheClientsMessage() {
        RuntimeException e = new RuntimeException("wrapped", new WebApplicationException(
                "Received: 'Service Unavailable, status code 503' when invoking REST Client method: "
                        + "'io.sasil.reporting.client.GlossaryRestClient#ofDocument'", 503));
        assertEquals("the glossary service is unavailable: it answered HTTP 503", UnavailableReason.of("glossary", e));
    }

    @Test
    void aConnectionFailureNamesNoHost() {
        RuntimeException e = new ProcessingException(new ConnectException("Connection refused: claims.sasil.svc/10.0.3.7:8083"));
        assertEquals("the claims service is unavailable: it cannot be reached", UnavailableReason.of("claims", e));
    }

    @Test
    void anythingElseSaysOnlyThatItIsUnavailable() {
        assertEquals("the ingestion service is unavailable",
                UnavailableReason.of("ingestion", new IllegalStateException("java.lang.NullPointerException at …")));
    }
}
