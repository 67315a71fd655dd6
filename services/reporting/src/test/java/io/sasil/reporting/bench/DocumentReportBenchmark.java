package io.sasil.reporting.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sasil.reporting.render.CsvRenderer;
import io.sasil.reporting.render.HtmlReportModel;
import io.sasil.reporting.render.JsonLdRenderer;
import io.sasil.reporting.render.MarkdownRenderer;
import io.sasil.reporting.report.DocumentReport;
import io.sasil.reporting.testing.ArticleBuilder;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.Reports;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * In-process cost of a document report for a 12 KB article with its analyses present: the consistency checks
 * plus each renderer (JSON with Jackson, Markdown, CSV, JSON-LD, the HTML view model). The HTTP path (reporting's
 * own endpoint, three upstream calls, Qute) is measured by {@link DocumentReportHttpBenchmark}.
 *
 * <p>Run: {@code ./mvnw -B -q -pl services/reporting test-compile exec:java
 * -Dsasil.main=io.sasil.reporting.bench.DocumentReportBenchmark}
 */
public final class DocumentReportBenchmark {

    private DocumentReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ArticleBuilder article = Articles.large();
        int bytes = article.text().getBytes(StandardCharsets.UTF_8).length;
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        MarkdownRenderer md = new MarkdownRenderer();
        CsvRenderer csv = new CsvRenderer();
        JsonLdRenderer ld = new JsonLdRenderer(mapper);
        DocumentReport sample = Reports.of(article);
        System.out.printf(Locale.ROOT, "article: %d bytes UTF-8, %d claims, %d checks%n", bytes,
                sample.claims().size(), sample.checks().size());
        run("checks", () -> Reports.of(article));
        run("checks + json", () -> json(mapper, Reports.of(article)));
        run("checks + markdown", () -> md.document(Reports.of(article)));
        run("checks + csv", () -> csv.claims(Reports.of(article)));
        run("checks + jsonld", () -> ld.document(Reports.of(article)));
        run("checks + html model", () -> HtmlReportModel.of(Reports.of(article)));
    }

    private static String json(ObjectMapper mapper, Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String name, Supplier<?> task) {
        for (int i = 0; i < 300; i++) {
            task.get();
        }
        int n = 1000;
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            task.get();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%-22s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (n=%d)%n", name,
                t[n / 2] / 1e6, t[(int) (n * 0.95)] / 1e6, t[(int) (n * 0.99)] / 1e6, n);
    }
}
