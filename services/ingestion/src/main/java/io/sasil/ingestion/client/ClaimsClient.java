package io.sasil.ingestion.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls to the claims service, with its own circuit breaker (see {@link AnalysisServiceClient}). */
@ApplicationScoped
public class ClaimsClient extends AnalysisServiceClient {

    public ClaimsClient(@RestClient ClaimsRestClient client) {
        super(client);
    }
}
