package io.sasil.reporting.bench;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.StubServices;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The document report over HTTP for a 12 KB article whose analyses exist: reporting's endpoint, its three
 * upstream calls (to local stubs, so their own time is near zero), the checks, the stored-results comparison and
 * the rendering, per format. Not a test (the name does not end in Test): run it explicitly with
 * {@code ./mvnw -B -q -pl services/reporting test -Dtest=DocumentReportHttpBenchmark}; figures are printed and
 * written to {@code target/bench-document-report.txt}.
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class DocumentReportHttpBenchmark {

    @TestHTTPResource("/api/reports/documents/")
    URL base;

    @Test
    void documentReportLatency() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        StringBuilder out = new StringBuilder();
        for (String format : List.of("json", "markdown", "html", "csv", "jsonld")) {
            URI uri = URI.create(base + String.valueOf(Articles.LARGE) + "?format=" + format);
            HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
            int n = 500;
            long[] t = HttpTimings.sorted(client, request, 200, n);
            out.append(String.format(Locale.ROOT, "%-9s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (n=%d)%n", format,
                    HttpTimings.ms(t, 0.5), HttpTimings.ms(t, 0.95), HttpTimings.ms(t, 0.99), n));
        }
        System.out.print(out);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/bench-document-report.txt"), out);
    }
}
