package io.sasil.claims.client;

import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The glossary service, read for the entities a claim mentions and for its Nori user dictionary. */
@Path("/api/glossary")
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "glossary-client")
interface GlossaryRestClient {

    @GET
    @Path("/documents/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    DocumentGlossaryView ofDocument(@PathParam("id") long documentId);

    /** The term base as a Nori user dictionary (one entry per line; Nori's text format). */
    @GET
    @Path("/user-dictionary")
    @Produces(MediaType.TEXT_PLAIN)
    String userDictionary();
}
