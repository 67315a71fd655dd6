package io.sasil.reporting.client;

import io.sasil.common.contract.DocumentChange;
import java.util.List;

import io.sasil.common.contract.DocumentView;
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

/** The ingestion service, as reporting reads it. */
@Path("/api/documents")
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "ingestion-client")
@Produces(MediaType.APPLICATION_JSON)
interface IngestionRestClient {

    @GET
    @Path("/{id}")
    DocumentView get(@PathParam("id") long documentId);

    @GET
    Page<DocumentView> list(@QueryParam("source") String source, @QueryParam("publishedFrom") String publishedFrom,
            @QueryParam("publishedTo") String publishedTo, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/changes")
    List<DocumentChange> changes(@QueryParam("since") String since, @QueryParam("afterId") long afterId,
            @QueryParam("size") int size);
}
