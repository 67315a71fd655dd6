package io.sasil.reporting.client;

import io.sasil.common.contract.DocumentClaimView;
import io.sasil.common.contract.DocumentClaimsView;
import io.sasil.common.contract.EntityClaimCount;
import io.sasil.common.contract.Page;
import io.sasil.common.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The claims service, as reporting reads it. */
@Path("/api/claims")
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "claims-client")
@Produces(MediaType.APPLICATION_JSON)
interface ClaimsRestClient {

    @GET
    @Path("/documents/{id}")
    DocumentClaimsView ofDocument(@PathParam("id") long documentId);

    @GET
    Page<DocumentClaimView> search(@QueryParam("entity") Long entity, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/stats/entities")
    List<EntityClaimCount> entityStats(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("top") Integer top);
}
