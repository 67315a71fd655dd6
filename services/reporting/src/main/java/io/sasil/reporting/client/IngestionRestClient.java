package io.sasil.reporting.client;

import io.sasil.common.contract.DocumentView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The ingestion service, as reporting reads it. */
@Path("/api/documents")
@RegisterRestClient(configKey = "ingestion-client")
@Produces(MediaType.APPLICATION_JSON)
interface IngestionRestClient {

    @GET
    @Path("/{id}")
    DocumentView get(@PathParam("id") long documentId);
}
