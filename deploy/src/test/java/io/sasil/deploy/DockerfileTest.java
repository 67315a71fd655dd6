package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The image recipe and the smoke test: what can be checked without building (the smoke test builds). */
class DockerfileTest {

    private static List<String> instructions;
    private static String smoke;

    @BeforeAll
    static void read() throws IOException {
        Path root = Project.root();
        // join continuation lines, drop comments
        String text = Files.readString(root.resolve("deploy/docker/Dockerfile.jvm")).replaceAll("\\\\\\n", " ");
        instructions = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                instructions.add(line.strip());
            }
        }
        smoke = Files.readString(root.resolve("deploy/smoke/run"));
    }

    private static List<String> all(String instruction) {
        return instructions.stream().filter(i -> i.startsWith(instruction + " ")).toList();
    }

    @Test
    void theBaseImageIsAnArgumentDefaultingToAPublicJava17Runtime() {
        Matcher m = Pattern.compile("ARG BASE_IMAGE=(\\S+)").matcher(instructions.get(0));
        assertTrue(m.matches(), "the first instruction declares BASE_IMAGE: " + instructions.get(0));
        String image = m.group(1);
        assertTrue(image.matches("[a-z0-9.-]+\\.[a-z]{2,}/[a-z0-9./_-]+:[A-Za-z0-9._-]+"), "fully qualified with a tag: " + image);
        assertTrue(image.contains("17"), "a Java 17 image: " + image);
        assertEquals("FROM ${BASE_IMAGE}", instructions.get(1));
    }

    @Test
    void theImageRunsAsANumericNonRootUser() {
        List<String> users = all("USER");
        String last = users.get(users.size() - 1).substring(5).strip();
        assertTrue(last.matches("[1-9][0-9]*(:[0-9]+)?"), "numeric, non-zero (runAsNonRoot needs it): " + last);
        int lastUser = instructions.lastIndexOf(users.get(users.size() - 1));
        assertTrue(instructions.subList(lastUser, instructions.size()).stream().noneMatch(i -> i.startsWith("RUN ")),
                "nothing runs after the switch to the service user");
    }

    @ParameterizedTest
    @CsvSource({"lib/", "quarkus-run.jar", "quarkus/", "app/"})
    void theFastJarLayoutIsCopied(String part) {
        assertTrue(all("COPY").stream().anyMatch(c -> c.startsWith("COPY " + part + " ")), "COPY " + part);
    }

    @Test
    void healthCheckAndEntrypointUseTheFastJar() {
        List<String> checks = all("HEALTHCHECK");
        assertEquals(1, checks.size());
        assertTrue(checks.get(0).contains("/q/health/live"), checks.get(0));
        String entrypoint = all("ENTRYPOINT").get(0);
        assertTrue(entrypoint.contains("\"-jar\", \"/deployments/quarkus-run.jar\""), entrypoint);
        assertTrue(entrypoint.contains("-Djava.io.tmpdir=/tmp"), "writes go to /tmp: " + entrypoint);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            builds offline          | --pull=never
            from the local base     | --build-arg BASE_IMAGE=
            PostgreSQL build        | -Ppostgresql
            debootstrap base        | debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm
            host network            | --network host
            read-only root          | --read-only
            fresh database          | .ci/postgres --fresh
            the sample article      | docs/samples/article-ko.txt
            the report              | /api/reports/documents/
            cleans up on exit       | trap cleanup EXIT
            runc                    | runtime '"runc"'
            ulimits                 | default_ulimits '["nofile=20000:20000", "nproc=32768:32768"]'
            """)
    void theSmokeTestDoesWhatIssue7Asks(String label, String fragment) {
        assertTrue(smoke.contains(fragment), label + ": " + fragment);
    }
}
