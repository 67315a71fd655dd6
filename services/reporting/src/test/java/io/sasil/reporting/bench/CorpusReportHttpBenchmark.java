package io.sasil.reporting.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.reporting.model.CheckResultRecord;
import io.sasil.reporting.testing.StubServices;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The corpus report over HTTP with {@code check_result} holding the results of 10,000 documents (50,000 rows,
 * one in five INCONSISTENT, 20 sources, a year of publication dates), the other services answered by local stubs.
 * Not a test: run it with {@code ./mvnw -B -q -pl services/reporting test -Dtest=CorpusReportHttpBenchmark};
 * figures are printed and written to {@code target/bench-corpus-report.txt}.
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class CorpusReportHttpBenchmark {

    @TestHTTPResource("/api/reports/corpus")
    URL corpus;

    @Test
    void corpusReportLatency() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            CheckResultRecord.deleteAll();
            CheckResultRecord.getEntityManager().createNativeQuery("insert into check_result (document_id, check_name, "
                    + "verdict, explanation, tolerance, involved, document_source, published_at, computed_at) "
                    + "select x / 5 + 1000, case mod(x, 7) when 0 then 'part-whole' when 1 then 'currency-pair' "
                    + "when 2 then 'age-birth-year' when 3 then 'repeated-fact' else 'percentage-points' end, "
                    + "case mod(x, 5) when 0 then 'INCONSISTENT' when 1 then 'UNVERIFIABLE' else 'CONSISTENT' end, "
                    + "'47% − 18% = 29%p', 'exact', '[]', 'source-' || mod(x / 5, 20), "
                    + "timestamp with time zone '2024-01-01 00:00:00+09' + mod(x / 5, 365) * interval '1' day, "
                    + "current_timestamp from (select \"X\" as x from system_range(0, 49999)) t").executeUpdate();
        });
        HttpClient client = HttpClient.newHttpClient();
        StringBuilder out = new StringBuilder("check_result rows: 50000 (10000 documents)\n");
        for (String query : List.of("", "?source=source-3", "?from=2024-03-01&to=2024-04-01&size=100",
                "?format=html&page=5", "?format=markdown&source=source-7&from=2024-06-01")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(corpus + query)).GET().build();
            int n = 100;
            long[] t = HttpTimings.sorted(client, request, 30, n);
            out.append(String.format(Locale.ROOT, "%-55s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  (n=%d)%n",
                    query.isEmpty() ? "(no filter)" : query, HttpTimings.ms(t, 0.5), HttpTimings.ms(t, 0.95),
                    HttpTimings.ms(t, 1), n));
        }
        System.out.print(out);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/bench-corpus-report.txt"), out);
    }
}
