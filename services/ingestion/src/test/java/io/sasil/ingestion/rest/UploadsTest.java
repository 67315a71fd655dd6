package io.sasil.ingestion.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadsTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(nullValues = "NULL", value = {
            "기사.txt, application/octet-stream, TEXT",
            "NOTE.TXT, NULL, TEXT",
            "readme.md, text/plain, TEXT",
            "글.markdown, NULL, TEXT",
            "a.text, NULL, TEXT",
            "page.html, application/octet-stream, HTML",
            "PAGE.HTM, NULL, HTML",
            "page.xhtml, NULL, HTML",
            "report.pdf, text/plain, NULL",
            "photo.png, image/png, NULL",
            "a.docx, NULL, NULL",
            "noextension, text/plain; charset=UTF-8, TEXT",
            "noextension, text/markdown, TEXT",
            "noextension, TEXT/HTML, HTML",
            "noextension, application/xhtml+xml, HTML",
            "noextension, application/octet-stream, NULL",
            "NULL, NULL, NULL",
            "trailingdot., text/html, HTML",
    })
    void kindByNameThenContentType(String name, String contentType, Uploads.Kind expected) {
        assertEquals(expected, Uploads.kindOf(name, contentType));
    }
}
