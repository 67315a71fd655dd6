package io.sasil.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.MarkdownTables;
import io.sasil.reporting.testing.StubServices;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The document report over HTTP, against stubs of ingestion, glossary and claims: formats, negotiation, errors. */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class ReportResourceTest {

    @jakarta.inject.Inject
    io.sasil.reporting.service.CheckIndexer indexer;

    private static final String DOC = "/api/reports/documents/{id}";

    @Test
    void jsonReportHasEveryPartAndTheChecks() {
        given().get(DOC, Articles.PLAIN).then().statusCode(200).contentType("application/json")
                .body("document.id", equalTo(1))
                .body("document.title", equalTo("새봄전자, 점유율 52% 🚀"))
                .body("summary.claims", equalTo(3))
                .body("summary.glosses", equalTo(1))
                .body("summary.mentions", equalTo(2))
                .body("glosses[0].gloss", equalTo("Saebom Electronics"))
                .body("missing", empty())
                .body("checks.findAll { it.check == 'percentage-points' }.verdict", hasItem("CONSISTENT"))
                .body("checks.findAll { it.check == 'part-whole' }.verdict", hasItem("INCONSISTENT"))
                .body("summary.inconsistent", equalTo(1));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            application/json                                                      | application/json
            text/markdown                                                         | text/markdown
            text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8       | text/html
            text/csv                                                              | text/csv
            application/ld+json                                                   | application/ld+json
            */*                                                                   | application/json
            text/*                                                                | text/markdown
            text/html;q=0.5, text/csv                                             | text/csv
            text/plain, application/*;q=0.2                                       | application/json
            image/png, text/html;q=0.1                                            | text/html
            """)
    void acceptChoosesTheFormat(String accept, String expected) {
        given().accept(accept).get(DOC, Articles.PLAIN).then().statusCode(200).contentType(startsWith(expected))
                .header("Vary", containsString("Accept"));
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource(delimiter = '|', textBlock = """
            json     | application/json
            markdown | text/markdown
            MD       | text/markdown
            html     | text/html
            csv      | text/csv
            jsonld   | application/ld+json
            json-ld  | application/ld+json
            """)
    void formatParameterWinsOverAccept(String format, String expected) {
        given().accept("image/png").queryParam("format", format).get(DOC, Articles.PLAIN).then().statusCode(200)
                .contentType(startsWith(expected));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"image/png", "text/html;q=0", "application/xml", "application/problem+json"})
    void unacceptableAcceptIs406(String accept) {
        given().accept(accept).get(DOC, Articles.PLAIN).then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sasil.io/problems/not-acceptable"))
                .body("status", equalTo(406));
    }

    @ParameterizedTest(name = "format={0}")
    @ValueSource(strings = {"pdf", "xml", "<script>", "json "})
    void unknownFormatIs400(String format) {
        if (format.equals("json ")) {
            // surrounding spaces are trimmed: this one is fine
            given().queryParam("format", format).get(DOC, Articles.PLAIN).then().statusCode(200);
            return;
        }
        given().queryParam("format", format).get(DOC, Articles.PLAIN).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }

    @ParameterizedTest(name = "format={0}")
    @ValueSource(strings = {"json", "markdown", "html", "csv", "jsonld"})
    void unknownDocumentIs404InEveryFormat(String format) {
        given().queryParam("format", format).get(DOC, 999).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    /** Issue 10 item 4: over real HTTP (JSON reading moves the offset to UTC), every format shows Seoul time. */
    @Test
    void datesAreTheNewsroomsInEveryFormat() {
        String published = "2025-02-03T09:00+09:00";
        given().get(DOC, Articles.PLAIN).then().statusCode(200)
                .body("document.publishedAt", startsWith("2025-02-03T09:00"))
                .body("document.publishedAt", org.hamcrest.Matchers.endsWith("+09:00"));
        given().queryParam("format", "markdown").get(DOC, Articles.PLAIN).then().statusCode(200)
                .body(containsString("- Published: " + published + "\n"));
        given().queryParam("format", "html").get(DOC, Articles.PLAIN).then().statusCode(200)
                .body(containsString("<time datetime=\"" + published + "\">"));
        given().queryParam("format", "csv").get(DOC, Articles.PLAIN).then().statusCode(200)
                .body(containsString("," + published));
        given().queryParam("format", "jsonld").get(DOC, Articles.PLAIN).then().statusCode(200)
                .body("'@graph'[0].datePublished", equalTo(published));
    }

    @Test
    void glossaryWithoutTheDocumentIsAMissingPart() {
        given().get(DOC, Articles.NO_GLOSSARY).then().statusCode(200)
                .body("missing.part", equalTo(List.of("glossary")))
                .body("glosses", empty())
                .body("summary.claims", equalTo(1));
    }

    @Test
    void claimsWithoutTheDocumentIsAMissingPartAndNoChecks() {
        given().get(DOC, Articles.NO_CLAIMS).then().statusCode(200)
                .body("missing.part", equalTo(List.of("claims")))
                .body("claims", empty()).body("checks", empty())
                .body("glosses", hasSize(1));
        given().queryParam("format", "html").get(DOC, Articles.NO_CLAIMS).then().statusCode(200)
                .body(containsString("Missing parts")).body(containsString("No claims."));
    }

    @Test
    void markdownHasTheTablesAndEscapes() {
        String md = given().queryParam("format", "markdown").get(DOC, Articles.HOSTILE).then().statusCode(200)
                .contentType("text/markdown").extract().asString();
        assertFalse(md.contains("<script>"), md);
        assertTrue(md.contains("\\<script\\>alert('t')\\</script\\>"), md);
        assertTrue(md.contains("## Glossary") && md.contains("## Claims") && md.contains("## Consistency checks"), md);
        String row = md.lines().filter(l -> l.startsWith("| 1 | QUANTITY")).findFirst().orElseThrow();
        assertEquals(8, MarkdownTables.unescapedPipes(row), row);
        assertTrue(row.contains("1,000원\\|2,000원이다.<br>둘째 줄"), row);
        assertTrue(row.contains("\\*별표\\* \\[링크\\](javascript:x)"), row);
    }

    @Test
    void csvIsTheClaimsTableWithQuotingAndFormulaGuard() {
        String csv = given().queryParam("format", "csv").get(DOC, Articles.HOSTILE).then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", containsString("document-2-claims.csv"))
                .extract().asString();
        List<List<String>> rows = parseCsv(csv);
        assertEquals(2, rows.size(), csv);
        assertEquals(14, rows.get(0).size());
        assertEquals(14, rows.get(1).size(), rows.get(1).toString());
        assertEquals("published_at", rows.get(0).get(13));
        assertEquals("2025-02-04T10:00+09:00", rows.get(1).get(13)); // the fixture's time, in Seoul
        assertEquals("'=HYPERLINK(\"http://evil.example\")", rows.get(1).get(8));
        assertEquals("가격은 1,000원|2,000원이다.\n둘째 줄 \"인용\", 쉼표 & *별표* [링크](javascript:x).", rows.get(1).get(12));
        assertEquals("1,000원 = 1000 KRW; 2,000원 = 2000 KRW", rows.get(1).get(10));
    }

    @Test
    void jsonLdHasClaimsAndAClaimReviewSkeleton() {
        given().accept("application/ld+json").get(DOC, Articles.PLAIN).then().statusCode(200)
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@graph'[0].'@type'", equalTo("NewsArticle"))
                .body("'@graph'", hasSize(4))
                .body("'@graph'[1].'@type'", equalTo("ClaimReview"))
                .body("'@graph'[1].itemReviewed.'@type'", equalTo("Claim"))
                .body("'@graph'[1].itemReviewed.appearance.url", equalTo("https://news.example/saebom"))
                .body("'@graph'[1].itemReviewed.datePublished", equalTo("2025-02-03T09:00+09:00")) // the newsroom's time, not UTC (issue 10)
                .body("'@graph'[2].itemReviewed.author.name", equalTo("업계"))
                .body("'@graph'[1].reviewRating.'@type'", equalTo("Rating"));
    }

    @Test
    void htmlHighlightsAndLinks() {
        String html = given().accept("text/html").get(DOC, Articles.PLAIN).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(html.contains("<tr id=\"entry-7\">"), html);
        assertTrue(html.contains("<tr id=\"claim-3\""), html);
        assertTrue(html.contains("href=\"#entry-7\" data-start=\"2\" data-end=\"6\""), html);
        assertTrue(html.contains("✗ INCONSISTENT"), html);
        assertFalse(html.contains("http://") || html.contains("<link") || html.contains("src="), "no external assets");
    }

    @Test
    void hostileArticleIsEscapedInHtml() {
        String html = given().queryParam("format", "html").get(DOC, Articles.HOSTILE).then().statusCode(200)
                .extract().asString();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("</textarea>"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<i>"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertTrue(html.contains("title=\"mention of &lt;img src=x onerror=alert(4)&gt;\">&lt;script&gt;</a>alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;제목&quot; | 파이프 · sasil report</title>"), html);
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), html);
        assertTrue(html.contains("{{r.document.id}} {#for x in y}{/for}"), "Qute-like text is printed as it is");
        assertTrue(html.contains("title=\"mention of &lt;img src=x onerror=alert(4)&gt;\""), html);
    }

    @Test
    void aReportReadWritesNothingTheIndexerStoresTheChecksAndTheCorpusAggregatesThem() {
        given().get(DOC, Articles.PLAIN).then().statusCode(200)
                .body("checks.find { it.check == 'part-whole' }.verdict", equalTo("INCONSISTENT"));
        // a GET writes nothing: the corpus report has no failed checks until the indexer ran
        given().get("/api/reports/corpus").then().statusCode(200).body("failedChecks.total", equalTo(0));
        indexer.sweep();
        indexer.sweep();
        given().get("/api/reports/corpus").then().statusCode(200)
                .body("failedChecks.byCheck.find { it.check == 'part-whole' }.documents", equalTo(1))
                .body("failedChecks.byCheck.find { it.check == 'part-whole' }.results", equalTo(1))
                .body("failedChecks.results.find { it.check == 'part-whole' }.documentId", equalTo(1))
                .body("failedChecks.results.find { it.check == 'part-whole' }.source", equalTo("테스트일보"));
        given().queryParam("source", "다른일보").get("/api/reports/corpus").then().statusCode(200)
                .body("failedChecks.total", equalTo(0));
        given().queryParam("from", "2025-02-04").get("/api/reports/corpus").then().statusCode(200)
                .body("failedChecks.byCheck.check", not(hasItem("part-whole")));
        given().queryParam("from", "2025-02-03").queryParam("to", "2025-02-04").get("/api/reports/corpus").then()
                .statusCode(200).body("failedChecks.byCheck.check", hasItem("part-whole"));
    }

    @Test
    void corpusJsonHasEveryPart() {
        given().get("/api/reports/corpus").then().statusCode(200).contentType("application/json")
                .body("documents", equalTo(4))
                .body("filter.page", equalTo(0)).body("filter.size", equalTo(20))
                .body("newTerms[0].preferredLabel", equalTo("<i>신생</i>기업"))
                .body("mostMentioned[0].preferredLabel", equalTo("새봄전자"))
                .body("claimsPerEntity[0].entryId", equalTo(8))
                .body("claimsPerEntity[0].label", equalTo("누리랩"))
                .body("claimsPerEntity[0].claims", equalTo(6))
                .body("claimsPerEntity[0].periods.period", equalTo(List.of("2025-02", "unknown")))
                .body("claimsPerEntity[1].label", equalTo("새봄전자"))
                .body("contradictions", hasSize(1))
                .body("contradictions[0].measure", equalTo("founding"))
                .body("contradictions[0].first.documentId", equalTo(21))
                .body("contradictions[0].second.documentId", equalTo(22))
                .body("missing", empty());
        given().queryParam("source", "테스트일보").get("/api/reports/corpus").then().statusCode(200)
                .body("documents", equalTo(2)).body("filter.source", equalTo("테스트일보"));
        given().queryParam("page", 1).queryParam("size", 1).get("/api/reports/corpus").then().statusCode(200)
                .body("claimsPerEntity", hasSize(1)).body("claimsPerEntity[0].entryId", equalTo(7));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            size=0                      | size
            size=101                    | size
            size=-5                     | size
            size=abc                    | size
            page=-1                     | page
            page=10001                  | page
            page=99999999999999         | page
            from=2025-13-01             | from
            to=yesterday                | to
            from=2025-02-03&to=2025-02-03 | to
            """)
    void corpusRejectsBadFiltersAndPages(String query, String field) {
        given().get("/api/reports/corpus?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource(delimiter = '|', textBlock = """
            markdown | text/markdown | ## Claims per entity
            html     | text/html     | <h2 id="contradictions">Contradictions</h2>
            csv      | text/csv      | 8,누리랩,2025-02,5
            """)
    void corpusFormats(String format, String type, String expected) {
        String body = given().queryParam("format", format).get("/api/reports/corpus").then().statusCode(200)
                .contentType(startsWith(type)).extract().asString();
        assertTrue(body.contains(expected), body);
        assertFalse(body.contains("<i>"), "labels are escaped: " + body);
    }

    @Test
    void corpusHasNoJsonLd() {
        given().queryParam("format", "jsonld").get("/api/reports/corpus").then().statusCode(400);
        given().accept("application/ld+json").get("/api/reports/corpus").then().statusCode(406);
    }

    /** A strict RFC 4180 reader for the assertions. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        assertTrue(row.isEmpty() && f.length() == 0, "ends with CRLF");
        return rows;
    }
}
