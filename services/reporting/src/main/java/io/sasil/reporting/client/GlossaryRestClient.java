package io.sasil.reporting.client;

import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.EntryView;
import io.sasil.common.contract.Page;
import io.sasil.common.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The glossary service, as reporting reads it. */
@Path("/api/glossary")
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "glossary-client")
@Produces(MediaType.APPLICATION_JSON)
interface GlossaryRestClient {

    @GET
    @Path("/documents/{id}")
    DocumentGlossaryView ofDocument(@PathParam("id") long documentId);

    @GET
    @Path("/entries")
    Page<EntryView> entries(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/entries/{id}")
    EntryView entry(@PathParam("id") long entryId);
}
