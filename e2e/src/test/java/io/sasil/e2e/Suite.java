package io.sasil.e2e;

import java.io.File;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services ({@code target/quarkus-app/quarkus-run.jar}) started as separate
 * JVMs on free ports, wired to each other by their REST client URLs. With the H2 artifacts each
 * service gets a fresh file database under a temporary data directory; with the PostgreSQL
 * artifacts ({@code -Ppostgresql}) the {@code SASIL_DB_*} environment is passed through. Every
 * service trusts the suite's {@link Identity} (Keycloak, or the local key) and gets its own
 * service token from it.
 */
final class Suite implements AutoCloseable {

    static final List<String> SERVICES = List.of("glossary", "claims", "ingestion", "reporting");

    private final Path root;
    private final Path dataDir;
    private final Path logDir;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> jvmOptions = new ArrayList<>();
    /** System properties given to every service started (a test's own settings). */
    private final Map<String, String> properties;
    private final Identity identity;

    Suite() throws Exception {
        this(Map.of());
    }

    Suite(Map<String, String> properties) throws Exception {
        this.properties = Map.copyOf(properties);
        this.root = Path.of(System.getProperty("sasil.root", "..")).toAbsolutePath().normalize();
        this.dataDir = Files.createTempDirectory("sasil-e2e-data");
        this.logDir = root.resolve("e2e/target/e2e-logs");
        Files.createDirectories(logDir);
        this.identity = identity(dataDir, logDir);
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
    }

    /**
     * Keycloak when {@code sasil.keycloak.home} (the unpacked server distribution) and
     * {@code sasil.keycloak.java-home} (a Java 21+ for it) are set, as {@code .ci/run} does through
     * {@code SASIL_KEYCLOAK_JAVA_HOME}; otherwise the local key, as {@code ./sasil run} makes it.
     */
    private static Identity identity(Path dataDir, Path logDir) throws Exception {
        String home = System.getProperty("sasil.keycloak.home", "");
        String javaHome = System.getProperty("sasil.keycloak.java-home", "");
        if (!home.isBlank() && !javaHome.isBlank()) {
            return new KeycloakIdentity(Path.of(home), Path.of(javaHome), logDir);
        }
        return new LocalKeyIdentity(dataDir.resolve("keys"));
    }

    /**
     * The set-up of the ITs: the four services started with these settings (system properties of
     * each), every RestAssured request authenticating as an editor. A start that fails stops what it started.
     */
    static Suite startAsEditor(Map<String, String> settings) throws Exception {
        Suite suite = new Suite(settings);
        System.out.println("e2e tokens are signed by " + suite.identity().describe());
        try {
            suite.startAll();
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
        suite.authenticateAs("editor");
        return suite;
    }

    /** The tear-down of the ITs: RestAssured's token filter removed and the suite closed (when there is one). */
    static void tearDown(Suite suite) throws Exception {
        io.restassured.RestAssured.replaceFiltersWith(List.of());
        if (suite != null) {
            suite.close();
        }
    }

    /**
     * Makes every RestAssured request that names no token of its own authenticate with a token of
     * {@code role} from this suite's identity provider (undone by {@code RestAssured.replaceFiltersWith(List.of())}).
     */
    void authenticateAs(String role) {
        io.restassured.RestAssured.replaceFiltersWith(List.of((io.restassured.filter.Filter) (request, response, ctx) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + identity.token(role));
            }
            return ctx.next(request, response);
        }));
    }

    Identity identity() {
        return identity;
    }

    String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    Path root() {
        return root;
    }

    /** JVM options given to every service started after this call, after the suite's own (a later -Xmx wins). */
    Suite withJvmOptions(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** The running services' processes. */
    Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> out = new LinkedHashMap<>();
        processes.forEach((s, p) -> out.put(s, p.toHandle()));
        return out;
    }

    void startAll() throws Exception {
        for (String service : SERVICES) {
            start(service);
        }
        Duration timeout = Duration.ofSeconds(Long.getLong("sasil.e2e.start-seconds", 120));
        for (String service : SERVICES) {
            awaitReady(service, timeout);
        }
    }

    void start(String service) throws IOException {
        start(service, service);
    }

    /**
     * Starts {@code service} as the process {@code instance} (a second replica is another instance
     * of the same service, on its own port and log).
     */
    void start(String service, String instance) throws IOException {
        if (!ports.containsKey(instance)) {
            ports.put(instance, freePort());
        }
        Path jar = root.resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-Dquarkus.http.port=" + ports.get(instance),
                "-Dsasil.data-dir=" + dataDir,
                "-Dquarkus.rest-client.glossary-client.url=" + url("glossary"),
                "-Dquarkus.rest-client.claims-client.url=" + url("claims"),
                "-Dquarkus.rest-client.ingestion-client.url=" + url("ingestion"),
                "-Dsasil.ingestion.driver.interval=1s",
                "-Dsasil.ingestion.driver.initial-backoff=PT0.5S",
                "-Dsasil.ingestion.driver.max-backoff=PT2S"));
        command.addAll(jvmOptions);
        // scripts/bench-pipeline --service-jvm "OPTIONS": e.g. another garbage collector, last so that it wins
        for (String option : System.getProperty("sasil.e2e.service-jvm", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        String profileDir = System.getProperty("sasil.e2e.profile-dir", "");
        if (!profileDir.isBlank()) {
            // one JFR recording per instance, written when it stops (scripts/bench-pipeline --profile DIR)
            Path jfr = Path.of(profileDir).toAbsolutePath().resolve(instance + ".jfr");
            Files.createDirectories(jfr.getParent());
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr);
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(identity.serviceProperties(service));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(instance + ".log").toFile()))
                .directory(dataDir.toFile());
        processes.put(instance, builder.start());
    }

    /** Kills a service at once (SIGKILL): no shutdown hook runs, its leases and transactions are left as they are. */
    void kill(String instance) throws InterruptedException {
        Process process = processes.remove(instance);
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Stops a service with SIGTERM and returns how long it took to exit (it is killed after 20 s). */
    Duration terminate(String instance) throws InterruptedException {
        Instant start = Instant.now();
        stop(instance);
        return Duration.between(start, Instant.now());
    }

    void stop(String service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    void awaitReady(String service, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + "; see "
                        + logDir.resolve(service + ".log"));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(url(service) + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " was not ready within " + timeout + "; see "
                + logDir.resolve(service + ".log"));
    }

    @Override
    public void close() throws Exception {
        for (String service : new ArrayList<>(processes.keySet())) {
            stop(service);
        }
        identity.close();
        deleteRecursively(dataDir.toFile());
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        file.delete();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
