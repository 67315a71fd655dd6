package io.sasil.claims.rest;

import io.sasil.claims.config.ClaimsConfig;
import io.sasil.claims.service.ClaimsService;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.security.Roles;
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
@Path("/internal/claims/documents")
@Tag(name = "Internal", description = "Service-to-service calls: role service only, not routed by the Ingress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsInternalResource {

    private final ClaimsService claims;
    private final ClaimsConfig config;

    public ClaimsInternalResource(ClaimsService claims, ClaimsConfig config) {
        this.claims = claims;
        this.config = config;
    }

    @PUT
    @RolesAllowed(Roles.SERVICE)
    @Path("/{id}/analysis")
    @Operation(operationId = "analyseDocumentClaims", summary = "Analyse a stored document (called by ingestion after the glossary; service identity only)",
            description = "Assesses every sentence of the request, stores the claims with their quantities "
                    + "(relative dates resolved against publishedAt) and subjects (the glossary entries "
                    + "mentioned inside each claim, read from the glossary). Replaces what was stored for the "
                    + "document before: calling it twice is safe.")
    @APIResponse(responseCode = "200", description = "What was stored",
            content = @Content(schema = @Schema(implementation = AnalysisSummary.class),
                    examples = @ExampleObject(name = "summary", value = Examples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "The body does not match the path, or a sentence lies outside the text")
    @APIResponse(responseCode = "413", description = "The text is larger than sasil.claims.max-text-bytes")
    @APIResponse(responseCode = "503", description = "The glossary cannot be read (ingestion retries later)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "glossary down", value = Examples.UNAVAILABLE)))
    public AnalysisSummary analyse(@PathParam("id") long id, @NotNull AnalysisRequest request) {
        request.requireFor(id);
        if (request.sentences() == null) {
            throw ProblemException.invalidField("sentences", "must not be null");
        }
        if (!request.text().isEmpty()) {
            RequestChecks.text(request.text(), config.maxTextBytes());
        }
        return claims.analyse(request);
    }

    @DELETE
    @RolesAllowed(Roles.SERVICE)
    @Path("/{id}/analysis")
    @Operation(operationId = "forgetDocumentClaims", summary = "Forget a document's claims (called by ingestion when a document is deleted)")
    @APIResponse(responseCode = "204", description = "Forgotten (also when there was nothing)")
    public Response forget(@PathParam("id") long id) {
        claims.forget(id);
        return Response.noContent().build();
    }
}
