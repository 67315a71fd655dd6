package io.sasil.glossary.rest;

import io.sasil.common.contract.EntryView;
import io.sasil.common.contract.Page;
import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.security.Roles;
import io.sasil.glossary.rest.EntryRequests.EntryPatch;
import io.sasil.glossary.rest.EntryRequests.EntryRequest;
import io.sasil.glossary.rest.EntryRequests.MergeRequest;
import io.sasil.glossary.rest.EntryRequests.SplitRequest;
import io.sasil.glossary.service.EntryService;
import io.sasil.glossary.service.EntryService.EntryMentionView;
import io.sasil.glossary.service.EntryService.EntrySort;
import io.sasil.glossary.service.EntryService.EvidenceView;
import io.sasil.glossary.service.EntryService.MergeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/glossary/entries")
@Tag(name = "Entries", description = "The term base: list, search, read, create, edit, merge, split, delete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntryResource {


    private final EntryService entries;

    public EntryResource(EntryService entries) {
        this.entries = entries;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(operationId = "listEntries", summary = "List or search entries",
            description = "q matches any label: exactly, by prefix of its key, and Korean-aware (case, spacing, "
                    + "hyphens, quotes and Latin letters read aloud: 오픈에이아이 finds 오픈AI).")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(schema = @Schema(implementation = PageSchemas.EntryPage.class), examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging or sort")
    public Page<EntryView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size, @QueryParam("q") String q,
            @Parameter(description = "frequency (default) or recent") @QueryParam("sort") @DefaultValue("frequency") String sort) {
        EntrySort s;
        try {
            s = EntrySort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("sort", "frequency or recent");
        }
        return entries.list(page, size, q, s);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}")
    @Operation(operationId = "getEntry", summary = "One entry")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "entry", value = Examples.ENTRY)))
    @APIResponse(responseCode = "404", description = "No such entry")
    public EntryView get(@PathParam("id") long id) {
        return entries.get(id);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}/evidence")
    @Operation(operationId = "listEntryEvidence", summary = "Where an entry's gloss pairs were seen: documents and code point spans")
    @APIResponse(responseCode = "200", description = "The evidence",
            content = @Content(schema = @Schema(implementation = EvidenceView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "evidence", value = "[{\"documentId\":\"41\",\"term\":\"딥시크\",\"termStart\":10,\"termEnd\":13,\"glossStart\":14,\"glossEnd\":22}]")))
    @APIResponse(responseCode = "404", description = "No such entry")
    public List<EvidenceView> evidence(@PathParam("id") long id) {
        return entries.evidence(id);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}/merges")
    @Operation(operationId = "listEntryMerges", summary = "The merge history of an entry: which rule joined which labels (ids to undo them)")
    @APIResponse(responseCode = "200", description = "The merges, oldest first",
            content = @Content(schema = @Schema(implementation = MergeView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "merges", value = "[{\"id\":3,\"rule\":\"LATIN_READING\",\"targetId\":7,\"absorbedId\":9,\"targetLabel\":\"오픈AI\",\"absorbedLabel\":\"오픈에이아이\",\"absorbedLabels\":[\"오픈에이아이\"],\"undone\":false}]")))
    @APIResponse(responseCode = "404", description = "No such entry")
    public List<MergeView> merges(@PathParam("id") long id) {
        return entries.merges(id);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}/mentions")
    @Operation(operationId = "listEntryMentions", summary = "The stored mentions of an entry, by document and offset")
    @APIResponse(responseCode = "200", description = "One page of the entry's mentions, each with its document",
            content = @Content(schema = @Schema(implementation = PageSchemas.MentionPage.class),
                    examples = @ExampleObject(name = "mentions", value = Examples.MENTION_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging")
    @APIResponse(responseCode = "404", description = "No such entry")
    public Page<EntryMentionView> mentions(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return entries.mentions(id, page, size);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(operationId = "createEntry", summary = "Create an entry (no automatic merge)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "entry", value = Examples.ENTRY)))
    @APIResponse(responseCode = "400", description = "No labels, a bad label type or category, or the preferred label is not a label")
    public Response create(EntryRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a body is needed");
        }
        EntryView v = entries.create(request.preferredLabel(), request.category(), request.labels());
        return Response.created(URI.create("/api/glossary/entries/" + v.id())).entity(v).build();
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceEntry", summary = "Replace an entry's preferred label, category and labels")
    @APIResponse(responseCode = "200", description = "The entry after the change",
            content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "entry", value = Examples.ENTRY)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such entry")
    public EntryView replace(@PathParam("id") long id, EntryRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a body is needed");
        }
        return entries.replace(id, request.preferredLabel(), request.category(), request.labels());
    }

    @RolesAllowed(Roles.EDITOR)
    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateEntry", summary = "Change part of an entry: preferred label, category, labels added or removed")
    @APIResponse(responseCode = "200", description = "The entry after the change",
            content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "entry", value = Examples.ENTRY)))
    @APIResponse(responseCode = "400", description = "Invalid body (e.g. no label would be left)")
    @APIResponse(responseCode = "404", description = "No such entry")
    public EntryView patch(@PathParam("id") long id, EntryPatch request) {
        if (request == null) {
            throw ProblemException.badRequest("a body is needed");
        }
        return entries.patch(id, request.preferredLabel(), request.category(), request.addLabels(),
                request.removeLabels());
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/merge")
    @Operation(operationId = "mergeEntries", summary = "Merge other entries into this one (rule MANUAL; undo with split)")
    @APIResponse(responseCode = "200", description = "The entry after the merge",
            content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "entry", value = Examples.ENTRY)))
    @APIResponse(responseCode = "400", description = "No ids, or the entry itself")
    @APIResponse(responseCode = "404", description = "An entry does not exist")
    public EntryView merge(@PathParam("id") long id, MergeRequest request) {
        return entries.merge(id, request == null ? null : request.ids());
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/split")
    @Operation(operationId = "splitEntry", summary = "Undo a merge (mergeId) or split labels off into a new entry (labels)")
    @APIResponse(responseCode = "201", description = "The entry that came back or was created",
            content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "entry", value = Examples.ENTRY)))
    @APIResponse(responseCode = "400", description = "Neither or both of mergeId and labels")
    @APIResponse(responseCode = "404", description = "No such entry or merge")
    @APIResponse(responseCode = "409", description = "The split is not possible (already undone, no label left, unknown label)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "conflict", value = Examples.SPLIT_CONFLICT)))
    public Response split(@PathParam("id") long id, SplitRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a body is needed");
        }
        EntryView v = entries.split(id, request.mergeId(), request.labels());
        return Response.created(URI.create("/api/glossary/entries/" + v.id())).entity(v).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteEntry", summary = "Delete an entry with its labels and mentions")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such entry")
    public Response delete(@PathParam("id") long id) {
        entries.delete(id);
        return Response.noContent().build();
    }
}
