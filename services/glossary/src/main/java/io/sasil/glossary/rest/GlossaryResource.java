package io.sasil.glossary.rest;

import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.problem.Problem;
import io.sasil.common.security.ExtractLimit;
import io.sasil.common.security.Roles;
import io.sasil.glossary.service.GlossaryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/glossary")
@Tag(name = "Glossary", description = "Glosses and mentions of texts and stored documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GlossaryResource {

    private final GlossaryService glossary;
    private final ExtractLimit extractLimit;

    public GlossaryResource(GlossaryService glossary, ExtractLimit extractLimit) {
        this.glossary = glossary;
        this.extractLimit = extractLimit;
    }

    @RolesAllowed(Roles.READER)
    @POST
    @Path("/extract")
    @Operation(operationId = "extractGlosses", summary = "Extract glosses and mentions from a text without storing it")
    @APIResponse(responseCode = "200", description = "The glosses and mentions",
            content = @Content(schema = @Schema(implementation = DocumentGlossaryView.class),
                    examples = @ExampleObject(name = "extracted", value = Examples.EXTRACTED)))
    @APIResponse(responseCode = "400", description = "No text")
    @APIResponse(responseCode = "413", description = "Longer than sasil.glossary.max-text-length code points")
    @APIResponse(responseCode = "422", description = "Not text (NUL or many control characters: binary data)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not text", value = Examples.NOT_TEXT)))
    @APIResponse(responseCode = "503", description = "Too many extractions at once (sasil.extract.max-concurrent); retry after Retry-After seconds")
    public DocumentGlossaryView extract(@Valid @NotNull TextRequest request) {
        return extractLimit.run(() -> glossary.extract(request.text()));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/documents/{id}")
    @Operation(operationId = "getDocumentGlossary", summary = "The glosses and mentions stored for a document")
    @APIResponse(responseCode = "200", description = "Glosses and mentions (empty when never analysed)",
            content = @Content(schema = @Schema(implementation = DocumentGlossaryView.class),
                    examples = @ExampleObject(name = "document", value = Examples.DOCUMENT_GLOSSARY)))
    public DocumentGlossaryView ofDocument(@PathParam("id") long id) {
        return glossary.ofDocument(id);
    }
}
