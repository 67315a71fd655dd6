package io.sasil.glossary.rest;

import static io.sasil.common.testing.TestTokens.asService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the error shape of the glossary service. */
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
                .body("info.title", equalTo("sasil glossary API"))
                .body("paths", hasKey("/api/glossary/extract"))
                .body("paths", hasKey("/internal/glossary/documents/{id}/analysis"))
                .body("paths", hasKey("/api/glossary/documents/{id}"))
                .body("paths", hasKey("/api/glossary/entries"))
                .body("paths", hasKey("/api/glossary/entries/{id}"))
                .body("paths", hasKey("/api/glossary/entries/{id}/evidence"))
                .body("paths", hasKey("/api/glossary/entries/{id}/merges"))
                .body("paths", hasKey("/api/glossary/entries/{id}/mentions"))
                .body("paths", hasKey("/api/glossary/entries/{id}/merge"))
                .body("paths", hasKey("/api/glossary/entries/{id}/split"))
                .body("paths", hasKey("/api/glossary/export"))
                .body("paths", hasKey("/api/glossary/import"))
                .body("paths", hasKey("/api/glossary/user-dictionary"))
                .body("paths.'/api/glossary/entries/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/glossary/import'.post.responses", hasKey("422"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", notNullValue()).body("instance", equalTo("/api/nothing-here"));
    }

    @Test
    void malformedJsonIsAProblemWithTheLine() {
        asService().contentType("application/json").body("{\n\"documentId\": 1,\n oops }")
                .put("/internal/glossary/documents/1/analysis").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 3"));
    }
}
