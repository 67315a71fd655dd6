package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Service;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubeModelsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: glossary
            spec:
              selector:
                matchLabels: {app: glossary}
              template:
                metadata:
                  labels: {app: glossary}
                spec:
                  containers:
                    - name: glossary
                      image: sasil/glossary:1
                      ports:
                        - containerPort: 8082
                      resources:
                        limits: {memory: 1Gi, cpu: "1"}
            """;

    private static Map<String, Object> yaml(String text) {
        return Yamls.loadAll(text, "test").get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valid deployment             | kind: Deployment           | kind: Deployment                                     |
            unknown top-level field      | kind: Deployment           | kind: Deployment\\nspek: {}                            | `spek`
            unknown field in container   | image: sasil/glossary:1    | image: sasil/glossary:1\\n          imagePullPolicyy: Always | `imagePullPolicyy`
            unknown field in a port      | - containerPort: 8082      | - containerPort: 8082\\n              hostPortt: 1    | `hostPortt`
            unknown field in pod spec    | containers:                | restartPolicyy: Always\\n      containers:           | `restartPolicyy`
            container without name       | - name: glossary           | - tty: false                                          | `name`
            selector misspelt            | matchLabels: {app: glossary}\\n  template | matchLabelz: {app: glossary}\\n  template | `matchLabelz`
            deployment without template  | selector:                  | template: null\\n  selector:                          | template
            """)
    void deploymentsAreParsedStrictly(String label, String from, String to, String expected) {
        String text = DEPLOYMENT.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertTrue(expected == null || !text.equals(DEPLOYMENT), "the row changes the manifest");
        if (expected == null) {
            V1Deployment d = assertInstanceOf(V1Deployment.class, KubeModels.parse(yaml(text), "test"));
            assertEquals(8082, d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0).getContainerPort());
        } else {
            ManifestException e = assertThrows(ManifestException.class, () -> KubeModels.parse(yaml(text), "test"));
            assertTrue(e.getMessage().contains(expected), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(textBlock = """
            extensions/v1beta1,        Deployment,              removed in Kubernetes 1.16
            extensions/v1beta1,        Ingress,                 removed in Kubernetes 1.16
            apps/v1beta2,              Deployment,              removed in Kubernetes 1.16
            networking.k8s.io/v1beta1, Ingress,                 removed in Kubernetes 1.22
            policy/v1beta1,            PodDisruptionBudget,     removed in Kubernetes 1.25
            autoscaling/v2beta2,       HorizontalPodAutoscaler, removed in Kubernetes 1.26
            autoscaling/v1,            HorizontalPodAutoscaler, unknown apiVersion/kind
            v1,                        Deployment,              unknown apiVersion/kind
            apps/v1,                   Deploymnet,              unknown apiVersion/kind
            """)
    void unknownAndRemovedApiVersionsFail(String apiVersion, String kind, String expected) {
        Map<String, Object> manifest = yaml("apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata: {name: x}\n");
        ManifestException e = assertThrows(ManifestException.class, () -> KubeModels.parse(manifest, "test"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            named targetPort   | targetPort: http  | http
            numeric targetPort | targetPort: 8083  | 8083
            """)
    void servicesKeepIntOrString(String label, String line, String expected) {
        V1Service s = (V1Service) KubeModels.parse(yaml("""
                apiVersion: v1
                kind: Service
                metadata: {name: claims}
                spec:
                  selector: {app: claims}
                  ports:
                    - port: 8083
                      %s
                """.formatted(line)), "test");
        assertEquals(expected, s.getSpec().getPorts().get(0).getTargetPort().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no metadata      | apiVersion: v1\\nkind: ConfigMap\\ndata: {a: b}              | metadata.name is required
            no name          | apiVersion: v1\\nkind: ConfigMap\\nmetadata: {labels: {a: b}} | metadata.name is required
            no kind          | apiVersion: v1\\nmetadata: {name: x}                         | apiVersion and kind
            service port missing | apiVersion: v1\\nkind: Service\\nmetadata: {name: x}\\nspec: {ports: [{targetPort: 1}]} | port
            """)
    void missingRequiredFieldsFail(String label, String text, String expected) {
        Map<String, Object> manifest = yaml(text.replace("\\n", "\n"));
        ManifestException e = assertThrows(ManifestException.class, () -> KubeModels.parse(manifest, "test"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
