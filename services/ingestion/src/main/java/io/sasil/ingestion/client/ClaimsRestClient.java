package io.sasil.ingestion.client;

import io.sasil.common.security.ServiceTokenFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The claims service's per-document endpoints. */
@Path("/internal/claims/documents")
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "claims-client")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ClaimsRestClient extends AnalysisRestClient {
}
