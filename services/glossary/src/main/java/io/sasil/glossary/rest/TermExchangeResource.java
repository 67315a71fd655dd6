package io.sasil.glossary.rest;

import io.sasil.common.problem.Problem;
import io.sasil.common.security.Roles;
import io.sasil.glossary.rest.EntryRequests.ImportSummary;
import io.sasil.glossary.service.TermExchangeService;
import io.sasil.glossary.service.TermExchangeService.Format;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/glossary")
@Tag(name = "Term base exchange", description = "Import and export (TBX, CSV, JSON) and the Nori user dictionary")
public class TermExchangeResource {


    private final TermExchangeService exchange;

    public TermExchangeResource(TermExchangeService exchange) {
        this.exchange = exchange;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/export")
    @Produces({"application/x-tbx", "text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportTermBase", summary = "Export the whole term base")
    @APIResponse(responseCode = "200", description = "The term base as a file",
            content = {@Content(mediaType = "application/x-tbx", examples = @ExampleObject(name = "tbx",
                    value = "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"ko\" xmlns=\"urn:iso:std:iso:30042:ed-2\">…</tbx>")),
                    @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv",
                            value = "entry,preferred,category,type,language,text\r\n1,딥시크,ORGANISATION,KOREAN,ko,딥시크\r\n")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "json",
                            value = Examples.EXPORT_JSON))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    public Response export(@Parameter(description = "tbx, csv or json") @QueryParam("format") @DefaultValue("tbx") String format) {
        Format f = Format.parse(format);
        return Response.ok(exchange.export(f), f.mediaType + (f == Format.JSON ? "" : ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"termbase." + f.extension + "\"").build();
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/import")
    @Consumes({"application/x-tbx", "application/tbx+xml", MediaType.APPLICATION_XML, MediaType.TEXT_XML, "text/csv",
            MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importTermBase", summary = "Import entries, all or nothing",
            description = "TBX (application/x-tbx or application/xml; no DOCTYPE accepted), CSV (text/csv) or JSON. "
                    + "Imported entries are kept as given (no automatic merge).")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportSummary.class), examples = @ExampleObject(name = "imported", value = Examples.IMPORTED)))
    @APIResponse(responseCode = "400", description = "Empty body")
    @APIResponse(responseCode = "413", description = "Larger than sasil.glossary.max-import-bytes")
    @APIResponse(responseCode = "415", description = "Not TBX, CSV or JSON")
    @APIResponse(responseCode = "422", description = "Malformed or invalid file (line, element or record named); nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "failed", value = Examples.IMPORT_FAILED)))
    public ImportSummary importTerms(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return new ImportSummary(exchange.importTerms(Format.ofMediaType(contentType), body));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/user-dictionary")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "getUserDictionary", summary = "The Nori user dictionary built from the term base (for the claims service)")
    @APIResponse(responseCode = "200", description = "One entry a line, Nori's user dictionary format",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "dictionary", value = "딥시크\n엔비디아\n")))
    public Response userDictionary() {
        return Response.ok(exchange.userDictionary(), MediaType.TEXT_PLAIN + ";charset=UTF-8").build();
    }
}
