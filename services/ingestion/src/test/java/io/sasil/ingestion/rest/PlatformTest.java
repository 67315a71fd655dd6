package io.sasil.ingestion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.sasil.common.testing.PlatformContract;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the error shape of the ingestion service (the shared part in {@link PlatformContract}). */
@QuarkusTest
class PlatformTest extends PlatformContract {

    PlatformTest() {
        super("ingestion", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/sentences",
                "/api/documents/{id}/reprocess", "/api/documents/{id}/paragraphs", "/api/batches", "/api/batches/{id}");
    }

    @Override
    protected void checkOpenApi(ValidatableResponse openApi) {
        openApi.body("paths.'/api/batches'.post.requestBody.content", hasKey("application/x-ndjson"))
                .body("paths.'/api/batches'.post.requestBody.content", hasKey("multipart/form-data"))
                .body("paths.'/api/documents'.post.requestBody.content", hasKey("multipart/form-data"))
                .body("paths.'/api/documents'.post.responses", hasKey("413"))
                .body("paths.'/api/documents'.post.responses", hasKey("415"));
    }

    @Test
    void unknownDocumentIsAProblem() {
        given().get("/api/documents/987654").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sasil.io/problems/not-found"))
                .body("detail", containsString("987654"));
    }

    @Test
    void malformedJsonIsAProblemWithTheLine() {
        given().contentType("application/json").body("{\n\"text\": \"가나다\",\n oops }")
                .post("/api/documents").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 3"));
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        given().contentType("application/pdf").body(new byte[] {1, 2, 3})
                .post("/api/documents").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void emptyTextIsUnprocessable() {
        given().contentType("application/json").body("{\"text\": \"  \\n \"}")
                .post("/api/documents").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://sasil.io/problems/empty-text"));
    }

    @Test
    void badPageSizeNamesTheField() {
        given().get("/api/documents?size=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }
}
