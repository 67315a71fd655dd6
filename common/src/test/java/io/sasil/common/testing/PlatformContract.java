package io.sasil.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every sasil service offers an operator and a client alike: health with the database check, its OpenAPI
 * document with its title and paths, Swagger UI, Prometheus metrics, and a problem for a path that does not exist.
 * A service's {@code PlatformTest} extends this (annotated {@code @QuarkusTest}) and adds its own error shapes.
 */
public abstract class PlatformContract {

    private final String service;
    private final List<String> paths;

    /**
     * @param service the service's short name, as in its OpenAPI title {@code sasil NAME API}
     * @param paths   paths the service's OpenAPI document must name
     */
    protected PlatformContract(String service, String... paths) {
        this.service = service;
        this.paths = List.of(paths);
    }

    /** More checks of the OpenAPI document (responses an operation must declare); nothing by default. */
    protected void checkOpenApi(ValidatableResponse openApi) {
    }

    @Test
    void livenessAndReadinessAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiNamesEveryEndpoint() {
        ValidatableResponse openApi = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("sasil " + service + " API"));
        for (String path : paths) {
            openApi.body("paths", hasKey(path));
        }
        checkOpenApi(openApi);
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
}
