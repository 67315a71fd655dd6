package io.sasil.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.sasil.common.security.Roles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the service's own {@code /q/openapi} document and proves the access
 * rules with real signed tokens ({@link TestTokens}): no operation answers without a token (401),
 * every operation declares the roles it needs (the bearer security requirement), and each
 * answers 403 to a token of too low a role. Every 401 and 403 is {@code application/problem+json}.
 * A service runs it as {@code @QuarkusTest class AccessControlTest extends AccessControlWalk {}}.
 */
public abstract class AccessControlWalk implements SendsOwnTokens {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation of the OpenAPI document. */
    public record Operation(String method, String path, String contentType, List<String> roles, String summary) {

        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** The operations of this service's OpenAPI document, with the roles of their security requirement. */
    @SuppressWarnings("unchecked")
    public static List<Operation> operations() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String contentType = null;
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body != null && body.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
                    contentType = (String) content.keySet().iterator().next();
                }
                Set<String> roles = new LinkedHashSet<>();
                Object security = operation.get("security");
                if (security instanceof List<?> requirements) {
                    for (Object requirement : requirements) {
                        for (Object scopes : ((Map<String, Object>) requirement).values()) {
                            roles.addAll((List<String>) scopes);
                        }
                    }
                }
                Object summary = operation.get("summary");
                operations.add(new Operation(op.getKey(), path.getKey(), contentType, List.copyOf(roles),
                        summary == null ? "" : summary.toString()));
            }
        }
        return operations;
    }

    @Test
    void everyOperationDeclaresTheRolesItNeeds() {
        List<Operation> operations = operations();
        assertFalse(operations.isEmpty(), "the OpenAPI document lists operations");
        for (Operation op : operations) {
            assertFalse(op.roles().isEmpty(), op + " declares no role in its security requirement");
            for (String role : op.roles()) {
                assertTrue(Roles.USER_ROLES.contains(role) || Roles.SERVICE.equals(role), op + " names role " + role);
            }
            assertEquals(op.path().startsWith("/internal/"), op.roles().equals(List.of(Roles.SERVICE)),
                    op + ": exactly the /internal operations are for the service role alone");
        }
    }

    /** The naming rule of operationIds (docs/api.md): a verb of the rule's list, then the resource, lowerCamelCase. */
    static final java.util.regex.Pattern OPERATION_ID = java.util.regex.Pattern.compile(
            "(list|get|create|replace|update|delete|search|count|extract|parse|analyse|forget|merge|split|reprocess"
                    + "|import|export)[A-Z][A-Za-z]*");

    /**
     * The contract a generated client relies on: every operation has an operationId of the naming rule, and
     * answers 401, 403 and each of its 4xx statuses with an {@code application/problem+json} Problem.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAStableIdAndProblemAnswers() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                Object id = operation.get("operationId");
                assertTrue(id != null && OPERATION_ID.matcher(id.toString()).matches(), name + " operationId " + id);
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), name + " declares 401 and 403");
                for (Map.Entry<String, Object> response : responses.entrySet()) {
                    if (!response.getKey().startsWith("4")) {
                        continue;
                    }
                    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response.getValue())
                            .get("content");
                    assertTrue(content != null && content.keySet().equals(Set.of("application/problem+json")),
                            name + " " + response.getKey() + " is application/problem+json");
                    Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content
                            .get("application/problem+json")).get("schema");
                    assertEquals("#/components/schemas/Problem", schema.get("$ref"), name + " " + response.getKey());
                }
            }
        }
    }

    @Test
    void noOperationAnswersWithoutAToken() {
        for (Operation op : operations()) {
            Response response = send(op, null);
            assertProblem(op, response, 401, "unauthorized");
            assertTrue(response.header("WWW-Authenticate").startsWith("Bearer"), op + ": WWW-Authenticate: Bearer");
        }
    }

    @Test
    void everyOperationRefusesATokenOfTooLowARole() {
        int checked = 0;
        for (Operation op : operations()) {
            for (String role : tooLow(op.roles())) {
                assertProblem(op, send(op, TestTokens.token(role)), 403, "forbidden");
                checked++;
            }
        }
        boolean aboveReader = operations().stream().anyMatch(op -> !op.roles().contains(Roles.READER));
        assertEquals(aboveReader, checked > 0, "every operation above the reader role was tried with lower roles");
    }

    @Test
    void refusedTokensAreUnauthorized() {
        Operation op = operations().stream().filter(o -> o.method().equals("get") && o.roles().contains(Roles.READER))
                .findFirst().orElseThrow();
        Map<String, String> refused = Map.of(
                "expired", TestTokens.expired(Roles.ADMIN),
                "signed by another key", TestTokens.signedByAnotherKey(Roles.ADMIN),
                "alg none", TestTokens.unsigned(Roles.ADMIN),
                "wrong audience", TestTokens.forAudience(Roles.ADMIN, "another-api"),
                "wrong issuer", TestTokens.fromIssuer(Roles.ADMIN, "https://attacker.example/realms/x"),
                "not a JWT", "not-a-jwt");
        for (Map.Entry<String, String> token : refused.entrySet()) {
            Response response = send(op, token.getValue());
            assertEquals(401, response.statusCode(), token.getKey() + " token on " + op);
            assertTrue(response.contentType().startsWith("application/problem+json"), token.getKey());
        }
    }

    /**
     * docs/security.md holds, per service, the table of its operations and roles as this service's
     * OpenAPI document states them; {@code -Dsasil.docs.write=true} rewrites it.
     */
    @Test
    void theRoleTableOfDocsSecurityIsCurrent() throws java.io.IOException {
        String title = given().accept("application/json").get("/q/openapi").jsonPath().getString("info.title");
        String service = title.replace("sasil ", "").replace(" API", "").trim();
        StringBuilder table = new StringBuilder("| operation | role | what it does |\n|---|---|---|\n");
        operations().stream()
                .sorted(java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method))
                .forEach(op -> table.append("| `").append(op.method().toUpperCase()).append(' ').append(op.path())
                        .append("` | ").append(String.join(", ", op.roles())).append(" | ")
                        .append(op.summary().replace("|", "\\|")).append(" |\n"));
        java.nio.file.Path doc = docsSecurity();
        String text = java.nio.file.Files.readString(doc);
        String begin = "<!-- roles:" + service + " (written by AccessControlTest: -Dsasil.docs.write=true) -->\n";
        String end = "<!-- /roles:" + service + " -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertTrue(from >= 0 && to > from, doc + " has no section " + begin.trim());
        String current = text.substring(from + begin.length(), to);
        if (Boolean.getBoolean("sasil.docs.write")) {
            java.nio.file.Files.writeString(doc, text.substring(0, from + begin.length()) + table + text.substring(to));
        } else {
            assertEquals(table.toString(), current, "docs/security.md is out of date for " + service
                    + ": rerun this test with -Dsasil.docs.write=true");
        }
    }

    private static java.nio.file.Path docsSecurity() {
        java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        while (dir != null && !java.nio.file.Files.exists(dir.resolve("docs/security.md"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "docs/security.md not found above " + java.nio.file.Path.of("").toAbsolutePath());
        return dir.resolve("docs/security.md");
    }

    @Test
    void healthMetricsAndApiDocumentsStayOpen() {
        for (String open : List.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            assertEquals(200, given().get(open).statusCode(), open + " answers without a token");
        }
    }

    /** The user and service roles that may not call an operation open to {@code roles}. */
    static List<String> tooLow(List<String> roles) {
        List<String> all = new ArrayList<>(Roles.USER_ROLES);
        all.add(Roles.SERVICE);
        return all.stream().filter(r -> Roles.implied(r).stream().noneMatch(roles::contains)).toList();
    }

    private static void assertProblem(Operation op, Response response, int status, String type) {
        assertEquals(status, response.statusCode(), op + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), op + ": " + response.contentType());
        assertEquals("https://sasil.io/problems/" + type, response.jsonPath().getString("type"), op.toString());
    }

    private static Response send(Operation op, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (op.contentType() != null) {
            if (op.contentType().startsWith("multipart/")) {
                request.multiPart("file", "a.txt", "가".getBytes(StandardCharsets.UTF_8), "text/plain");
            } else {
                request.contentType(op.contentType())
                        .body((op.contentType().contains("json") ? "{}" : "가").getBytes(StandardCharsets.UTF_8));
            }
        }
        return request.request(op.method().toUpperCase(), op.concretePath());
    }
}
