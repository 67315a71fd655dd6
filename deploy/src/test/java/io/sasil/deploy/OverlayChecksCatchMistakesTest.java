package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks can fail: each row copies {@code deploy/k8s}, makes one mistake (one or more edits joined
 * by {@code &&}, each {@code anchor ~ old => new}: the first {@code old} after {@code anchor} in
 * {@code file} becomes {@code new}; {@code \n} is a line break), and expects the named check of
 * {@link OverlayChecks} (or, for {@code render}, rendering and strict parsing) to fail with a message
 * containing the expected text. The unchanged copy passes the same check.
 */
class OverlayChecksCatchMistakesTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong targetPort           | production | base/claims.yaml | kind: Service ~ targetPort: 8083 => targetPort: 8093 | serviceTargetPortsAreContainerPorts | targetPort 8093
            service selects nothing    | dev | base/glossary.yaml | type: ClusterIP ~ app.kubernetes.io/name: glossary => app.kubernetes.io/name: glossery | selectorsMatchTheirPodLabels | selects 0
            port not the http port     | dev | base/glossary.yaml | data: ~ quarkus.http.port: "8082" => quarkus.http.port: "8092" | containersListenWhereTheirConfigurationSays | listens on 8092
            misspelt property          | production | base/ingestion.yaml | data: ~ sasil.ingestion.driver.interval: 3s => sasil.ingestion.driver.intervall: 3s | configMapKeysAreRealPropertiesOfTheirService | sasil.ingestion.driver.intervall
            property of another service| production | base/glossary.yaml | data: ~ quarkus.http.port: "8082" => quarkus.http.port: "8082"\\n  sasil.ingestion.driver.interval: 3s | configMapKeysAreRealPropertiesOfTheirService | no property of glossary
            unquoted number            | dev | base/claims.yaml | data: ~ quarkus.http.port: "8083" => quarkus.http.port: 8083 | configMapKeysAreRealPropertiesOfTheirService | is not a string
            client URL wrong port      | dev | base/claims.yaml | data: ~ http://glossary:8082 => http://glossary:8083 | restClientUrlsNameTheServiceOfTheCalledService | has no port 8083
            client URL no Service      | dev | base/ingestion.yaml | data: ~ http://claims:8083 => http://claim:8083 | restClientUrlsNameTheServiceOfTheCalledService | names no Service
            client URL other service   | production | base/reporting.yaml | data: ~ http://claims:8083 => http://ingestion:8081 | restClientUrlsNameTheServiceOfTheCalledService | must reach claims
            client URL missing         | production | base/claims.yaml | data: ~ quarkus.rest-client.glossary-client.url: http://glossary:8082 => sasil.data-dir: /tmp | restClientUrlsNameTheServiceOfTheCalledService | must set quarkus.rest-client.glossary-client.url
            call not allowed           | dev | base/network-policies.yaml | name: claims-ingress ~ values: [ingestion, reporting] => values: [reporting] | networkPoliciesAllowTheCallsTheCodeMakesAndNoOther | ingestion → claims:8083 denied
            egress missing             | production | base/network-policies.yaml | name: reporting-egress ~ name: claims => name: claimz | networkPoliciesAllowTheCallsTheCodeMakesAndNoOther | reporting → claims:8083 denied
            call the code never makes  | dev | base/network-policies.yaml | name: ingestion-ingress ~ values: [reporting] => values: [reporting, claims] && name: claims-egress ~ egress: => egress:\\n    - {} | networkPoliciesAllowTheCallsTheCodeMakesAndNoOther | claims → ingestion:8081 allowed
            database port open to all  | production | base/network-policies.yaml | name: database-egress ~ cidr: 0.0.0.0/0\\n      ports:\\n        - protocol: TCP\\n          port: 5432 => cidr: 0.0.0.0/0 | networkPoliciesAllowTheCallsTheCodeMakesAndNoOther | reaches outside on 443
            no default deny            | dev | base/network-policies.yaml | name: default-deny ~ podSelector: {} => podSelector: {matchLabels: {none: none}} && name: allow-dns ~ podSelector: {} => podSelector: {matchLabels: {none: none}} && name: glossary-ingress ~ values: [ingestion, claims, reporting] => values: [ingestion, claims, reporting, postgresql] | networkPoliciesAllowTheCallsTheCodeMakesAndNoOther | postgresql → glossary:8082 allowed
            writable root filesystem   | dev | base/reporting.yaml | securityContext: ~ readOnlyRootFilesystem: true => readOnlyRootFilesystem: false | everyContainerIsBoundedNonRootAndReadOnly | readOnlyRootFilesystem
            no /tmp                    | production | base/claims.yaml | volumeMounts: ~ mountPath: /tmp => mountPath: /work | everyContainerIsBoundedNonRootAndReadOnly | no writable /tmp
            no memory limit            | production | base/glossary.yaml | limits: ~ memory: 1Gi => ephemeral-storage: 1Gi | everyContainerIsBoundedNonRootAndReadOnly | limit memory
            readiness on liveness      | dev | base/ingestion.yaml | readinessProbe: ~ path: /q/health/ready => path: /q/health/live | probesUseTheHealthEndpointsOnTheHttpPort | /q/health/ready
            password literal           | dev | base/glossary.yaml | name: SASIL_DB_PASSWORD ~ valueFrom:\\n                secretKeyRef:\\n                  name: sasil-db\\n                  key: password => value: sasil | databaseCredentialsComeFromASecret | SASIL_DB_PASSWORD is not from a Secret
            secret key missing         | dev | overlays/dev/postgresql.yaml | stringData: ~ password: sasil-dev-only => passwd: sasil-dev-only | databaseCredentialsComeFromASecret | has no key password
            undocumented secret        | production | base/claims.yaml | name: SASIL_DB_HOST ~ name: sasil-db => name: claims-db | databaseCredentialsComeFromASecret | Secret claims-db
            api route missing          | production | overlays/production/ingress.yaml | rules: ~ path: /api/claims => path: /api/claim | ingressRoutesEachApiAndEachSwaggerUi | /api/claims
            api routed elsewhere       | dev | base/ingress.yaml | path: /api/reports ~ name: reporting => name: claims | ingressRoutesEachApiAndEachSwaggerUi | /api/reports
            swagger ui missing         | dev | base/ingress.yaml | host: glossary.docs ~ path: /q/swagger-ui => path: /q/swagger | ingressRoutesEachApiAndEachSwaggerUi | no Swagger UI route for glossary
            replicas beside the HPA    | production | base/claims.yaml | kind: Deployment ~ revisionHistoryLimit: 5 => replicas: 2\\n  revisionHistoryLimit: 5 | productionRunsTwoOrMoreReplicasWithAutoscalersAndBudgets | left to the HorizontalPodAutoscaler
            grace shorter than shutdown| dev | base/claims.yaml | kind: Deployment ~ terminationGracePeriodSeconds: 20 => terminationGracePeriodSeconds: 10 | podsShutDownGracefullyAndSpreadAcrossNodes | terminationGracePeriodSeconds
            no preStop sleep           | production | base/glossary.yaml | kind: Deployment ~ sleep => true | podsShutDownGracefullyAndSpreadAcrossNodes | preStop
            not spread across nodes    | production | base/reporting.yaml | kind: Deployment ~ topologyKey: kubernetes.io/hostname => topologyKey: kubernetes.io/os | podsShutDownGracefullyAndSpreadAcrossNodes | spreads across nodes
            Prometheus cannot scrape   | production | base/network-policies.yaml | name: allow-prometheus ~ app.kubernetes.io/name: prometheus => app.kubernetes.io/name: prometheuz | networkPoliciesAllowTheCallsTheCodeMakesAndNoOther | Prometheus cannot scrape
            autoscaler floor of one    | production | overlays/production/autoscaling.yaml | name: claims ~ minReplicas: 2 => minReplicas: 1 | productionRunsTwoOrMoreReplicasWithAutoscalersAndBudgets | claims HPA minReplicas
            budget for wrong pods      | production | overlays/production/disruption-budgets.yaml | name: reporting ~ matchLabels:\\n      app.kubernetes.io/name: reporting => matchLabels:\\n      app.kubernetes.io/name: report | productionRunsTwoOrMoreReplicasWithAutoscalersAndBudgets | PodDisruptionBudget for reporting
            image by tag, not digest   | production | overlays/production/kustomization.yaml | name: sasil/claims ~ digest: sha256:0000000000000000000000000000000000000000000000000000000000000000 => newTag: 0.1.0 | productionRunsTwoOrMoreReplicasWithAutoscalersAndBudgets | claims image
            PodMonitor on a wrong port | production | components/prometheus/pod-monitor.yaml | podMetricsEndpoints: ~ port: http => port: metrics | aPodMonitorScrapesEveryServiceThroughTheNetworkPolicies | no container port named metrics
            PodMonitor misses a service| production | components/prometheus/pod-monitor.yaml | selector: ~ values: [ingestion, glossary, claims, reporting] => values: [ingestion, glossary, claims] | aPodMonitorScrapesEveryServiceThroughTheNetworkPolicies | PodMonitors selecting reporting
            PodMonitor wrong path      | production | components/prometheus/pod-monitor.yaml | podMetricsEndpoints: ~ path: /q/metrics => path: /metrics | aPodMonitorScrapesEveryServiceThroughTheNetworkPolicies | metrics path of
            scrape port closed         | production | base/network-policies.yaml | name: allow-prometheus ~ port: 8084 => port: 9084 | aPodMonitorScrapesEveryServiceThroughTheNetworkPolicies | keep Prometheus from reporting:8084
            no PodMonitor              | production | overlays/production/kustomization.yaml | components: ~ - ../../components/prometheus => [] | aPodMonitorScrapesEveryServiceThroughTheNetworkPolicies | no PodMonitor
            PodMonitor unknown field   | production | components/prometheus/pod-monitor.yaml | podMetricsEndpoints: ~ path: /q/metrics => pathh: /q/metrics | render | field pathh
            budget not the documented  | production | overlays/production/autoscaling.yaml | name: claims ~ maxReplicas: 6 => maxReplicas: 8 | productionConnectionBudgetIsTheDocumentedOne | total **416**
            dev database without volume| dev | overlays/dev/postgresql.yaml | volumeMounts: ~ - name: data\\n              mountPath: /var/lib/postgresql/data => - name: run\\n              mountPath: /var/lib/postgresql/data | devRunsOneReplicaAgainstAnInClusterPostgresql | the volume is mounted
            unknown field              | dev | base/glossary.yaml | containers: ~ imagePullPolicy: IfNotPresent => imagePullPolicyy: IfNotPresent | render | imagePullPolicyy
            removed apiVersion         | production | overlays/production/autoscaling.yaml | name: ingestion ~ name: ingestion => name: ingestion && kind: HorizontalPodAutoscaler ~ autoscaling/v2 => autoscaling/v2beta2 | render | removed in Kubernetes 1.26
            patch matching nothing     | dev | overlays/dev/ingestion-config.yaml | metadata: ~ name: ingestion-config => name: ingestion-konfig | render | matches no object
            duplicate key              | dev | base/reporting.yaml | readinessProbe: ~ periodSeconds: 10 => periodSeconds: 10\\n            periodSeconds: 5 | render | duplicate key
            """)
    void aMistakeFailsItsCheck(String label, String overlay, String file, String edits, String check, String expected) throws Throwable {
        copy(Project.k8s(), temp);
        Path dir = temp.resolve("overlays").resolve(overlay);
        if (!check.equals("render")) {
            Rendering pristine = Rendering.of(dir, overlay);
            assertDoesNotThrow(() -> run(check, pristine), "the unchanged overlay passes " + check);
        }
        Path target = temp.resolve(file);
        String text = Files.readString(target);
        for (String edit : edits.split(" && ")) {
            String anchor = edit.substring(0, edit.indexOf(" ~ "));
            String old = edit.substring(edit.indexOf(" ~ ") + 3, edit.indexOf(" => ")).replace("\\n", "\n");
            String replacement = edit.substring(edit.indexOf(" => ") + 4).replace("\\n", "\n");
            int at = text.indexOf(anchor);
            assertTrue(at >= 0, "anchor " + anchor + " in " + file);
            int from = text.indexOf(old, at);
            assertTrue(from >= 0, "'" + old + "' after " + anchor + " in " + file);
            text = text.substring(0, from) + replacement + text.substring(from + old.length());
        }
        Files.writeString(target, text);
        try {
            Rendering broken = Rendering.of(dir, overlay);
            if (check.equals("render")) {
                fail("rendering should fail with " + expected);
            }
            run(check, broken);
            fail(check + " should fail with " + expected);
        } catch (ManifestException | AssertionError e) {
            if (e.getMessage() != null && e.getMessage().endsWith("should fail with " + expected)) {
                throw e;
            }
            assertTrue(e.getMessage() != null && e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
        }
    }

    private static void run(String check, Rendering rendering) throws Throwable {
        try {
            OverlayChecks.class.getMethod(check, Rendering.class).invoke(null, rendering);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
