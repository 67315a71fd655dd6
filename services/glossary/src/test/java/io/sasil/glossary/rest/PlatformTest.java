package io.sasil.glossary.rest;

import static io.sasil.common.testing.TestTokens.asService;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.sasil.common.testing.PlatformContract;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the error shape of the glossary service (the shared part in {@link PlatformContract}). */
@QuarkusTest
class PlatformTest extends PlatformContract {

    PlatformTest() {
        super("glossary", "/api/glossary/extract",
                "/internal/glossary/documents/{id}/analysis",
                "/api/glossary/documents/{id}",
                "/api/glossary/entries",
                "/api/glossary/entries/{id}",
                "/api/glossary/entries/{id}/evidence",
                "/api/glossary/entries/{id}/merges",
                "/api/glossary/entries/{id}/mentions",
                "/api/glossary/entries/{id}/merge",
                "/api/glossary/entries/{id}/split",
                "/api/glossary/export",
                "/api/glossary/import",
                "/api/glossary/user-dictionary");
    }

    @Override
    protected void checkOpenApi(ValidatableResponse openApi) {
        openApi
                .body("paths.'/api/glossary/entries/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/glossary/import'.post.responses", hasKey("422"));
    }

    @Test
    void malformedJsonIsAProblemWithTheLine() {
        asService().contentType("application/json").body("{\n\"documentId\": 1,\n oops }")
                .put("/internal/glossary/documents/1/analysis").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 3"));
    }
}
