package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KustomizeTest {

    private static final String BASE = """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
              - app.yaml
            """;
    private static final String APP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app-config
            data:
              quarkus.http.port: "8081"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              replicas: 1
              selector: {matchLabels: {app: app}}
              template:
                metadata: {labels: {app: app}}
                spec:
                  containers:
                    - name: app
                      image: sasil/app:1
                      env: [{name: A, value: "1"}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: worker
            spec:
              replicas: 1
              selector: {matchLabels: {app: worker}}
              template:
                metadata: {labels: {app: worker}}
                spec:
                  containers:
                    - name: worker
                      image: sasil/worker:1
            """;

    @TempDir
    Path dir;

    private Path write(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    private Map<String, Map<String, Object>> renderOverlay(String kustomization) throws IOException {
        write("base/kustomization.yaml", BASE);
        write("base/app.yaml", APP);
        write("overlay/kustomization.yaml", kustomization);
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        for (Map<String, Object> o : Kustomize.render(dir.resolve("overlay"))) {
            byId.put(Kustomize.id(o), o);
        }
        return byId;
    }

    @Test
    void namespacePatchesAndImagesApply() throws IOException {
        write("overlay/replicas.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ignored}\nspec: {replicas: 2}\n");
        write("overlay/env.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\n"
                + "spec: {template: {spec: {containers: [{name: app, env: [{name: B, value: '2'}]}]}}}\n");
        write("overlay/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-config}\ndata: {sasil.x: y}\n");
        Map<String, Map<String, Object>> out = renderOverlay("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: sasil-test
                resources: [../base]
                patches:
                  - path: replicas.yaml
                    target: {kind: Deployment}
                  - path: env.yaml
                  - path: config.yaml
                images:
                  - {name: sasil/app, newName: r.io/sasil/app, newTag: "2"}
                """);
        assertEquals(List.of("ConfigMap/sasil-test/app-config", "Deployment/sasil-test/app", "Deployment/sasil-test/worker"),
                List.copyOf(out.keySet()));
        String app = new Gson().toJson(out.get("Deployment/sasil-test/app"));
        assertTrue(app.contains("\"replicas\":2"), app);
        assertTrue(app.contains("\"name\":\"app\""), "the target keeps its name: " + app);
        assertTrue(app.contains("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"2\"}]"), app);
        assertTrue(app.contains("r.io/sasil/app:2"), app);
        String worker = new Gson().toJson(out.get("Deployment/sasil-test/worker"));
        assertTrue(worker.contains("\"replicas\":2") && worker.contains("sasil/worker:1"), worker);
        assertTrue(new Gson().toJson(out.get("ConfigMap/sasil-test/app-config")).contains("{\"quarkus.http.port\":\"8081\",\"sasil.x\":\"y\"}"));
    }

    @Test
    void componentsAddTheirResourcesAndPatchesBeforeTheOverlaysNamespace() throws IOException {
        write("component/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n"
                + "resources: [extra.yaml]\npatches: [{path: label.yaml, target: {kind: Deployment, name: app}}]\n");
        write("component/extra.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\ndata: {a: b}\n");
        write("component/label.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\n"
                + "spec: {template: {metadata: {labels: {scraped: 'yes'}}}}\n");
        Map<String, Map<String, Object>> out = renderOverlay("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: sasil-test
                resources: [../base]
                components: [../component]
                """);
        assertEquals(List.of("ConfigMap/sasil-test/app-config", "ConfigMap/sasil-test/extra", "Deployment/sasil-test/app",
                "Deployment/sasil-test/worker"), List.copyOf(out.keySet()));
        assertTrue(new Gson().toJson(out.get("Deployment/sasil-test/app")).contains("{\"app\":\"app\",\"scraped\":\"yes\"}"));
        assertTrue(!new Gson().toJson(out.get("Deployment/sasil-test/worker")).contains("scraped"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a component      | resources: [../base]\\ncomponents: [../base]            | a component needs
            unsupported field    | resources: [../base]\\ncommonLabels: {a: b}           | field commonLabels is not supported
            missing resource     | resources: [../base, nothing.yaml]                    | resource nothing.yaml does not exist
            patch matches nothing| resources: [../base]\\npatches: [{path: p.yaml}]       | matches no object
            duplicate object     | resources: [../base, ../base/app.yaml]                | defined twice
            cycle                | resources: [../overlay]                               | cycle
            unsupported target   | resources: [../base]\\npatches: [{path: p.yaml, target: {labelSelector: a=b}}] | kind and name only
            unsupported images   | resources: [../base]\\nimages: [{name: a, newTagg: b}] | not supported
            """)
    void unsupportedOrBrokenKustomizationsFail(String label, String body, String expected) throws IOException {
        write("overlay/p.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other}\ndata: {a: b}\n");
        String k = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + body.replace("\\n", "\n") + "\n";
        ManifestException e = assertThrows(ManifestException.class, () -> renderOverlay(k));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** Where kubectl is installed, its kustomize must render each overlay exactly as this implementation does. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void rendersAsKubectlKustomizeDoes(String kustomization) throws Exception {
        Path k8s = Project.k8s();
        String kubectl = kubectl();
        assumeTrue(kubectl != null, "kubectl is not installed: the comparison is skipped");
        Process p = new ProcessBuilder(kubectl, "kustomize", k8s.resolve(kustomization).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "kubectl kustomize failed");
        Map<String, JsonElement> theirs = byId(Yamls.loadAll(out, "kubectl kustomize"));
        Map<String, JsonElement> ours = byId(Kustomize.render(k8s.resolve(kustomization)));
        assertEquals(theirs.keySet(), ours.keySet());
        for (String id : theirs.keySet()) {
            assertEquals(theirs.get(id), ours.get(id), id);
        }
    }

    private static Map<String, JsonElement> byId(List<Map<String, Object>> objects) {
        Map<String, JsonElement> byId = new TreeMap<>();
        Gson gson = new Gson();
        for (Map<String, Object> o : objects) {
            // numbers compared by value: SnakeYAML reads 2 as Integer in both renderings
            byId.put(Kustomize.id(o), gson.toJsonTree(o));
        }
        return byId;
    }

    private static String kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
