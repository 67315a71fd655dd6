package io.sasil.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.testing.PlatformContract;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the error shape of the reporting service (the shared part in {@link PlatformContract}). */
@QuarkusTest
class PlatformTest extends PlatformContract {

    PlatformTest() {
        super("reporting", "/api/reports/documents/{id}", "/api/reports/corpus");
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
