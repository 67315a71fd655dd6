package io.sasil.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} server distribution, in dev mode) with the
 * {@code sasil} realm of {@code keycloak/sasil-realm.json}: the roles, users {@code reader},
 * {@code editor} and {@code admin} (client {@code sasil-ui}), and a client-credentials client per
 * calling service ({@code sasil-ingestion}, {@code sasil-claims}, {@code sasil-reporting}) whose
 * service account has the {@code service} role. Keycloak needs Java 21+: it runs on the JDK named
 * by {@code sasil.keycloak.java-home}, the services and this test on their own Java.
 */
final class KeycloakIdentity implements Identity {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CALLERS = List.of("ingestion", "claims", "reporting");

    private final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Instant> fetched = new HashMap<>();

    KeycloakIdentity(Path home, Path javaHome, Path logDir) throws Exception {
        this.port = freePort();
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (var realm = KeycloakIdentity.class.getResourceAsStream("/keycloak/sasil-realm.json")) {
            Files.write(imports.resolve("sasil-realm.json"), realm.readAllBytes());
        }
        String launcher = System.getProperty("os.name").toLowerCase().contains("win") ? "kc.bat" : "kc.sh";
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/" + launcher).toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + freePort(), "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("keycloak.log").toFile()));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("JAVA_OPTS_APPEND", "-Xmx512m");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-e2e");
        this.process = builder.start();
        awaitRealm(Duration.ofMinutes(10), logDir);
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/sasil";
    }

    @Override
    public synchronized String token(String role) {
        Instant at = fetched.get(role);
        if (at == null || at.isBefore(Instant.now().minus(Duration.ofMinutes(2)))) {
            tokens.put(role, passwordGrant(issuer(), "sasil-ui", role));
            fetched.put(role, Instant.now());
        }
        return tokens.get(role);
    }

    @Override
    public List<String> serviceProperties(String service) {
        List<String> properties = new java.util.ArrayList<>(List.of(
                "-Dmp.jwt.verify.publickey.location=" + issuer() + "/protocol/openid-connect/certs",
                "-Dmp.jwt.verify.issuer=" + issuer(),
                // so that the expired-token check need not wait out the default minute of clock skew
                "-Dmp.jwt.verify.clock.skew=1"));
        if (CALLERS.contains(service)) {
            properties.addAll(List.of("-Dquarkus.oidc-client.auth-server-url=" + issuer(),
                    "-Dquarkus.oidc-client.client-id=sasil-" + service,
                    "-Dquarkus.oidc-client.credentials.secret=" + service + "-e2e-secret"));
        }
        return properties;
    }

    @Override
    public Map<String, String> refusedTokens() throws Exception {
        Map<String, String> refused = new LinkedHashMap<>();
        String shortLived = passwordGrant(issuer(), "sasil-short-lived", "admin");
        String genuine = token("admin");
        String[] parts = genuine.split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey other = generator.generateKeyPair().getPrivate();
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(other);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        refused.put("signed by another key", parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign()));
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused.put("alg none", none + "." + parts[1] + ".");
        refused.put("wrong audience", passwordGrant(issuer(), "another-api", "admin"));
        // the same realm reached by another name: Keycloak signs it, but names another issuer
        refused.put("wrong issuer", passwordGrant("http://127.0.0.1:" + port + "/realms/sasil", "sasil-ui", "admin"));
        // sasil-short-lived tokens live one second; the services allow one second of clock skew
        Thread.sleep(3500);
        refused.put("expired", shortLived);
        return refused;
    }

    @Override
    public String describe() {
        return "Keycloak at " + issuer();
    }

    private String passwordGrant(String issuer, String client, String user) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", client, "username", user,
                "password", user + "-e2e-password", "scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + " via " + client + ": "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitRealm(Duration timeout, Path logDir) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see "
                        + logDir.resolve("keycloak.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + logDir.resolve("keycloak.log"));
    }

    @Override
    public void close() throws Exception {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
