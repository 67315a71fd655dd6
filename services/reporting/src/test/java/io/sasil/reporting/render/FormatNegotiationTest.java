package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sasil.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatNegotiationTest {

    @ParameterizedTest(name = "format={0} Accept={1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL     | NULL                                             | JSON
            ''       | ''                                               | JSON
            NULL     | application/json                                 | JSON
            NULL     | TEXT/MARKDOWN                                    | MARKDOWN
            NULL     | text/html;charset=utf-8                          | HTML
            NULL     | text/csv;q=0.9, text/markdown;q=0.8              | CSV
            NULL     | application/ld+json                              | JSONLD
            NULL     | */*                                              | JSON
            NULL     | *                                                | JSON
            NULL     | text/*                                           | MARKDOWN
            NULL     | text/*;q=0.5, text/html                          | HTML
            NULL     | text/html;q=0.5, text/*;q=0.9                    | MARKDOWN
            NULL     | text/*, text/markdown;q=0                        | HTML
            NULL     | application/*                                    | JSON
            NULL     | image/png, */*;q=0.1                             | JSON
            NULL     | text/csv, text/html                              | CSV
            NULL     | text/html, text/csv                              | HTML
            NULL     | text/html;q=abc, text/csv;q=0.1                  | CSV
            html     | application/json                                 | HTML
            Markdown | NULL                                             | MARKDOWN
            ' csv '  | image/png                                        | CSV
            json-ld  | NULL                                             | JSONLD
            md       | NULL                                             | MARKDOWN
            """)
    void choosesTheFormat(String format, String accept, ReportFormat expected) {
        assertEquals(expected, FormatNegotiation.choose(format, accept, FormatNegotiation.DOCUMENT));
    }

    @ParameterizedTest(name = "Accept={0}")
    @CsvSource(delimiter = '|', textBlock = """
            image/png
            text/plain
            application/xml
            text/html;q=0
            application/problem+json
            'text/*;q=0, application/*;q=0.0'
            """)
    void nothingAcceptableIs406(String accept) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> FormatNegotiation.choose(null, accept, FormatNegotiation.DOCUMENT));
        assertEquals(406, e.status());
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"pdf", "xml", "json5", "'<b>'", "jsonld"})
    void unknownOrUnofferedFormatIs400(String format) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> FormatNegotiation.choose(format, "application/json", FormatNegotiation.CORPUS));
        assertEquals(400, e.status());
        assertEquals("format", e.problem().errors().get(0).field());
    }

    @Test
    void corpusOffersNoJsonLd() {
        assertEquals(406, assertThrows(ProblemException.class,
                () -> FormatNegotiation.choose(null, "application/ld+json", FormatNegotiation.CORPUS)).status());
    }

    @Test
    void aHugeAcceptHeaderIsReadOnlyInPart() {
        String accept = "image/png,".repeat(100_000) + "text/html";
        assertEquals(406, assertThrows(ProblemException.class,
                () -> FormatNegotiation.choose(null, accept, FormatNegotiation.DOCUMENT)).status());
    }
}
