package io.sasil.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Glossary scale-out: starts R packaged glossary replicas ({@code -Xmx512m}) on one database (PostgreSQL: the
 * {@code SASIL_DB_*} environment is passed through; H2 files cannot be shared, so R = 1 there), sends N generated
 * articles ({@link PipelineBenchmark.Generator}) as {@code PUT /api/glossary/documents/{id}/analysis} from C clients
 * spread round-robin over the replicas, and prints documents analysed per second and each replica's CPU. Run it with
 * R = 1 and R = 2 on fresh databases and compare the rates (scripts/bench-pipeline … --glossary-replicas R).
 */
public final class GlossaryReplicaBenchmark {

    private GlossaryReplicaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 2000;
        int replicas = 2;
        int clients = 8;
        int size = 8000;
        int warm = 0;
        int window = 0;
        int heapEvery = 0;
        boolean pin = false;
        long offset = Instant.now().getEpochSecond() % 100_000 * 100_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--glossary-replicas" -> replicas = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--pin" -> pin = true;
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--window" -> window = Integer.parseInt(args[++i]);
                case "--heap-every" -> heapEvery = Integer.parseInt(args[++i]);
                case "--seed", "--wait-minutes" -> i++;
                default -> n = Integer.parseInt(args[i]);
            }
        }
        Path root = Path.of(System.getProperty("sasil.root", ".")).toAbsolutePath();
        Path jar = root.resolve("services/glossary/target/quarkus-app/quarkus-run.jar");
        Path logs = Files.createDirectories(root.resolve("e2e/target/bench-logs"));
        Path data = Files.createTempDirectory("sasil-bench-glossary");
        PipelineBenchmark.Generator gen = new PipelineBenchmark.Generator(root, 13, size);
        List<Process> processes = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // the replicas trust a throw-away local key; the analyses are sent with its service token
        LocalKeyIdentity identity = new LocalKeyIdentity(data.resolve("keys"));
        try {
            for (int r = 0; r < replicas; r++) {
                int port;
                try (ServerSocket s = new ServerSocket(0)) {
                    port = s.getLocalPort();
                }
                List<String> command = new ArrayList<>();
                if (pin) {
                    // replica r on core r alone: a replica's rate is bounded by one core, as on a machine of its own
                    command.addAll(List.of("taskset", "-c", String.valueOf(r % Runtime.getRuntime().availableProcessors())));
                }
                command.addAll(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                        "-Dquarkus.datasource.jdbc.acquisition-timeout=120s", "-Dquarkus.http.port=" + port,
                        "-Dsasil.data-dir=" + data));
                String profileDir = System.getProperty("sasil.e2e.profile-dir", "");
                if (!profileDir.isBlank()) {
                    Path jfr = Files.createDirectories(Path.of(profileDir)).resolve("glossary-" + (r + 1) + ".jfr");
                    command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr);
                }
                command.addAll(identity.serviceProperties("glossary"));
                command.addAll(List.of("-jar", jar.toString()));
                processes.add(new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("glossary-" + r + ".log").toFile()))
                        .directory(data.toFile()).start());
                urls.add("http://localhost:" + port);
                // one at a time: the first runs the migrations
                awaitReady(http, urls.get(r), processes.get(r));
            }
            System.out.printf(Locale.ROOT, "glossary replicas: %d%s, %d articles of ~%d bytes after %d untimed, %d"
                    + " clients, db %s%n", replicas, pin ? " (each on one core)" : "", n, size, warm, clients,
                    System.getProperty("sasil.db-kind", "h2"));
            ObjectMapper json = new ObjectMapper();
            if (warm > 0) {
                int failedWarm = send(http, json, identity, gen, urls, clients, offset, 0, warm, System.nanoTime());
                System.out.printf(Locale.ROOT, "  %d articles analysed before the timed run (%d failed)%n",
                        warm - failedWarm, failedWarm);
            }
            double[][] counters0 = counters(http, urls);
            double[] cpu0 = cpu(processes);
            long start = System.nanoTime();
            int failed = 0;
            if (window <= 0 || window >= n) {
                failed = send(http, json, identity, gen, urls, clients, offset, warm, warm + n, start);
            } else {
                // windows of W documents, one line each: how the rate and the heap move as the term base grows
                System.out.printf(Locale.ROOT, "window  documents          seconds   docs/s  ms per doc  CPU ms per doc"
                        + " (each replica)%s%n", heapEvery > 0 ? "  live heap MB (each replica)" : "");
                for (int w = 0, from = 0; from < n; w++, from += window) {
                    int to = Math.min(n, from + window);
                    double[] wc0 = cpu(processes);
                    long w0 = System.nanoTime();
                    failed += send(http, json, identity, gen, urls, clients, offset, warm + from, warm + to, 0);
                    double ws = (System.nanoTime() - w0) / 1e9;
                    double[] wc1 = cpu(processes);
                    StringBuilder perReplica = new StringBuilder();
                    for (int r = 0; r < replicas; r++) {
                        perReplica.append(String.format(Locale.ROOT, " %6.1f", (wc1[r] - wc0[r]) * 1000 / (to - from)));
                    }
                    StringBuilder heap = new StringBuilder();
                    if (heapEvery > 0 && (w + 1) % heapEvery == 0) {
                        for (Process p : processes) {
                            PipelineBenchmark.Histogram h = PipelineBenchmark.histogram(p.toHandle());
                            heap.append(h == null ? " -" : String.format(Locale.ROOT, " %d",
                                    Math.round(h.total() / 1048576.0)));
                        }
                    }
                    System.out.printf(Locale.ROOT, "%-7d %-18s %7.1f %8.1f %11.1f %s    %s%n", w + 1,
                            (from + 1) + "-" + to, ws, (to - from) / ws, ws * 1000 / (to - from), perReplica, heap);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] cpu1 = cpu(processes);
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < replicas; r++) {
                sb.append(String.format(Locale.ROOT, " replica %d %.1f s", r + 1, cpu1[r] - cpu0[r]));
            }
            System.out.printf(Locale.ROOT, "%d analysed (%d failed) in %.1f s: %.1f documents/s; CPU:%s%n",
                    n - failed, failed, seconds, (n - failed) / seconds, sb);
            // where the replicas met, in the timed run: changes that lost to another replica's and were retried,
            // catch-ups
            double[][] counters1 = counters(http, urls);
            for (int r = 0; r < replicas; r++) {
                double[] d = new double[4];
                for (int k = 0; k < 4; k++) {
                    d[k] = counters1[r][k] - counters0[r][k];
                }
                System.out.printf(Locale.ROOT, "  replica %d: %.0f changes committed, %.0f conflicts retried,"
                        + " %.0f catch-ups from the change log, %.0f full reloads%n", r + 1, d[0], d[1], d[2], d[3]);
            }
            for (int r = 0; r < replicas; r++) {
                PipelineBenchmark.Histogram h = PipelineBenchmark.histogram(processes.get(r).toHandle());
                if (h != null) {
                    StringBuilder top = new StringBuilder();
                    h.largest().forEach((c, b) -> top.append(String.format(Locale.ROOT, " %s %.1f MB;", c, b / 1048576.0)));
                    System.out.printf(Locale.ROOT, "  replica %d: live heap after a full collection %.0f MB; largest"
                            + " classes:%s%n", r + 1, h.total() / 1048576.0, top);
                }
            }
        } finally {
            for (Process p : processes) {
                p.destroy();
            }
            for (Process p : processes) {
                p.waitFor();
            }
        }
    }

    /**
     * Sends articles {@code from} to {@code to} (exclusive) to the replicas' analysis endpoint, round-robin, from
     * {@code clients} threads; returns how many failed. Prints progress every 500 documents unless {@code start} is 0.
     */
    private static int send(HttpClient http, ObjectMapper json, LocalKeyIdentity identity,
            PipelineBenchmark.Generator gen, List<String> urls, int clients, long offset, int from, int to, long start)
            throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        long id = offset + i;
                        byte[] body = json.writeValueAsBytes(Map.of("documentId", id, "text", gen.article(i)));
                        String url = urls.get(i % urls.size()) + "/internal/glossary/documents/" + id + "/analysis";
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(300)).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + identity.token("service"))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 && failed.incrementAndGet() <= 5) {
                            System.out.println("  " + id + ": " + r.statusCode() + " "
                                    + r.body().substring(0, Math.min(300, r.body().length())));
                        }
                        if (start != 0 && (i + 1 - from) % 500 == 0) {
                            System.out.printf(Locale.ROOT, "  %d sent, %.1f s%n", i + 1 - from,
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return failed.get();
    }

    /** Per replica: changes committed, conflicts retried, incremental catch-ups, full reloads (so far). */
    private static double[][] counters(HttpClient http, List<String> urls) throws Exception {
        double[][] out = new double[urls.size()][];
        for (int r = 0; r < urls.size(); r++) {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(urls.get(r) + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            out[r] = new double[] {
                metric(metrics, "sasil_glossary_termbase_changes_total", "outcome=\"committed\""),
                metric(metrics, "sasil_glossary_termbase_changes_total", "outcome=\"conflict\""),
                metric(metrics, "sasil_glossary_termbase_catchups_total", "kind=\"incremental\""),
                metric(metrics, "sasil_glossary_termbase_catchups_total", "kind=\"full\"")};
        }
        return out;
    }

    /** The value of a Prometheus sample {@code name{…tag…}} in a /q/metrics page (0 when absent). */
    static double metric(String page, String name, String tag) {
        for (String line : page.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(tag)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static double[] cpu(List<Process> processes) {
        double[] out = new double[processes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = processes.get(i).info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }
        return out;
    }

    private static void awaitReady(HttpClient http, String url, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("glossary exited with " + process.exitValue() + "; see e2e/target/bench-logs");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("glossary at " + url + " not ready in 3 minutes");
    }
}
