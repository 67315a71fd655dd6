package io.sasil.ingestion.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.Page;
import io.sasil.common.contract.SentenceRef;
import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.security.Roles;
import io.sasil.ingestion.config.IngestionConfig;
import io.sasil.ingestion.service.ParagraphRef;
import io.sasil.ingestion.text.ContentDecoder;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import io.sasil.ingestion.service.Dates;
import io.sasil.ingestion.service.DocumentService;
import io.sasil.ingestion.service.DocumentWorkflow;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/documents")
@Tag(name = "Documents", description = "Store articles, read them back with their sentences, drive their analysis")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {


    private final DocumentService documents;
    private final DocumentWorkflow workflow;
    private final ObjectMapper mapper;
    private final IngestionConfig config;
    private final ContentDecoder decoder;

    public DocumentResource(DocumentService documents, DocumentWorkflow workflow, ObjectMapper mapper,
            IngestionConfig config) {
        this.config = config;
        this.decoder = new ContentDecoder(config.charsetDetectionMinConfidence());
        this.documents = documents;
        this.workflow = workflow;
        this.mapper = mapper;
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDocument", summary = "Store an article (JSON)",
            description = "Normalises and splits the article, stores it and starts its analysis. The same normalised "
                    + "content is the same document: it is returned with 200. An Idempotency-Key header makes "
                    + "retries of one request safe.")
    @APIResponse(responseCode = "201", description = "Stored; analysis started",
            content = @Content(schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "document", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "200", description = "Already stored (same content or same Idempotency-Key)",
            content = @Content(schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "document", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "problem", value = Examples.MALFORMED_JSON)))
    @APIResponse(responseCode = "413", description = "Text over the size limit")
    @APIResponse(responseCode = "415", description = "Unsupported media type")
    @APIResponse(responseCode = "422", description = "Empty text, or binary content",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "problem", value = Examples.EMPTY_TEXT)))
    public Response create(ArticleRequest request,
            @Parameter(description = "Makes retries of one request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (request == null) {
            throw ProblemException.badRequest("the request has no body");
        }
        String requestHash = hash(request);
        DocumentService.Ingested ingested = workflow.ingest(request.toInput(config.timeZone()),
                blankToNull(idempotencyKey), requestHash);
        return respond(ingested);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(operationId = "createDocument", summary = "Store an article (raw text or HTML body)",
            description = "The body is the article, UTF-8; metadata in query parameters. Otherwise as the JSON form.")
    // 201 and 200 as the JSON form: SmallRye merges the three forms into one operation, whose success responses
    // are declared once, on create
    @APIResponse(responseCode = "413", description = "Text over the size limit")
    @APIResponse(responseCode = "400", description = "An invalid query parameter (publishedAt)")
    @APIResponse(responseCode = "422", description = "Empty text, invalid UTF-8 or binary content",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "utf8", value = Examples.INVALID_UTF8)))
    public Response createRaw(byte[] body, @HeaderParam("Content-Type") String contentType,
            @QueryParam("title") String title, @QueryParam("url") String url, @QueryParam("source") String source,
            @Parameter(description = "ISO 8601 date or date-time") @QueryParam("publishedAt") String publishedAt,
            @QueryParam("language") String language,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        byte[] bytes = body == null ? new byte[0] : body;
        if (bytes.length > config.maxBodyBytes()) {
            throw BodyLimitFilter.tooLarge(bytes.length, config.maxBodyBytes());
        }
        boolean html = contentType != null && contentType.toLowerCase().startsWith(MediaType.TEXT_HTML);
        return ingest(decoder.decode(bytes, contentType, html), html, title, url, source, publishedAt, language,
                idempotencyKey);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createDocument", summary = "Store an article (file upload)",
            description = "multipart/form-data with one file part (.txt, .md or .html; UTF-8) and optional form "
                    + "fields title, url, source, publishedAt, language. Otherwise as the JSON form. Several files "
                    + "go to POST /api/batches.")
    // 201 and 200 as the JSON form (see createRaw)
    @APIResponse(responseCode = "400", description = "No file, or more than one file, or an invalid field")
    @APIResponse(responseCode = "413", description = "File or body over the size limit")
    @APIResponse(responseCode = "415", description = "A file that is not .txt, .md or .html",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "pdf", value = Examples.UNSUPPORTED_FILE)))
    @APIResponse(responseCode = "422", description = "Empty text, invalid UTF-8 or binary content",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "empty", value = Examples.EMPTY_TEXT)))
    public Response upload(@RestForm(FileUpload.ALL) List<FileUpload> files,
            @RestForm("title") String title, @RestForm("url") String url, @RestForm("source") String source,
            @RestForm("publishedAt") String publishedAt, @RestForm("language") String language,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.invalidField("file", "the request has no file part (a part with a filename)");
        }
        if (files.size() > 1) {
            throw ProblemException.invalidField("file", files.size()
                    + " files in one request; send several files to POST /api/batches");
        }
        FileUpload file = files.get(0);
        Uploads.Kind kind = Uploads.kindOf(file.fileName(), file.contentType());
        if (kind == null) {
            throw Uploads.unsupported(file);
        }
        boolean html = kind == Uploads.Kind.HTML;
        return ingest(decoder.decode(Uploads.read(file, config.maxBodyBytes()), file.contentType(), html), html,
                title, url, source, publishedAt, language, idempotencyKey);
    }

    /** Stores an article whose body arrived as bytes (raw text or HTML, or a file), with its metadata fields. */
    private Response ingest(ContentDecoder.Decoded decoded, boolean html, String title, String url, String source,
            String publishedAt, String language, String idempotencyKey) {
        String content = decoded.text();
        ArticleRequest request = new ArticleRequest(title, html ? null : content, html ? content : null, url, source,
                publishedAt, language);
        DocumentService.Ingested ingested = workflow.ingest(
                request.toInput(config.timeZone()).withEncoding(decoded.describe()), blankToNull(idempotencyKey),
                hash(request));
        return respond(ingested);
    }

    Response respond(DocumentService.Ingested ingested) {
        long id = ingested.document().id;
        DocumentView view = ingested.view(documents);
        Response.ResponseBuilder builder = ingested.created()
                ? Response.created(UriBuilder.fromPath("/api/documents/{id}").build(id))
                : Response.ok();
        return builder.entity(view).type(MediaType.APPLICATION_JSON).build();
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(operationId = "listDocuments", summary = "List documents", description = "Without text and sentences; filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of documents",
            content = @Content(schema = @Schema(implementation = PageSchemas.DocumentPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", description = "A bad filter or page")
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
        ProblemException.checkPaging(page, size, 500);
        DocumentStatus st = status(status);
        return documents.list(new DocumentService.Filter(blankToNull(source), st,
                Dates.parse(publishedFrom, "publishedFrom", config.timeZone()),
                Dates.parse(publishedTo, "publishedTo", config.timeZone()), q, batch, afterId),
                page, size);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/changes")
    @Operation(operationId = "listDocumentChanges", summary = "The change feed: documents whose status changed or that were deleted, after a cursor",
            description = "Ordered by (updatedAt, id). A follower passes the updatedAt and id of the last change it "
                    + "read as since and afterId, and gets the next ones; nothing is skipped, because only changes "
                    + "older than sasil.ingestion.change-feed-settle are served. Deleted documents appear once, "
                    + "with deleted true.")
    @APIResponse(responseCode = "200", description = "The next changes, oldest first",
            content = @Content(schema = @Schema(implementation = io.sasil.common.contract.DocumentChange.class,
                    type = SchemaType.ARRAY), examples = @ExampleObject(name = "changes", value = Examples.CHANGES)))
    @APIResponse(responseCode = "400", description = "A bad cursor or size")
    public List<io.sasil.common.contract.DocumentChange> changes(
            @Parameter(description = "ISO 8601 date-time: updatedAt of the last change read") @QueryParam("since") String since,
            @Parameter(description = "id of the last change read") @QueryParam("afterId") @DefaultValue("0") long afterId,
            @QueryParam("size") @DefaultValue("100") int size) {
        ProblemException.checkRange("size", size, 1, 1000);
        return documents.changes(Dates.parse(since, "since", config.timeZone()), afterId, size, config.changeFeedSettle());
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Get a document with its text and sentences")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "document", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "400", description = Examples.BAD_OFFSETS)
    @APIResponse(responseCode = "409", description = Examples.OFFSETS_STALE, content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "offset map", value = Examples.OFFSET_MAP_UNAVAILABLE)))
    public DocumentView get(@PathParam("id") long id,
            @Parameter(description = "normalized (default): text and offsets of the stored, normalised text; "
                    + "original: the text as received (after HTML extraction) and offsets into it")
            @QueryParam("offsets") String offsets) {
        DocumentService.Offsets which = offsets(offsets);
        DocumentView view = documents.view(id);
        if (which == DocumentService.Offsets.NORMALIZED) {
            return view;
        }
        return new DocumentView(view.id(), view.title(), view.url(), view.source(), view.publishedAt(),
                view.language(), view.status(), view.attempts(), view.failureReason(), view.contentHash(),
                view.createdAt(), documents.get(id).originalText, documents.sentences(id, which), view.metadata());
    }

    static DocumentService.Offsets offsets(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("normalized")
                || value.trim().equalsIgnoreCase("normalised")) {
            return DocumentService.Offsets.NORMALIZED;
        }
        if (value.trim().equalsIgnoreCase("original")) {
            return DocumentService.Offsets.ORIGINAL;
        }
        throw ProblemException.invalidField("offsets", "'" + value + "' is not 'normalized' or 'original'");
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}/sentences")
    @Operation(operationId = "listDocumentSentences", summary = "The sentences of a document, with code point offsets")
    @APIResponse(responseCode = "200", description = "The sentences in order",
            content = @Content(schema = @Schema(implementation = SentenceRef.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "sentences", value = Examples.SENTENCES)))
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "400", description = Examples.BAD_OFFSETS)
    @APIResponse(responseCode = "409", description = Examples.OFFSETS_STALE, content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "offset map", value = Examples.OFFSET_MAP_UNAVAILABLE)))
    public List<SentenceRef> sentences(@PathParam("id") long id,
            @Parameter(description = "normalized (default) or original: which text the offsets and texts are of")
            @QueryParam("offsets") String offsets) {
        return documents.sentences(id, offsets(offsets));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}/paragraphs")
    @Operation(operationId = "listDocumentParagraphs", summary = "The paragraphs of a document, with code point offsets",
            description = "A paragraph is a non-blank line; its span runs from its first sentence's start to its "
                    + "last sentence's end.")
    @APIResponse(responseCode = "200", description = "The paragraphs in order",
            content = @Content(schema = @Schema(implementation = ParagraphRef.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "400", description = Examples.BAD_OFFSETS)
    @APIResponse(responseCode = "409", description = Examples.OFFSETS_STALE, content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "offset map", value = Examples.OFFSET_MAP_UNAVAILABLE)))
    public List<ParagraphRef> paragraphs(@PathParam("id") long id,
            @Parameter(description = "normalized (default) or original") @QueryParam("offsets") String offsets) {
        return documents.paragraphs(id, offsets(offsets));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/reprocess")
    @Operation(operationId = "reprocessDocument", summary = "Run the analysis of a document again", description = "Resets its status to RECEIVED.")
    @APIResponse(responseCode = "202", description = "Analysis restarted",
            content = @Content(schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "document", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "404", description = "No such document")
    public Response reprocess(@PathParam("id") long id) {
        return Response.accepted(workflow.reprocess(id)).build();
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/reprocess")
    @Operation(operationId = "reprocessDocuments", summary = "Run the analysis again of every document a filter matches",
            description = "By default every FAILED document (after an outage, or once a refusing service is fixed); "
                    + "status, source, batch and publishedFrom/publishedTo narrow or change the selection. The "
                    + "driver takes them in id order. Answers how many were put back.")
    @APIResponse(responseCode = "202", description = "How many documents were put back at RECEIVED",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "count", value = Examples.REPROCESSED)))
    @APIResponse(responseCode = "400", description = "A bad filter")
    public Response reprocessAll(
            @Parameter(description = "FAILED (default), ANALYSED, or a pending status") @QueryParam("status") String status,
            @QueryParam("source") String source,
            @Parameter(description = "ISO 8601, inclusive") @QueryParam("publishedFrom") String publishedFrom,
            @Parameter(description = "ISO 8601, exclusive") @QueryParam("publishedTo") String publishedTo,
            @QueryParam("batch") Long batch) {
        DocumentStatus st = status(status);
        DocumentStatus selected = st == null ? DocumentStatus.FAILED : st;
        int count = workflow.reprocessAll(new DocumentService.Filter(blankToNull(source), selected,
                Dates.parse(publishedFrom, "publishedFrom", config.timeZone()),
                Dates.parse(publishedTo, "publishedTo", config.timeZone()), null, batch, null));
        return Response.accepted(java.util.Map.of("reprocessed", count, "status", selected.name())).build();
    }

    static DocumentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DocumentStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "'" + status + "' is not one of "
                    + List.of(DocumentStatus.values()));
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteDocument", summary = "Delete a document", description = "Deletes it here, leaves a tombstone, and tells glossary and "
            + "claims to forget it (retried until they acknowledge, however long they are away).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such document")
    public Response delete(@PathParam("id") long id) {
        workflow.delete(id);
        return Response.noContent().build();
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
}
