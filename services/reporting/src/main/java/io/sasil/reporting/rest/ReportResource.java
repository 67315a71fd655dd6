package io.sasil.reporting.rest;

import io.sasil.reporting.config.ReportingConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sasil.common.problem.Problem;
import io.sasil.common.security.Roles;
import io.sasil.reporting.render.CsvRenderer;
import io.sasil.reporting.render.FormatNegotiation;
import io.sasil.reporting.render.HtmlReportModel;
import io.sasil.reporting.render.JsonLdRenderer;
import io.sasil.reporting.render.MarkdownRenderer;
import io.sasil.reporting.render.ReportFormat;
import io.sasil.reporting.report.CorpusReport;
import io.sasil.reporting.service.CorpusService;
import io.sasil.reporting.report.DocumentReport;
import io.sasil.reporting.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports")
@Tag(name = "Reports", description = "Per-document and corpus reports")
public class ReportResource {

    private final ReportService reports;
    private final CorpusService corpus;
    private final Template documentHtml;
    private final Template corpusHtml;
    private final MarkdownRenderer markdown;
    private final CsvRenderer csv;
    private final JsonLdRenderer jsonLd;
    private final java.time.ZoneId zone;

    public ReportResource(ReportService reports, CorpusService corpus, ObjectMapper mapper,
            @Location("reports/document.html") Template documentHtml,
            @Location("reports/corpus.html") Template corpusHtml, ReportingConfig config) {
        this.zone = config.timeZone();
        this.markdown = new MarkdownRenderer(zone);
        this.csv = new CsvRenderer(zone);
        this.reports = reports;
        this.corpus = corpus;
        this.documentHtml = documentHtml;
        this.corpusHtml = corpusHtml;
        this.jsonLd = new JsonLdRenderer(mapper, zone);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/documents/{id}")
    @Operation(operationId = "getDocumentReport", summary = "The report of one document",
            description = "Combines the document (ingestion), its glossary (glossary) and its claims (claims), with the "
                    + "consistency checks. A part whose service is down is listed under 'missing'. The format comes "
                    + "from 'format' or else the Accept header: application/json, text/markdown, text/html, "
                    + "text/csv (the claims table), application/ld+json (schema.org Claim and ClaimReview).")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentReport.class)),
            @Content(mediaType = "text/markdown", example = "# Report: …"),
            @Content(mediaType = "text/html", example = "<!DOCTYPE html>…"),
            @Content(mediaType = "text/csv", example = "document_id,claim_no,claim_id,start,end,type,score,…"),
            @Content(mediaType = "application/ld+json", example = "{\"@context\":\"https://schema.org\",\"@graph\":[]}")})
    @APIResponse(responseCode = "400", description = "An unknown format")
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "406", description = "The Accept header allows none of the formats")
    @APIResponse(responseCode = "503", description = "Ingestion cannot be reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unavailable", value = Examples.DEPENDENCY_UNAVAILABLE)))
    public Response document(@PathParam("id") long id,
            @Parameter(description = "json, markdown, html, csv or jsonld; overrides the Accept header")
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportFormat f = FormatNegotiation.choose(format, accept, FormatNegotiation.DOCUMENT);
        DocumentReport report = reports.document(id);
        Object body = switch (f) {
            case JSON -> report;
            case MARKDOWN -> markdown.document(report);
            case HTML -> documentHtml.data("r", HtmlReportModel.of(report, zone)).render();
            case CSV -> csv.claims(report);
            case JSONLD -> jsonLd.document(report);
        };
        Response.ResponseBuilder ok = Response.ok(body, f.contentType()).header(HttpHeaders.VARY, "Accept");
        if (f == ReportFormat.CSV) {
            ok.header("Content-Disposition", "inline; filename=\"document-" + id + "-claims.csv\"");
        }
        return ok.build();
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/corpus")
    @Operation(operationId = "getCorpusReport", summary = "The corpus report",
            description = "New and most mentioned terms (glossary), claims per entity and month (claims), contradictions "
                    + "between documents (for the entities with the most claims), failed consistency checks (this "
                    + "service's database). 'page' and 'size' page every list. Formats: application/json, "
                    + "text/markdown, text/html, text/csv (claims per entity and month).")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = CorpusReport.class)),
            @Content(mediaType = "text/markdown", example = "# Corpus report …"),
            @Content(mediaType = "text/html", example = "<!DOCTYPE html>…"),
            @Content(mediaType = "text/csv", example = "entry_id,label,period,claims")})
    @APIResponse(responseCode = "400", description = "A bad filter, page or size, or an unknown format")
    @APIResponse(responseCode = "406", description = "The Accept header allows none of the formats")
    public Response corpus(@Parameter(description = "publisher or feed") @QueryParam("source") String source,
            @Parameter(description = "first publication date, ISO 8601 (inclusive, Seoul time)") @QueryParam("from") String from,
            @Parameter(description = "publication date before which to stop, ISO 8601 (exclusive)") @QueryParam("to") String to,
            @Parameter(description = "page index from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to sasil.reporting.corpus.max-page-size (100)") @QueryParam("size") String size,
            @Parameter(description = "json, markdown, html or csv; overrides the Accept header") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportFormat f = FormatNegotiation.choose(format, accept, FormatNegotiation.CORPUS);
        CorpusReport report = corpus.corpus(corpus.filter(source, from, to, page, size));
        Object body = switch (f) {
            case JSON -> report;
            case MARKDOWN -> markdown.corpus(report);
            case HTML -> corpusHtml.data("r", report).render();
            case CSV -> csv.corpus(report);
            case JSONLD -> throw new IllegalStateException("not offered");
        };
        return Response.ok(body, f.contentType()).header(HttpHeaders.VARY, "Accept").build();
    }
}
