package io.sasil.ingestion.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls to the glossary service, with its own circuit breaker (see {@link AnalysisServiceClient}). */
@ApplicationScoped
public class GlossaryClient extends AnalysisServiceClient {

    public GlossaryClient(@RestClient GlossaryRestClient client) {
        super(client);
    }
}
