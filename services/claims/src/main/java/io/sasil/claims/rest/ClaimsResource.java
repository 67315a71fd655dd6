package io.sasil.claims.rest;

import io.sasil.claims.service.ClaimsService;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import io.sasil.common.contract.DocumentClaimsView;
import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claims")
@Tag(name = "Claims", description = "Check-worthy claims of texts and stored documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    private final ClaimsService claims;

    public ClaimsResource(ClaimsService claims) {
        this.claims = claims;
    }

    @PUT
    @Path("/documents/{id}/analysis")
    @Operation(summary = "Analyse a stored document (called by ingestion after the glossary)",
            description = "Replaces what was stored for the document before: calling it twice is safe.")
    @APIResponse(responseCode = "200", description = "What was stored",
            content = @Content(schema = @Schema(implementation = AnalysisSummary.class)))
    @APIResponse(responseCode = "400", description = "The body does not match the path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnalysisSummary analyse(@PathParam("id") long id, @NotNull AnalysisRequest request) {
        if (request.documentId() != id) {
            throw ProblemException.invalidField("documentId", "must equal the id in the path (" + id + ")");
        }
        if (request.text() == null || request.sentences() == null) {
            throw ProblemException.invalidField("sentences", "text and sentences are required");
        }
        return claims.analyse(request);
    }

    @GET
    @Path("/documents/{id}")
    @Operation(summary = "The claims stored for a document")
    @APIResponse(responseCode = "200", description = "The claims (empty when never analysed)",
            content = @Content(schema = @Schema(implementation = DocumentClaimsView.class)))
    public DocumentClaimsView ofDocument(@PathParam("id") long id) {
        return claims.ofDocument(id);
    }

    @DELETE
    @Path("/documents/{id}")
    @Operation(summary = "Forget a document's claims")
    @APIResponse(responseCode = "204", description = "Forgotten")
    public Response forget(@PathParam("id") long id) {
        claims.forget(id);
        return Response.noContent().build();
    }
}
