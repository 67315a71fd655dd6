package io.sasil.ingestion.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.Page;
import io.sasil.common.contract.SentenceRef;
import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import io.sasil.ingestion.client.ClaimsClient;
import io.sasil.ingestion.client.GlossaryClient;
import io.sasil.ingestion.service.AnalysisDriver;
import io.sasil.ingestion.service.Dates;
import io.sasil.ingestion.service.DocumentService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/api/documents")
@Tag(name = "Documents", description = "Store articles, read them back with their sentences, drive their analysis")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final Logger LOG = Logger.getLogger(DocumentResource.class);

    private final DocumentService documents;
    private final AnalysisDriver driver;
    private final GlossaryClient glossary;
    private final ClaimsClient claims;
    private final ObjectMapper mapper;

    public DocumentResource(DocumentService documents, AnalysisDriver driver, GlossaryClient glossary,
            ClaimsClient claims, ObjectMapper mapper) {
        this.documents = documents;
        this.driver = driver;
        this.glossary = glossary;
        this.claims = claims;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article (JSON)",
            description = "Normalises and splits the article, stores it and starts its analysis. The same normalised "
                    + "content is the same document: it is returned with 200. An Idempotency-Key header makes "
                    + "retries of one request safe.")
    @APIResponse(responseCode = "201", description = "Stored; analysis started",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "200", description = "Already stored (same content or same Idempotency-Key)",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported media type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Empty text, or binary content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ArticleRequest request,
            @Parameter(description = "Makes retries of one request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (request == null) {
            throw ProblemException.badRequest("the request has no body");
        }
        String requestHash = hash(request);
        DocumentService.Ingested ingested = documents.ingest(request.toInput(""), blankToNull(idempotencyKey),
                requestHash, null);
        return respond(ingested);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Store an article (raw text or HTML body)",
            description = "The body is the article, UTF-8; metadata in query parameters. Otherwise as the JSON form.")
    @APIResponse(responseCode = "201", description = "Stored; analysis started",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "200", description = "Already stored",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "413", description = "Text over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Empty text, invalid UTF-8 or binary content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createRaw(byte[] body, @HeaderParam("Content-Type") String contentType,
            @QueryParam("title") String title, @QueryParam("url") String url, @QueryParam("source") String source,
            @Parameter(description = "ISO 8601 date or date-time") @QueryParam("publishedAt") String publishedAt,
            @QueryParam("language") String language,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String content = RawBodies.decodeUtf8(body == null ? new byte[0] : body);
        boolean html = contentType != null && contentType.toLowerCase().startsWith(MediaType.TEXT_HTML);
        ArticleRequest request = new ArticleRequest(title, html ? null : content, html ? content : null, url, source,
                publishedAt, language);
        DocumentService.Ingested ingested = documents.ingest(request.toInput(""), blankToNull(idempotencyKey),
                hash(request), null);
        return respond(ingested);
    }

    Response respond(DocumentService.Ingested ingested) {
        long id = ingested.document().id;
        if (ingested.created()) {
            driver.kick(id);
        }
        DocumentView view = documents.view(id);
        Response.ResponseBuilder builder = ingested.created()
                ? Response.created(UriBuilder.fromPath("/api/documents/{id}").build(id))
                : Response.ok();
        return builder.entity(view).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Operation(summary = "List documents", description = "Without text and sentences; filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of documents")
    @APIResponse(responseCode = "400", description = "A bad filter or page",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<DocumentView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("source") String source,
            @Parameter(description = "RECEIVED, GLOSSARY_DONE, CLAIMS_DONE, ANALYSED or FAILED") @QueryParam("status") String status,
            @Parameter(description = "ISO 8601, inclusive") @QueryParam("publishedFrom") String publishedFrom,
            @Parameter(description = "ISO 8601, exclusive") @QueryParam("publishedTo") String publishedTo,
            @Parameter(description = "Case-insensitive part of the title") @QueryParam("q") String q,
            @QueryParam("batch") Long batch,
            @Parameter(description = "Only documents with a larger id: a cursor for clients that follow the corpus")
            @QueryParam("afterId") Long afterId) {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw ProblemException.invalidField("size", "must be between 1 and 500");
        }
        DocumentStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = DocumentStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("status", "'" + status + "' is not one of "
                        + List.of(DocumentStatus.values()));
            }
        }
        return documents.list(new DocumentService.Filter(blankToNull(source), st,
                Dates.parse(publishedFrom, "publishedFrom"), Dates.parse(publishedTo, "publishedTo"), q, batch, afterId),
                page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a document with its text and sentences")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentView get(@PathParam("id") long id) {
        return documents.view(id);
    }

    @GET
    @Path("/{id}/sentences")
    @Operation(summary = "The sentences of a document, with code point offsets")
    @APIResponse(responseCode = "200", description = "The sentences in order")
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SentenceRef> sentences(@PathParam("id") long id) {
        return documents.view(id).sentences();
    }

    @POST
    @Path("/{id}/reprocess")
    @Operation(summary = "Run the analysis of a document again", description = "Resets its status to RECEIVED.")
    @APIResponse(responseCode = "202", description = "Analysis restarted",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reprocess(@PathParam("id") long id) {
        documents.reprocess(id);
        driver.kick(id);
        return Response.accepted(documents.view(id)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a document", description = "Deletes it here and asks glossary and claims to forget it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id) {
        documents.delete(id);
        forget("glossary", () -> glossary.forget(id));
        forget("claims", () -> claims.forget(id));
        return Response.noContent().build();
    }

    private static void forget(String service, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warnf("%s could not forget a deleted document: %s", service, e.getMessage());
        }
    }

    private String hash(Object request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
