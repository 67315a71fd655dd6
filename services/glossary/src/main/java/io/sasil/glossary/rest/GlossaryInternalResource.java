package io.sasil.glossary.rest;

import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import io.sasil.common.problem.Problem;
import io.sasil.common.security.Roles;
import io.sasil.glossary.service.GlossaryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What ingestion calls to analyse and forget a stored document: a service identity only (role
 * {@code service}), not routed by the Ingress, admitted from ingestion alone by the
 * NetworkPolicies (docs/security.md).
 */
@Path("/internal/glossary/documents")
@Tag(name = "Internal", description = "Service-to-service calls: role service only, not routed by the Ingress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GlossaryInternalResource {

    private final GlossaryService glossary;

    public GlossaryInternalResource(GlossaryService glossary) {
        this.glossary = glossary;
    }

    @PUT
    @RolesAllowed(Roles.SERVICE)
    @Path("/{id}/analysis")
    @Operation(operationId = "analyseDocumentGlosses", summary = "Analyse a stored document (called by ingestion; service identity only)",
            description = "Replaces what was stored for the document before: calling it twice is safe.")
    @APIResponse(responseCode = "200", description = "What was stored",
            content = @Content(schema = @Schema(implementation = AnalysisSummary.class),
                    examples = @ExampleObject(name = "summary", value = Examples.ANALYSIS_SUMMARY)))
    @APIResponse(responseCode = "400", description = "The body does not match the path, or no text")
    @APIResponse(responseCode = "413", description = "Longer than sasil.glossary.max-text-length code points")
    @APIResponse(responseCode = "422", description = "Not text (NUL or many control characters: binary data)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not text", value = Examples.NOT_TEXT)))
    public AnalysisSummary analyse(@PathParam("id") long id, @NotNull AnalysisRequest request) {
        request.requireFor(id);
        return glossary.analyse(request);
    }

    @DELETE
    @RolesAllowed(Roles.SERVICE)
    @Path("/{id}/analysis")
    @Operation(operationId = "forgetDocumentGlosses", summary = "Forget a document's glosses, mentions and term base evidence (its entries stay; called by ingestion when a document is deleted)")
    @APIResponse(responseCode = "204", description = "Forgotten")
    public Response forget(@PathParam("id") long id) {
        glossary.forget(id);
        return Response.noContent().build();
    }
}
