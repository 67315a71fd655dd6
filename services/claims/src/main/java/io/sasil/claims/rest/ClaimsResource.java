package io.sasil.claims.rest;

import io.sasil.claims.config.ClaimsConfig;
import io.sasil.claims.service.ClaimQuery;
import io.sasil.claims.service.ClaimStore;
import io.sasil.claims.service.ClaimsService;
import io.sasil.common.contract.DocumentClaimView;
import io.sasil.common.contract.DocumentClaimsView;
import io.sasil.common.contract.EntityClaimCount;
import io.sasil.common.contract.Page;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.security.ExtractLimit;
import io.sasil.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claims")
@Tag(name = "Claims", description = "Check-worthy claims of texts and stored documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    private final ClaimsService claims;
    private final ClaimStore store;
    private final ClaimsConfig config;

    private final ExtractLimit extractLimit;

    public ClaimsResource(ClaimsService claims, ClaimStore store, ClaimsConfig config, ExtractLimit extractLimit) {
        this.extractLimit = extractLimit;
        this.claims = claims;
        this.store = store;
        this.config = config;
    }

    @RolesAllowed(Roles.READER)
    @POST
    @Path("/extract")
    @Operation(operationId = "extractClaims", summary = "Find the claims of a text without storing it",
            description = "The text is normalised and split into sentences; every sentence is scored for "
                    + "check-worthiness (claim when score ≥ 0.5) and its quantities are normalised against "
                    + "publishedAt. Offsets are Unicode code points into the text as sent, end exclusive. "
                    + "A text with no Hangul gives no claims.")
    @APIResponse(responseCode = "200", description = "The claims (with all=true every sentence, scored)",
            content = @Content(schema = @Schema(implementation = ExtractResponse.class),
                    examples = @ExampleObject(name = "claims", value = Examples.EXTRACT)))
    @APIResponse(responseCode = "400", description = "No text, or a publishedAt that is not ISO 8601")
    @APIResponse(responseCode = "413", description = "The text is larger than sasil.claims.max-text-bytes")
    @APIResponse(responseCode = "503", description = "Too many extractions at once (sasil.extract.max-concurrent); retry after Retry-After seconds")
    public ExtractResponse extract(@NotNull ExtractRequest request,
            @Parameter(description = "also return the sentences that are not claims, with their scores")
            @QueryParam("all") boolean all) {
        String text = RequestChecks.text(request.text(), config.maxTextBytes());
        OffsetDateTime publishedAt = RequestChecks.time("publishedAt", request.publishedAt(), config.zone());
        return extractLimit.run(() -> new ExtractResponse(claims.extract(text, publishedAt, all)));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(operationId = "searchClaims", summary = "Search the stored claims",
            description = "Every given filter must hold. from/to filter the document's publication time "
                    + "(from inclusive, to exclusive; a date alone means the whole day, in Seoul); "
                    + "minValue/maxValue need unit and keep claims with a quantity of that unit whose value "
                    + "(or range) overlaps [minValue, maxValue]. Ordered by document, then position.")
    @APIResponse(responseCode = "200", description = "One page of claims with their documents",
            content = @Content(schema = @Schema(implementation = PageSchemas.DocumentClaimPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter that does not parse, or a value range without unit")
    public Page<DocumentClaimView> search(
            @Parameter(description = "glossary entry id the claim mentions") @QueryParam("entity") String entity,
            @Parameter(description = "QUANTITY, TEMPORAL, COMPARISON, RANKING, QUOTE or EVENT")
            @QueryParam("type") String type,
            @Parameter(description = "a unit of one of the claim's quantities (KRW, USD, PERCENT, PERSON, DATE, …)")
            @QueryParam("unit") String unit,
            @Parameter(description = "lowest value of that unit") @QueryParam("minValue") String minValue,
            @Parameter(description = "highest value of that unit") @QueryParam("maxValue") String maxValue,
            @Parameter(description = "published at or after (ISO 8601 date or date-time)") @QueryParam("from") String from,
            @Parameter(description = "published before (a date: up to the end of that day)") @QueryParam("to") String to,
            @Parameter(description = "lowest score, 0 to 1") @QueryParam("minScore") String minScore,
            @Parameter(description = "the document") @QueryParam("documentId") String documentId,
            @Parameter(description = "page index from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        String u = RequestChecks.unit(unit);
        Double min = RequestChecks.number("minValue", minValue);
        Double max = RequestChecks.number("maxValue", maxValue);
        if (u == null && (min != null || max != null)) {
            throw ProblemException.invalidField(min != null ? "minValue" : "maxValue", "needs unit (a value range is "
                    + "read in one unit)");
        }
        Double score = RequestChecks.number("minScore", minScore);
        ClaimQuery query = new ClaimQuery(RequestChecks.id("entity", entity), RequestChecks.type(type), u, min, max,
                RequestChecks.time("from", from, config.zone()), RequestChecks.until("to", to, config.zone()), score,
                RequestChecks.id("documentId", documentId), RequestChecks.integer("page", page, 0, 0, 1_000_000),
                RequestChecks.integer("size", size, 20, 1, 500));
        return store.search(query);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/stats/entities")
    @Operation(operationId = "countClaimsByEntity", summary = "How many claims name each glossary entry, per month of publication",
            description = "Claims by subject entry and by the month (yyyy-MM) of their document's publication in the "
                    + "newsroom's zone; 'unknown' without a date. Kept as counters moved when a document's claims "
                    + "are stored or forgotten: without a period, or with one on month boundaries, the counts are "
                    + "read, not computed, and with top only the entries asked for are read.")
    @APIResponse(responseCode = "200", description = "Counts, by entry then month",
            content = @Content(schema = @Schema(implementation = EntityClaimCount.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "counts", value = Examples.STATS)))
    @APIResponse(responseCode = "400", description = "A parameter that does not parse")
    public List<EntityClaimCount> entityStats(
            @Parameter(description = "published at or after") @QueryParam("from") String from,
            @Parameter(description = "published before (a date: up to the end of that day)") @QueryParam("to") String to,
            @Parameter(description = "only this glossary entry") @QueryParam("entity") String entity,
            @Parameter(description = "only the N entries with the most claims in the period (then by id), 1 to 1000; "
                    + "all when absent", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("top") String top) {
        return store.countByEntity(RequestChecks.id("entity", entity), RequestChecks.time("from", from, config.zone()),
                RequestChecks.until("to", to, config.zone()),
                top == null || top.isBlank() ? null : RequestChecks.integer("top", top, 0, 1, 1000));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/documents/{id}")
    @Operation(operationId = "getDocumentClaims", summary = "The claims stored for a document")
    @APIResponse(responseCode = "200", description = "The claims (empty when never analysed)",
            content = @Content(schema = @Schema(implementation = DocumentClaimsView.class),
                    examples = @ExampleObject(name = "document", value = Examples.DOCUMENT)))
    public DocumentClaimsView ofDocument(@PathParam("id") long id) {
        return claims.ofDocument(id);
    }
}
