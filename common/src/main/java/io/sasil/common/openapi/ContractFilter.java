package io.sasil.common.openapi;

import io.sasil.common.problem.Problem;
import io.sasil.common.problem.SecurityProblemMappers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every operation of the suite's OpenAPI documents holds, declared once
 * ({@code mp.openapi.filter=io.sasil.common.openapi.ContractFilter} in each service; docs/api.md).
 *
 * <p><b>Problem responses.</b>
 *
 * <p>An operation declares the error statuses it can answer with a description of when
 * ({@code @APIResponse(responseCode = "404", description = "No such document")}) and nothing more.
 * This filter gives every 4xx and 5xx response the body it really has: {@code application/problem+json}
 * with the {@code Problem} schema and an example of the suite's usual problem type for the status
 * ({@code not-found} for 404, {@code too-large} for 413, …; docs/errors.md), whose {@code instance} is the
 * operation's own path. An operation whose problem has a more specific type declares its own
 * {@code application/problem+json} example; the filter then adds only the schema.
 *
 * <p>Every operation with a security requirement answers 401 and 403 (the bearer token is checked
 * before anything else); the filter adds both, with the role the operation needs in the 403 description.
 *
 * <p><b>Bodies a generator can type.</b> An operation that takes several media types (one path and method
 * served by several Java methods) lists {@code application/json} first, the form client generators use;
 * a text body (Markdown, HTML, CSV, TBX) declared without a schema is a string.
 */
public class ContractFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The usual problem of a status: type (after the base, or {@code about:blank}), title, detail. */
    record Usual(String type, String title, String detail) {
    }

    static final Map<Integer, Usual> USUAL = Map.ofEntries(
            Map.entry(400, new Usual("validation", "Request is not valid",
                    "a field or parameter of the request is not valid (errors names each)")),
            Map.entry(401, new Usual("unauthorized", "Authentication required",
                    "a bearer token is required (Authorization: Bearer <token>)")),
            Map.entry(403, new Usual("forbidden", "Forbidden", SecurityProblemMappers.FORBIDDEN_DETAIL)),
            Map.entry(404, new Usual("not-found", "Resource not found", "{path} does not exist")),
            Map.entry(405, new Usual("about:blank", "Method Not Allowed", "this path does not accept the method")),
            Map.entry(406, new Usual("not-acceptable", "Not Acceptable",
                    "the Accept header allows none of the formats of this resource")),
            Map.entry(409, new Usual("about:blank", "Conflict", "the request conflicts with the resource's state")),
            Map.entry(413, new Usual("too-large", "Content too large",
                    "the request body has 9000000 bytes; the limit is 8388608 bytes")),
            Map.entry(415, new Usual("about:blank", "Unsupported Media Type",
                    "the Content-Type of the request is not supported here")),
            Map.entry(422, new Usual("about:blank", "Unprocessable Content", "the content cannot be processed")),
            Map.entry(500, new Usual("internal", "Internal error", "an unexpected error; the service log has the details")),
            Map.entry(503, new Usual("busy", "Service busy", "too many concurrent requests; retry after 1 second")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(path.getKey(), operation);
            }
        }
    }

    private static void complete(String path, Operation operation) {
        if (operation.getRequestBody() != null) {
            jsonFirst(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        List<String> roles = roles(operation);
        if (!roles.isEmpty()) {
            authentication(operation, roles);
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            int status = status(response.getKey());
            if (status >= 400 && response.getValue().getRef() == null) {
                problemBody(path, status, response.getValue());
            } else if (status >= 200 && status < 300 && response.getValue().getContent() != null) {
                textAsString(response.getValue().getContent());
            }
        }
    }

    /** Puts {@code application/json} first among the media types of a body. */
    static void jsonFirst(Content content) {
        if (content == null || content.getMediaTypes() == null
                || !content.getMediaTypes().containsKey(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)) {
            return;
        }
        Map<String, MediaType> ordered = new LinkedHashMap<>();
        ordered.put(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                content.getMediaTypes().get(jakarta.ws.rs.core.MediaType.APPLICATION_JSON));
        ordered.putAll(content.getMediaTypes());
        content.setMediaTypes(ordered);
    }

    /** A non-JSON body without a schema (Markdown, HTML, CSV, TBX, plain text) is a string. */
    private static void textAsString(Content content) {
        if (content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            if (media.getValue().getSchema() == null && !media.getKey().equals(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                    && !media.getKey().endsWith("+json")) {
                media.getValue().setSchema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
            }
        }
    }

    /** 401 and 403, described for this operation (replacing the bare ones the framework adds). */
    private static void authentication(Operation operation, List<String> roles) {
        describe(operation, "401", "No bearer token, or one whose signature, issuer, audience or expiry is refused");
        describe(operation, "403", "The token's roles do not include " + String.join(" or ", roles));
    }

    /** Adds the response, or replaces a bare one (no body) such as the framework's "Not Authorized". */
    private static void describe(Operation operation, String status, String description) {
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing == null || existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void problemBody(String path, int status, APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            // a problem response declared with the operation's own media type (the class's @Produces) is a problem body
            problem = content.getMediaTypes().isEmpty() ? OASFactory.createMediaType()
                    : content.getMediaTypes().values().iterator().next();
            content.getMediaTypes().keySet().stream().toList().forEach(content::removeMediaType);
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
        }
        if ((problem.getExamples() == null || problem.getExamples().isEmpty()) && problem.getExample() == null) {
            Usual usual = USUAL.getOrDefault(status, new Usual("about:blank", "HTTP " + status, "the request failed"));
            String instance = path.replaceAll("\\{[^}]+}", "42");
            // a 403's example is the body the service sends; the role it needs is in the response's description
            String detail = usual.detail().replace("{path}", instance);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", usual.type().startsWith("about:") ? usual.type() : Problem.TYPE_BASE + usual.type());
            body.put("title", usual.title());
            body.put("status", status);
            body.put("detail", detail);
            body.put("instance", instance);
            String name = usual.type().startsWith("about:") ? "problem" : usual.type();
            problem.addExample(name, OASFactory.createExample().value(body));
        }
    }

    /** The roles of the operation's bearer security requirement, in order; empty when it is open. */
    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream()
                .map(SecurityRequirement::getSchemes)
                .filter(schemes -> schemes != null)
                .flatMap(schemes -> schemes.values().stream())
                .filter(scopes -> scopes != null)
                .flatMap(List::stream)
                .distinct()
                .toList();
    }

    private static int status(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
