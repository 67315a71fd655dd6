package io.sasil.common.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./sasil ingest PATH…}: sends articles (files, folders, JSON Lines) to ingestion's batch endpoint,
 * follows the batches until every document is analysed or failed with a progress line, then prints a
 * summary and every failure. Exit status 0 when every article was analysed, 1 when one was refused or its
 * analysis failed, 2 on a usage or connection error.
 *
 * <pre>
 *   java -cp sasil-common.jar:jackson… io.sasil.common.cli.IngestCommand [options] PATH…
 *     --url URL          ingestion's base URL (default http://localhost:8081)
 *     --report-url URL   reporting's base URL for the links (default: --url with port 8084)
 *     --token TOKEN      bearer token (default: the SASIL_TOKEN environment variable)
 *     --json             print the summary as one JSON object on stdout (progress stays on stderr)
 *     --timeout DURATION give up following after this long (ISO 8601, default PT30M)
 * </pre>
 */
public final class IngestCommand {

    static final Duration POLL = Duration.ofMillis(500);

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintStream out;
    private final PrintStream err;
    /** The batches accepted, by id: where their refused JSON Lines came from. */
    private final Map<Long, Batches.Batch> sent = new HashMap<>();

    IngestCommand(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sasil ingest: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(new IngestCommand(options, System.out, System.err).run());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("sasil ingest: " + e.getMessage());
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** Sends, follows, reports; returns the exit status. */
    int run() throws IOException, InterruptedException {
        List<Batches.Batch> batches = Batches.plan(Batches.collect(options.paths()));
        if (batches.isEmpty()) {
            throw new IOException("no article found in " + options.paths()
                    + " (files ending .txt, .md, .html, .htm, .jsonl, .ndjson)");
        }
        int files = batches.stream().mapToInt(b -> b.files().size()).sum();
        err.printf("Sending %d file%s in %d batch%s to %s%n", files, files == 1 ? "" : "s", batches.size(),
                batches.size() == 1 ? "" : "es", options.url());
        List<Long> ids = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Batches.Batch batch : batches) {
            HttpResponse<String> response = send(batch);
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                long id = mapper.readTree(response.body()).path("id").asLong();
                ids.add(id);
                sent.put(id, batch);
            } else {
                refused.add(batch.describe() + ": " + response.statusCode() + " " + detail(response.body()));
            }
        }
        Progress progress = new Progress(System.nanoTime());
        List<JsonNode> views = follow(ids, progress);
        return report(views, refused, progress);
    }

    private List<JsonNode> follow(List<Long> ids, Progress progress) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        boolean tty = System.console() != null;
        long lastLine = 0;
        while (true) {
            List<JsonNode> views = new ArrayList<>();
            for (long id : ids) {
                views.add(getJson("/api/batches/" + id));
            }
            Progress.Counts counts = Progress.Counts.of(views);
            long now = System.nanoTime();
            String line = progress.line(counts, now);
            if (tty) {
                err.print("\r" + line + "\u001b[K");
            } else if (now - lastLine >= Duration.ofSeconds(5).toNanos() || counts.done()) {
                err.println(line);
                lastLine = now;
            }
            if (counts.done() || now > deadline) {
                if (tty) {
                    err.println();
                }
                if (!counts.done()) {
                    err.println("still " + counts.pending() + " pending after " + options.timeout() + "; the analysis goes on");
                }
                return views;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private int report(List<JsonNode> views, List<String> refused, Progress progress)
            throws IOException, InterruptedException {
        Progress.Counts counts = Progress.Counts.of(views);
        List<String> failures = new ArrayList<>(refused);
        ArrayNode failed = mapper.createArrayNode();
        for (JsonNode view : views) {
            for (JsonNode error : view.path("errors")) {
                Batches.Batch batch = sent.get(view.path("id").asLong());
                String where = error.hasNonNull("file") ? error.path("file").asText()
                        : (batch == null ? "batch " + view.path("id").asLong() : batch.files().get(0).toString())
                                + " line " + error.path("line").asText();
                failures.add(where + ": refused, " + error.path("status").asInt() + " " + error.path("detail").asText());
                failed.add(error);
            }
            if (view.path("failed").asLong() > 0) {
                JsonNode page = getJson("/api/documents?status=FAILED&size=500&batch=" + view.path("id").asLong());
                for (JsonNode doc : page.path("items")) {
                    failures.add("document " + doc.path("id").asLong() + " (" + doc.path("title").asText("untitled")
                            + "): analysis failed, " + doc.path("failureReason").asText("no reason recorded"));
                    failed.add(doc);
                }
            }
        }
        String corpus = options.reportUrl() + "/api/reports/corpus";
        boolean ok = failures.isEmpty() && counts.done();
        if (options.json()) {
            ObjectNode summary = mapper.createObjectNode();
            ArrayNode batchIds = summary.putArray("batches");
            views.forEach(v -> batchIds.add(v.path("id").asLong()));
            summary.put("documents", counts.documents());
            summary.put("duplicates", counts.duplicates());
            summary.put("analysed", counts.analysed());
            summary.put("failed", counts.failed());
            summary.put("rejected", counts.rejected() + refused.size());
            summary.put("pending", counts.pending());
            summary.put("seconds", progress.seconds(System.nanoTime()));
            summary.put("report", corpus);
            summary.set("failures", failed);
            ArrayNode refusedBatches = summary.putArray("refusedBatches");
            refused.forEach(refusedBatches::add);
            out.println(mapper.writeValueAsString(summary));
        } else {
            out.printf("%d document%s analysed, %d failed, %d refused, %d pending (%d already stored) in %.1f s%n",
                    counts.analysed(), counts.analysed() == 1 ? "" : "s", counts.failed(),
                    counts.rejected() + refused.size(), counts.pending(), counts.duplicates(),
                    progress.seconds(System.nanoTime()));
            if (!failures.isEmpty()) {
                out.println("Failures:");
                failures.forEach(f -> out.println("  " + f));
            }
            out.println("Corpus report: " + corpus + "  (?format=html or markdown)");
        }
        return ok ? 0 : 1;
    }

    private HttpResponse<String> send(Batches.Batch batch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.url() + "/api/batches"))
                .timeout(Duration.ofHours(1)).header("Accept", "application/json");
        auth(request);
        Batches.Body body = batch.body();
        request.header("Content-Type", body.contentType()).POST(body.publisher());
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.url() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        auth(request);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": " + response.statusCode() + " " + detail(response.body()));
        }
        return mapper.readTree(response.body());
    }

    private void auth(HttpRequest.Builder request) {
        if (options.token() != null && !options.token().isBlank()) {
            request.header("Authorization", "Bearer " + options.token());
        }
    }

    /** The {@code detail} of a problem body, or the body itself. */
    private String detail(String body) {
        try {
            JsonNode problem = mapper.readTree(body);
            if (problem.hasNonNull("detail")) {
                return problem.path("detail").asText();
            }
        } catch (IOException notJson) {
            // not a problem body: show it as it is
        }
        return body == null ? "" : body.strip();
    }

    /** The command line. */
    record Options(List<Path> paths, String url, String reportUrl, String token, boolean json, Duration timeout) {

        static final String USAGE = "usage: sasil ingest [--url URL] [--report-url URL] [--token TOKEN] [--json] "
                + "[--timeout PT30M] PATH…";

        static Options parse(String... args) {
            List<Path> paths = new ArrayList<>();
            String url = "http://localhost:8081";
            String reportUrl = null;
            String token = System.getenv("SASIL_TOKEN");
            boolean json = false;
            Duration timeout = Duration.ofMinutes(30);
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--url" -> url = value(args, ++i, arg);
                    case "--report-url" -> reportUrl = value(args, ++i, arg);
                    case "--token" -> token = value(args, ++i, arg);
                    case "--json" -> json = true;
                    case "--timeout" -> timeout = Duration.parse(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        paths.add(Path.of(arg));
                    }
                }
            }
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("no PATH given");
            }
            url = url.replaceAll("/+$", "");
            if (reportUrl == null) {
                reportUrl = url.matches(".*:8081$") ? url.replaceAll(":8081$", ":8084") : url;
            }
            return new Options(List.copyOf(paths), url, reportUrl.replaceAll("/+$", ""), token, json, timeout);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
