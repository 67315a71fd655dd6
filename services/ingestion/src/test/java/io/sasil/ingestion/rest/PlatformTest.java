package io.sasil.ingestion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the error shape of the ingestion service. */
@QuarkusTest
class PlatformTest {

    @Test
    void livenessAndReadinessAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiNamesEveryEndpoint() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("sasil ingestion API"))
                .body("paths", hasKey("/api/documents"))
                .body("paths", hasKey("/api/documents/{id}"))
                .body("paths", hasKey("/api/documents/{id}/sentences"))
                .body("paths", hasKey("/api/documents/{id}/reprocess"))
                .body("paths", hasKey("/api/documents/{id}/paragraphs"))
                .body("paths", hasKey("/api/batches"))
                .body("paths", hasKey("/api/batches/{id}"))
                .body("paths.'/api/batches'.post.requestBody.content", hasKey("application/x-ndjson"))
                .body("paths.'/api/batches'.post.requestBody.content", hasKey("multipart/form-data"))
                .body("paths.'/api/documents'.post.requestBody.content", hasKey("multipart/form-data"))
                .body("paths.'/api/documents'.post.responses", hasKey("413"))
                .body("paths.'/api/documents'.post.responses", hasKey("415"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", notNullValue()).body("instance", equalTo("/api/nothing-here"));
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
