package io.sasil.ingestion.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.security.Roles;
import io.sasil.ingestion.config.IngestionConfig;
import io.sasil.ingestion.service.BatchService;
import io.sasil.ingestion.service.BatchView;
import io.sasil.ingestion.text.ContentDecoder;
import io.sasil.ingestion.text.UnreadableContentException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import io.sasil.common.contract.Page;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/batches")
@Tag(name = "Batches", description = "Many articles in one request, and their progress")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    /** JSON Lines media types accepted. */
    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";
    static final String X_JSONLINES = "application/x-jsonlines";


    private final BatchService batches;
    private final IngestionConfig config;
    private final JsonLinesReader jsonLines;
    private final ContentDecoder decoder;

    public BatchResource(BatchService batches, IngestionConfig config, ObjectMapper mapper) {
        this.batches = batches;
        this.config = config;
        this.decoder = new ContentDecoder(config.charsetDetectionMinConfidence());
        this.jsonLines = new JsonLinesReader(mapper, config.timeZone(), decoder, config.maxBodyBytes());
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes({NDJSON, JSONL, X_JSONLINES})
    @Operation(operationId = "createBatch", summary = "Store a batch of articles (JSON Lines)",
            description = "One article object per line, the fields of POST /api/documents. Each line is stored or "
                    + "refused on its own: a malformed line, an empty text or a bad date is reported in the batch's "
                    + "errors with its line number and never stops the others. The request fails as a whole only "
                    + "when the body is too large, not UTF-8, has no article, or no line is parseable (400).")
    @APIResponse(responseCode = "201", description = "Batch stored; analysis of its new documents started",
            content = @Content(schema = @Schema(implementation = BatchView.class),
                    examples = @ExampleObject(name = "batch", value = Examples.BATCH)))
    @APIResponse(responseCode = "400", description = "No line of the body is an article object",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED_JSON_LINES)))
    @APIResponse(responseCode = "413", description = "Body or number of articles over the limit")
    @APIResponse(responseCode = "415", description = "Unsupported media type")
    @APIResponse(responseCode = "422", description = "No article at all, or a body that is not UTF-8 text",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "empty", value = Examples.EMPTY_BATCH)))
    public Response createJsonLines(InputStream body, @HeaderParam("Content-Type") String contentType) {
        InputStream in = body == null ? InputStream.nullInputStream() : body;
        JsonLinesReader.Lines lines = jsonLines.open(BodyLimitFilter.limit(in, config.maxBatchBytes()), contentType);
        BatchService.Stored stored = batches.create("jsonl", lines, config.maxBatchItems());
        BatchView view = stored.view();
        if (view.items() == 0) {
            batches.discard(view.id());
            throw ProblemException.unprocessable("empty-batch", "the batch has no article (every line is blank)");
        }
        if (stored.readable() == 0) {
            batches.discard(view.id());
            throw noArticle(stored.refusals());
        }
        return created(view);
    }

    /** The answer to a JSON Lines body of which no line could be read as an article. */
    private static ProblemException noArticle(List<BatchService.Item> refusals) {
        Problem first = refusals.get(0).problem();
        boolean unreadable = refusals.stream().allMatch(i -> i.problem().status() == 422);
        if (unreadable) { // the bytes, not the JSON: the body's encoding is what to fix
            return new ProblemException(first);
        }
        List<Problem.FieldError> errors = refusals.stream()
                .map(i -> new Problem.FieldError("line " + i.line(), i.problem().detail()))
                .toList();
        return new ProblemException(400, "malformed-json-lines", "Malformed JSON Lines",
                "no line of the body is an article: " + errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createBatch", summary = "Store a batch of articles (several files)",
            description = "multipart/form-data with any number of file parts (.txt, .md, .html; UTF-8). Each file is "
                    + "stored or refused on its own (415 for another kind, 422 for bad bytes or no text, 413 for a "
                    + "file over the limit), reported in the batch's errors with the file name.")
    @APIResponse(responseCode = "201", description = "Batch stored; analysis of its new documents started",
            content = @Content(schema = @Schema(implementation = BatchView.class),
                    examples = @ExampleObject(name = "batch", value = Examples.BATCH)))
    @APIResponse(responseCode = "400", description = "No file part in the request")
    @APIResponse(responseCode = "413", description = "Body or number of files over the limit")
    @APIResponse(responseCode = "415", description = "Unsupported media type")
    public Response createFiles(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.invalidField("file", "the request has no file part (a part with a filename)");
        }
        checkCount(files.size(), "no file");
        List<BatchService.Item> items = new ArrayList<>(files.size());
        for (FileUpload file : files) {
            items.add(readFile(file));
        }
        return created(batches.create("multipart", BatchService.Source.of(items), config.maxBatchItems()).view());
    }

    private BatchService.Item readFile(FileUpload file) {
        String name = file.fileName();
        try {
            Uploads.Kind kind = Uploads.kindOf(name, file.contentType());
            if (kind == null) {
                throw Uploads.unsupported(file);
            }
            boolean html = kind == Uploads.Kind.HTML;
            ContentDecoder.Decoded decoded = decoder.decode(Uploads.read(file, config.maxBodyBytes()),
                    file.contentType(), html);
            String content = decoded.text();
            ArticleRequest request = new ArticleRequest(null, html ? null : content, html ? content : null, null, null,
                    null, null);
            return BatchService.Item.ok(null, name,
                    () -> request.toInput(config.timeZone()).withEncoding(decoded.describe()));
        } catch (ProblemException e) {
            return BatchService.Item.refused(null, name, e.problem());
        } catch (UnreadableContentException e) {
            return BatchService.Item.refused(null, name, UnreadableContentExceptionMapper.toProblem(e));
        }
    }

    private void checkCount(int count, String why) {
        if (count == 0) {
            throw ProblemException.unprocessable("empty-batch", "the batch has no article (" + why + ")");
        }
        if (count > config.maxBatchItems()) {
            throw new ProblemException(413, "too-large", "Content too large",
                    "the batch has " + count + " articles; the limit is " + config.maxBatchItems());
        }
    }

    private static Response created(BatchView view) {
        return Response.created(UriBuilder.fromPath("/api/batches/{id}").build(view.id())).entity(view).build();
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(operationId = "listBatches", summary = "List batches, newest first",
            description = "Each with its progress, without its errors (GET /api/batches/{id} has them). "
                    + "receiving=true keeps the batches whose body is still being read: how a client finds the "
                    + "batch its running JSON Lines request is filling, to follow it.")
    @APIResponse(responseCode = "200", description = "One page of batches",
            content = @Content(schema = @Schema(implementation = PageSchemas.BatchPage.class)))
    @APIResponse(responseCode = "400", description = "A bad page")
    public Page<BatchView> list(@QueryParam("receiving") @DefaultValue("false") boolean receiving,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        ProblemException.checkPaging(page, size, 200);
        return batches.list(receiving, page, size);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}")
    @Operation(operationId = "getBatch", summary = "A batch and its progress",
            description = "Counts are taken now from the batch's documents: poll until done is true.")
    @APIResponse(responseCode = "200", description = "The batch",
            content = @Content(schema = @Schema(implementation = BatchView.class),
                    examples = @ExampleObject(name = "batch", value = Examples.BATCH)))
    @APIResponse(responseCode = "404", description = "No such batch")
    public BatchView get(@PathParam("id") long id) {
        return batches.view(id);
    }
}
