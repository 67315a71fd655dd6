package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every YAML file under {@code deploy/k8s} is accounted for: a kustomization, a patch named by one, or
 * a resource whose every object parses strictly into the typed models; and every kustomization renders
 * into objects that parse strictly too.
 */
class ManifestsTest {

    static Stream<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Project.k8s())) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    /** Directories holding a kustomization.yaml: kustomizations and components. */
    static Stream<Path> kustomizationDirs() throws IOException {
        return yamlFiles().filter(f -> f.getFileName().toString().equals("kustomization.yaml")).map(Path::getParent);
    }

    /** The kustomizations that render on their own ({@code kind: Kustomization}; components do not). */
    static Stream<Path> kustomizations() throws IOException {
        return kustomizationDirs().filter(d -> !isComponent(d));
    }

    private static boolean isComponent(Path dir) {
        return "Component".equals(Yamls.loadAll(dir.resolve("kustomization.yaml")).get(0).get("kind"));
    }

    private static Set<Path> patches() throws IOException {
        Set<Path> patches = new HashSet<>();
        for (Path dir : kustomizationDirs().toList()) {
            Map<String, Object> k = Yamls.loadAll(dir.resolve("kustomization.yaml")).get(0);
            if (k.get("patches") instanceof List<?> list) {
                for (Object entry : list) {
                    patches.add(dir.resolve((String) ((Map<?, ?>) entry).get("path")).normalize());
                }
            }
        }
        return patches;
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void everyResourceFileParsesStrictly(Path file) throws IOException {
        if (file.getFileName().toString().equals("kustomization.yaml") || patches().contains(file.normalize())) {
            assertFalse(Yamls.loadAll(file).isEmpty(), file + " is empty");
            return;
        }
        List<Map<String, Object>> objects = Yamls.loadAll(file);
        assertFalse(objects.isEmpty(), file + " holds no object");
        for (Map<String, Object> object : objects) {
            assertEquals(null, ((Map<?, ?>) object.get("metadata")).get("namespace"), file + ": the overlays set the namespace");
            KubeModels.parse(object, file.toString());
        }
    }

    @Test
    void everyResourceFileIsUsedByAKustomization() throws IOException {
        Set<Path> used = new HashSet<>(patches());
        Set<Path> components = new HashSet<>();
        for (Path dir : kustomizationDirs().toList()) {
            used.add(dir.resolve("kustomization.yaml"));
            Map<String, Object> k = Yamls.loadAll(dir.resolve("kustomization.yaml")).get(0);
            for (Object r : (List<?>) k.get("resources")) {
                used.add(dir.resolve((String) r).normalize());
            }
            if (k.get("components") instanceof List<?> named) {
                named.forEach(c -> components.add(dir.resolve((String) c).normalize()));
            }
        }
        for (Path dir : kustomizationDirs().filter(ManifestsTest::isComponent).toList()) {
            assertTrue(components.contains(dir.normalize()), dir + " is a component no kustomization includes");
        }
        for (Path file : yamlFiles().toList()) {
            assertTrue(used.contains(file.normalize()), file + " is not part of any kustomization");
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyKustomizationRendersIntoStrictlyValidObjects(Path dir) {
        Rendering r = Rendering.of(dir, Project.k8s().relativize(dir).toString());
        assertTrue(r.objects().size() >= 10, r.objects().size() + " objects");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate key    | a: 1\\na: 2                  | duplicate key
            scalar document  | just text                   | not a mapping
            list document    | - a\\n- b                    | not a mapping
            non-string key   | 1: a                        | not a string
            bad indentation  | a:\\n  b: 1\\n c: 2           | expected
            """)
    void yamlIsReadStrictly(String label, String text, String expected) {
        ManifestException e = assertThrows(ManifestException.class, () -> Yamls.loadAll(text.replace("\\n", "\n"), "test"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void emptyDocumentsAreSkipped() {
        assertEquals(2, Yamls.loadAll("---\na: 1\n---\n---\nb: 2\n", "test").size());
    }
}
