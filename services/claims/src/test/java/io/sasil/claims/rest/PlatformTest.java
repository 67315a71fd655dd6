package io.sasil.claims.rest;

import static io.sasil.common.testing.TestTokens.asService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the error shape of the claims service. */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
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
                .body("info.title", equalTo("sasil claims API"))
                .body("paths", hasKey("/internal/claims/documents/{id}/analysis"))
                .body("paths", hasKey("/api/claims/documents/{id}"))
                .body("paths", hasKey("/api/claims/extract"))
                .body("paths", hasKey("/api/claims"))
                .body("paths", hasKey("/api/claims/stats/entities"))
                .body("paths", hasKey("/api/quantities/parse"))
                .body("paths.'/api/claims/extract'.post.responses", hasKey("413"))
                .body("paths.'/internal/claims/documents/{id}/analysis'.put.responses", hasKey("503"));
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
                .put("/internal/claims/documents/1/analysis").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 3"));
    }
}
