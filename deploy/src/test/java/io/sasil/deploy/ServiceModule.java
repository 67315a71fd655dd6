package io.sasil.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the deploy checks know about one service, read from its sources rather than written down again:
 * its {@code application.properties} over the defaults every service shares (common's
 * {@code META-INF/microprofile-config.properties}; profile-free keys; {@code %test.…} and other profiles are
 * ignored), its HTTP port ({@code quarkus.http.port}), the REST clients it configures (keys
 * {@code quarkus.rest-client.<key>.url}), the REST clients its code registers
 * ({@code @RegisterRestClient(configKey = "<key>")}) and the path prefixes of its JAX-RS resources
 * (class-level {@code @Path("/api/<x>…")} of classes that are not REST clients, cut to
 * {@code /api/<x>}) and the property names its code reads ({@link ConfigMappingKeys}). A client key {@code <service>-client} names the service it calls.
 */
public record ServiceModule(String name, Map<String, String> properties, int httpPort,
                            Set<String> configuredClients, Set<String> registeredClients, Set<String> apiPrefixes,
                            Set<String> codeKeys) {

    private static final Pattern CLIENT_URL = Pattern.compile("quarkus\\.rest-client\\.([a-z0-9-]+)\\.url");
    private static final Pattern REGISTER = Pattern.compile("@RegisterRestClient\\s*\\(\\s*configKey\\s*=\\s*\"([^\"]{1,100})\"");
    private static final Pattern CLASS_PATH = Pattern.compile("(?m)^@Path\\(\"(/api/[A-Za-z0-9_-]{1,100})[^\"]{0,200}\"\\)");
    /** The configuration defaults of every service, in the common jar (ordinal 100, below application.properties). */
    static final String SHARED_DEFAULTS = "common/src/main/resources/META-INF/microprofile-config.properties";
    private static final Pattern MODULE = Pattern.compile("<module>services/([a-z0-9-]{1,50})</module>");

    /** The services of the build: the {@code services/<name>} modules of the root pom. */
    public static List<String> names(Path root) {
        List<String> names = new ArrayList<>();
        Matcher m = MODULE.matcher(read(root.resolve("pom.xml")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Reads {@code services/<name>} under {@code root}. */
    public static ServiceModule read(Path root, String name) {
        Path dir = root.resolve("services").resolve(name);
        Properties raw = new Properties();
        // the shared defaults first, then the service's own file over them (ordinal 100 below 250, as Quarkus reads them)
        for (Path file : List.of(root.resolve(SHARED_DEFAULTS), dir.resolve("src/main/resources/application.properties"))) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                raw.load(reader);
            } catch (IOException e) {
                throw new ManifestException(file + ": " + e.getMessage(), e);
            }
        }
        Map<String, String> properties = new TreeMap<>();
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> properties.put(k, raw.getProperty(k)));
        Set<String> configured = new TreeSet<>();
        for (String key : properties.keySet()) {
            Matcher m = CLIENT_URL.matcher(key);
            if (m.matches()) {
                configured.add(m.group(1));
            }
        }
        Set<String> registered = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Set<String> codeKeys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir.resolve("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String source = read(file);
                codeKeys.addAll(ConfigMappingKeys.of(source));
                Matcher r = REGISTER.matcher(source);
                boolean client = false;
                while (r.find()) {
                    registered.add(r.group(1));
                    client = true;
                }
                Matcher p = CLASS_PATH.matcher(source);
                while (!client && p.find()) {
                    prefixes.add(p.group(1).replaceFirst("^(/api/[^/]+).*$", "$1"));
                }
            }
        } catch (IOException e) {
            throw new ManifestException(dir + ": " + e.getMessage(), e);
        }
        int port = Integer.parseInt(properties.getOrDefault("quarkus.http.port", "8080"));
        return new ServiceModule(name, properties, port, configured, registered, prefixes, codeKeys);
    }

    /** The services this one calls: its configured client keys without the {@code -client} suffix. */
    public Set<String> calls() {
        Set<String> targets = new TreeSet<>();
        for (String key : configuredClients) {
            targets.add(key.endsWith("-client") ? key.substring(0, key.length() - "-client".length()) : key);
        }
        return targets;
    }

    /** Whether a deploy ConfigMap may set {@code key}: a key of application.properties or one the code reads. */
    public boolean knows(String key) {
        return properties.containsKey(key) || codeKeys.contains(key);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ManifestException(file + ": " + e.getMessage(), e);
        }
    }
}
