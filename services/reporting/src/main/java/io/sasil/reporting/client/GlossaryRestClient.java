package io.sasil.reporting.client;

import io.sasil.common.contract.DocumentGlossaryView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The glossary service, as reporting reads it. */
@Path("/api/glossary/documents")
@RegisterRestClient(configKey = "glossary-client")
@Produces(MediaType.APPLICATION_JSON)
interface GlossaryRestClient {

    @GET
    @Path("/{id}")
    DocumentGlossaryView ofDocument(@PathParam("id") long documentId);
}
