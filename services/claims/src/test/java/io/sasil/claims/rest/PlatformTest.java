package io.sasil.claims.rest;

import static io.sasil.common.testing.TestTokens.asService;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.sasil.common.testing.PlatformContract;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the error shape of the claims service (the shared part in {@link PlatformContract}). */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class PlatformTest extends PlatformContract {

    PlatformTest() {
        super("claims", "/internal/claims/documents/{id}/analysis",
                "/api/claims/documents/{id}",
                "/api/claims/extract",
                "/api/claims",
                "/api/claims/stats/entities",
                "/api/quantities/parse");
    }

    @Override
    protected void checkOpenApi(ValidatableResponse openApi) {
        openApi
                .body("paths.'/api/claims/extract'.post.responses", hasKey("413"))
                .body("paths.'/internal/claims/documents/{id}/analysis'.put.responses", hasKey("503"));
    }

    @Test
    void malformedJsonIsAProblemWithTheLine() {
        asService().contentType("application/json").body("{\n\"documentId\": 1,\n oops }")
                .put("/internal/claims/documents/1/analysis").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 3"));
    }
}
