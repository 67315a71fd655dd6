package io.sasil.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ValidatableResponse;
import io.sasil.common.contract.Page;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * Every listing's page schema is the contract's {@link Page} with its items typed (a schema of the
     * service's own, named {@code …Page}): the untyped {@code Page} itself is named by no response.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyPageSchemaIsThePageWithTypedItems() {
        Map<String, Map<String, Object>> schemas = given().accept("application/json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("components.schemas");
        assertFalse(schemas.containsKey(Page.class.getSimpleName()), "a listing names the untyped Page");
        Set<String> fields = Arrays.stream(Page.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (Map.Entry<String, Map<String, Object>> schema : schemas.entrySet()) {
            if (!schema.getKey().endsWith("Page")) {
                continue;
            }
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.getValue()
                    .get("properties");
            assertEquals(fields, properties.keySet(), schema.getKey() + " has the fields of Page");
            Map<String, Object> items = (Map<String, Object>) properties.get("items").get("items");
            assertTrue(items != null && items.containsKey("$ref"), schema.getKey() + " types its items: " + items);
        }
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
