package io.sasil.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the error shape of the reporting service. */
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
                .body("info.title", equalTo("sasil reporting API"))
                .body("paths", hasKey("/api/reports/documents/{id}"))
                .body("paths", hasKey("/api/reports/corpus"))
                ;
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
    void wrongMethodIsAProblem() {
        given().contentType("application/json").body("{}").post("/api/reports/documents/1").then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405));
    }

    @Test
    void documentIsUnavailableWhenIngestionIsDown() {
        // nothing listens on the ingestion port in this test: the document itself cannot be read
        given().get("/api/reports/documents/1").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sasil.io/problems/dependency-unavailable"));
    }
}
