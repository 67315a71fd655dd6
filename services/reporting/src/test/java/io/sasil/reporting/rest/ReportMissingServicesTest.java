package io.sasil.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.StubServices;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Glossary and claims are down (nothing listens on their ports): reports name the missing parts. */
@QuarkusTest
@TestProfile(ReportMissingServicesTest.GlossaryAndClaimsDown.class)
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class ReportMissingServicesTest {

    /** Points glossary and claims at a closed port; ingestion stays on the stub. */
    public static class GlossaryAndClaimsDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.glossary-client.url", "http://127.0.0.1:1",
                    "quarkus.rest-client.claims-client.url", "http://127.0.0.1:1");
        }
    }

    @ParameterizedTest(name = "format={0}")
    @ValueSource(strings = {"json", "markdown", "html", "csv", "jsonld"})
    void documentReportListsGlossaryAndClaimsAsMissing(String format) {
        given().queryParam("format", format).get("/api/reports/documents/{id}", Articles.PLAIN).then()
                .statusCode(200);
    }

    @Test
    void documentReportJsonNamesTheMissingParts() {
        given().get("/api/reports/documents/{id}", Articles.PLAIN).then().statusCode(200)
                .body("missing.part", hasItems("glossary", "claims"))
                .body("missing[0].reason", containsString("unavailable"))
                .body("claims", empty()).body("checks", empty()).body("glosses", empty())
                .body("document.text", containsString("새봄전자"));
        given().queryParam("format", "markdown").get("/api/reports/documents/{id}", Articles.PLAIN).then()
                .statusCode(200).body(containsString("## Missing parts")).body(containsString("- glossary: "));
    }

    @Test
    void corpusReportListsTheMissingParts() {
        given().get("/api/reports/corpus").then().statusCode(200)
                .body("missing.part", hasItems("terms", "claims-per-entity"))
                .body("documents", equalTo(4))
                .body("newTerms", nullValue()).body("claimsPerEntity", nullValue())
                .body("contradictions", nullValue())
                .body("failedChecks.total", equalTo(0));
        given().queryParam("format", "html").get("/api/reports/corpus").then().statusCode(200)
                .body(containsString("Missing parts"));
    }
}
