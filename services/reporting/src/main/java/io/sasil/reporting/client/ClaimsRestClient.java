package io.sasil.reporting.client;

import io.sasil.common.contract.DocumentClaimsView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The claims service, as reporting reads it. */
@Path("/api/claims/documents")
@RegisterRestClient(configKey = "claims-client")
@Produces(MediaType.APPLICATION_JSON)
interface ClaimsRestClient {

    @GET
    @Path("/{id}")
    DocumentClaimsView ofDocument(@PathParam("id") long documentId);
}
