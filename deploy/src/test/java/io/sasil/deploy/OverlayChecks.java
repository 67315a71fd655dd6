package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-object checks of a rendered overlay: its objects against each other, and against the
 * services' code and configuration as {@link ServiceModule} reads them (nothing restated here).
 * Each check throws an {@link AssertionError} naming the overlay and the object at fault.
 */
public final class OverlayChecks {

    /** Secrets an overlay expects the operator to create (docs/deploying.md), by overlay. */
    private static final Map<String, Set<String>> EXTERNAL_SECRETS = Map.of("dev", Set.of(), "production", Set.of("sasil-db"));
    private static final Set<String> DB_SECRET_KEYS = Set.of("host", "port", "database", "username", "password");
    private static Map<String, ServiceModule> modules;
    private static Set<String> quarkusKeys;

    static {
        try {
            read();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private OverlayChecks() {
    }

    private static void read() throws IOException {
        Path root = Project.root();
        modules = new java.util.TreeMap<>();
        for (String name : ServiceModule.names(root)) {
            modules.put(name, ServiceModule.read(root, name));
        }
        quarkusKeys = new HashSet<>();
        try (var in = OverlayChecks.class.getResourceAsStream("/quarkus-runtime-properties.txt")) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(quarkusKeys::add);
        }
    }

    public static void everyServiceHasADeploymentAServiceAndAConfigMap(Rendering r) {
        String overlay = r.name();
        assertFalse(modules.isEmpty(), "services read from the root pom");
        for (String service : modules.keySet()) {
            assertTrue(r.find(io.kubernetes.client.openapi.models.V1Deployment.class, service).isPresent(), overlay + ": Deployment " + service);
            assertTrue(r.find(V1Service.class, service).isPresent(), overlay + ": Service " + service);
            assertTrue(r.find(V1ConfigMap.class, service + "-config").isPresent(), overlay + ": ConfigMap " + service + "-config");
        }
        assertEquals(modules.keySet(), new TreeSet<>(r.deployments().stream().map(d -> d.getMetadata().getName()).toList()),
                overlay + ": one Deployment per service, no other");
    }

    public static void selectorsMatchTheirPodLabels(Rendering r) {
        String overlay = r.name();
        for (Rendering.Workload w : r.workloads()) {
            assertTrue(NetworkPolicies.matches(w.selector(), w.template().getMetadata().getLabels()),
                    overlay + ": " + w.kind() + " " + w.name() + " selector does not select its own pods");
        }
        for (V1Service s : r.services()) {
            List<Rendering.Workload> selected = selectedBy(r, s.getSpec().getSelector());
            assertEquals(1, selected.size(), overlay + ": Service " + s.getMetadata().getName() + " selects " + selected.size() + " workloads");
        }
    }

    public static void serviceTargetPortsAreContainerPorts(Rendering r) {
        String overlay = r.name();
        for (V1Service s : r.services()) {
            Rendering.Workload w = selectedBy(r, s.getSpec().getSelector()).get(0);
            for (V1ServicePort port : s.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                assertTrue(containerPort(w, target) != null,
                        overlay + ": Service " + s.getMetadata().getName() + " targetPort " + target + " is no containerPort of " + w.name());
            }
        }
    }

    public static void containersListenWhereTheirConfigurationSays(Rendering r) {
        String overlay = r.name();
        for (ServiceModule m : modules.values()) {
            Map<String, String> config = effectiveConfig(r, m);
            int port = Integer.parseInt(config.get("quarkus.http.port"));
            V1Container c = container(r.workload(m.name()));
            assertTrue(c.getPorts().stream().anyMatch(p -> p.getContainerPort() == port),
                    overlay + ": " + m.name() + " listens on " + port + " but declares " + c.getPorts());
        }
    }

    public static void probesUseTheHealthEndpointsOnTheHttpPort(Rendering r) {
        String overlay = r.name();
        for (String service : modules.keySet()) {
            Rendering.Workload w = r.workload(service);
            V1Container c = container(w);
            assertProbe(overlay, w, c.getLivenessProbe(), "/q/health/live");
            assertProbe(overlay, w, c.getReadinessProbe(), "/q/health/ready");
            if (c.getStartupProbe() != null) {
                assertProbe(overlay, w, c.getStartupProbe(), "/q/health/live");
            }
        }
    }

    private static void assertProbe(String overlay, Rendering.Workload w, V1Probe probe, String path) {
        assertNotNull(probe, overlay + ": " + w.name() + " probe for " + path);
        assertNotNull(probe.getHttpGet(), overlay + ": " + w.name() + " probe is not httpGet");
        assertEquals(path, probe.getHttpGet().getPath(), overlay + ": " + w.name());
        assertNotNull(containerPort(w, probe.getHttpGet().getPort()), overlay + ": " + w.name() + " probe port " + probe.getHttpGet().getPort());
    }

    public static void everyContainerIsBoundedNonRootAndReadOnly(Rendering r) {
        String overlay = r.name();
        for (Rendering.Workload w : r.workloads()) {
            V1PodSpec pod = w.template().getSpec();
            for (V1Container c : pod.getContainers()) {
                String where = overlay + ": " + w.name() + "/" + c.getName();
                assertNotNull(c.getResources(), where + " resources");
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = c.getResources().getRequests() == null ? null : c.getResources().getRequests().get(resource);
                    Quantity limit = c.getResources().getLimits() == null ? null : c.getResources().getLimits().get(resource);
                    assertNotNull(request, where + " request " + resource);
                    assertNotNull(limit, where + " limit " + resource);
                    assertTrue(request.getNumber().compareTo(limit.getNumber()) <= 0, where + " " + resource + " request above limit");
                }
                boolean nonRoot = Boolean.TRUE.equals(c.getSecurityContext() != null ? c.getSecurityContext().getRunAsNonRoot() : null)
                        || Boolean.TRUE.equals(pod.getSecurityContext() != null ? pod.getSecurityContext().getRunAsNonRoot() : null);
                assertTrue(nonRoot, where + " runAsNonRoot");
                assertTrue(c.getSecurityContext() != null && Boolean.TRUE.equals(c.getSecurityContext().getReadOnlyRootFilesystem()),
                        where + " readOnlyRootFilesystem");
                assertTrue(Boolean.FALSE.equals(c.getSecurityContext().getAllowPrivilegeEscalation()), where + " allowPrivilegeEscalation");
                V1VolumeMount tmp = c.getVolumeMounts() == null ? null
                        : c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElse(null);
                assertNotNull(tmp, where + " has no writable /tmp");
                V1Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElse(null);
                assertTrue(volume != null && volume.getEmptyDir() != null, where + " /tmp is not an emptyDir");
                for (V1VolumeMount mount : c.getVolumeMounts()) {
                    boolean declared = pod.getVolumes().stream().anyMatch(v -> v.getName().equals(mount.getName()))
                            || (w.kind().equals("StatefulSet") && r.find(V1StatefulSet.class, w.name()).orElseThrow()
                                    .getSpec().getVolumeClaimTemplates().stream().anyMatch(t -> t.getMetadata().getName().equals(mount.getName())));
                    assertTrue(declared, where + " mounts undeclared volume " + mount.getName());
                }
            }
        }
    }

    public static void configMapKeysAreRealPropertiesOfTheirService(Rendering r) {
        String overlay = r.name();
        for (ServiceModule m : modules.values()) {
            V1Container c = container(r.workload(m.name()));
            List<String> refs = c.getEnvFrom() == null ? List.of()
                    : c.getEnvFrom().stream().map(V1EnvFromSource::getConfigMapRef).filter(x -> x != null).map(x -> x.getName()).toList();
            assertEquals(List.of(m.name() + "-config"), refs, overlay + ": " + m.name() + " reads its own ConfigMap");
            V1ConfigMap cm = r.find(V1ConfigMap.class, m.name() + "-config").orElseThrow();
            Map<String, Object> raw = r.raw().stream().filter(o -> "ConfigMap".equals(o.get("kind"))
                    && (m.name() + "-config").equals(KubeModels.nameOf(o))).findFirst().orElseThrow();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) raw.get("data")).entrySet()) {
                assertTrue(e.getValue() instanceof String, overlay + ": ConfigMap value of " + e.getKey() + " is not a string: " + e.getValue());
            }
            for (String key : cm.getData().keySet()) {
                assertTrue(m.knows(key) || quarkusKeys.contains(key),
                        overlay + ": " + key + " in " + m.name() + "-config is no property of " + m.name());
            }
        }
    }

    public static void restClientUrlsNameTheServiceOfTheCalledService(Rendering r) {
        String overlay = r.name();
        for (ServiceModule m : modules.values()) {
            assertEquals(m.registeredClients(), m.configuredClients(),
                    m.name() + ": the REST clients in the code and in application.properties differ");
            Map<String, String> config = r.find(V1ConfigMap.class, m.name() + "-config").orElseThrow().getData();
            for (String client : m.configuredClients()) {
                String key = "quarkus.rest-client." + client + ".url";
                String url = config.get(key);
                assertNotNull(url, overlay + ": " + m.name() + "-config must set " + key + " (the default is localhost)");
                URI uri = URI.create(url);
                String host = uri.getHost();
                String serviceName = host.split("\\.")[0];
                if (host.contains(".")) {
                    assertTrue(host.equals(serviceName + "." + r.namespace()) || host.startsWith(serviceName + "." + r.namespace() + ".svc"),
                            overlay + ": " + url + " names another namespace");
                }
                V1Service s = r.find(V1Service.class, serviceName)
                        .orElseThrow(() -> new AssertionError(overlay + ": " + url + " names no Service"));
                int port = uri.getPort() < 0 ? 80 : uri.getPort();
                assertTrue(s.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port), overlay + ": Service " + serviceName + " has no port " + port);
                String called = client.replaceFirst("-client$", "");
                assertEquals(List.of(called), selectedBy(r, s.getSpec().getSelector()).stream().map(Rendering.Workload::name).toList(),
                        overlay + ": " + m.name() + "'s " + client + " must reach " + called);
            }
        }
    }

    public static void databaseCredentialsComeFromASecret(Rendering r) {
        String overlay = r.name();
        for (String service : modules.keySet()) {
            V1Container c = container(r.workload(service));
            for (String variable : List.of("SASIL_DB_HOST", "SASIL_DB_PORT", "SASIL_DB_NAME", "SASIL_DB_USER", "SASIL_DB_PASSWORD")) {
                V1EnvVar env = c.getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst()
                        .orElseThrow(() -> new AssertionError(overlay + ": " + service + " lacks " + variable));
                assertTrue(env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null,
                        overlay + ": " + service + " " + variable + " is not from a Secret");
            }
        }
        for (Rendering.Workload w : r.workloads()) {
            for (V1EnvVar env : container(w).getEnv() == null ? List.<V1EnvVar>of() : container(w).getEnv()) {
                if (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
                    assertFalse(env.getName().contains("PASSWORD"), overlay + ": " + w.name() + " " + env.getName() + " is a literal");
                    continue;
                }
                String secret = env.getValueFrom().getSecretKeyRef().getName();
                String key = env.getValueFrom().getSecretKeyRef().getKey();
                var found = r.find(V1Secret.class, secret);
                if (found.isEmpty()) {
                    assertTrue(EXTERNAL_SECRETS.getOrDefault(overlay, Set.of()).contains(secret),
                            overlay + ": Secret " + secret + " is neither rendered nor documented as external");
                    assertTrue(DB_SECRET_KEYS.contains(key), overlay + ": external Secret key " + key + " is not documented");
                } else {
                    Set<String> keys = new HashSet<>();
                    if (found.get().getStringData() != null) {
                        keys.addAll(found.get().getStringData().keySet());
                    }
                    if (found.get().getData() != null) {
                        keys.addAll(found.get().getData().keySet());
                    }
                    assertTrue(keys.contains(key), overlay + ": Secret " + secret + " has no key " + key);
                }
            }
        }
    }

    /** The service's ConfigMap sets {@code quarkus.swagger-ui.enable: "false"} (the production overlay). */
    private static boolean swaggerUiOff(Rendering r, String service) {
        return r.find(io.kubernetes.client.openapi.models.V1ConfigMap.class, service + "-config")
                .map(c -> c.getData() != null && "false".equals(c.getData().get("quarkus.swagger-ui.enable")))
                .orElse(false);
    }

    public static void ingressRoutesEachApiAndEachSwaggerUi(Rendering r) {
        String overlay = r.name();
        Map<String, String> apiRoutes = new HashMap<>();
        Map<String, Set<String>> docsHosts = new HashMap<>();
        for (V1Ingress ingress : r.ingresses()) {
            for (V1IngressRule rule : ingress.getSpec().getRules()) {
                for (V1HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String service = path.getBackend().getService().getName();
                    V1Service s = r.find(V1Service.class, service)
                            .orElseThrow(() -> new AssertionError(overlay + ": Ingress backend " + service + " is no Service"));
                    var port = path.getBackend().getService().getPort();
                    assertTrue(s.getSpec().getPorts().stream().anyMatch(p -> port.getName() != null ? port.getName().equals(p.getName())
                            : port.getNumber().equals(p.getPort())), overlay + ": Ingress port " + port + " of " + service);
                    String workload = selectedBy(r, s.getSpec().getSelector()).get(0).name();
                    // the service-to-service endpoints (docs/security.md) stay inside the cluster
                    assertFalse(path.getPath().startsWith("/internal") || path.getPath().equals("/"),
                            overlay + ": the Ingress must not route " + path.getPath() + " (the /internal endpoints)");
                    if (path.getPath().startsWith("/api/")) {
                        assertEquals(null, apiRoutes.put(path.getPath(), workload), overlay + ": " + path.getPath() + " routed twice");
                    } else if (path.getPath().startsWith("/q/swagger-ui")) {
                        docsHosts.computeIfAbsent(workload, x -> new HashSet<>()).add(rule.getHost());
                    }
                }
            }
        }
        Set<String> hosts = new HashSet<>();
        for (ServiceModule m : modules.values()) {
            assertFalse(m.apiPrefixes().isEmpty(), m.name() + " has resources under /api");
            for (String prefix : m.apiPrefixes()) {
                assertEquals(m.name(), apiRoutes.get(prefix), overlay + ": " + prefix + " (a resource of " + m.name() + ") must be routed to it");
            }
            if (swaggerUiOff(r, m.name())) {
                assertFalse(docsHosts.containsKey(m.name()), overlay + ": a Swagger UI route for " + m.name()
                        + ", whose Swagger UI is off");
                continue;
            }
            assertTrue(docsHosts.containsKey(m.name()), overlay + ": no Swagger UI route for " + m.name());
            for (String host : docsHosts.get(m.name())) {
                assertTrue(hosts.add(host), overlay + ": host " + host + " serves two Swagger UIs");
            }
        }
        Set<String> served = new HashSet<>();
        modules.values().forEach(m -> served.addAll(m.apiPrefixes()));
        assertEquals(served, apiRoutes.keySet(), overlay + ": every routed /api prefix is served");
    }

    /** The calls the code makes (REST client keys) and the database, from every workload to every other, on every port, and no other. */
    public static void networkPoliciesAllowTheCallsTheCodeMakesAndNoOther(Rendering r) {
        String overlay = r.name();
        NetworkPolicies policies = new NetworkPolicies(r.networkPolicies());
        Set<String> databases = new HashSet<>();
        for (Rendering.Workload w : r.workloads()) {
            if (!modules.containsKey(w.name())) {
                databases.add(w.name());
            }
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Rendering.Workload from : r.workloads()) {
            for (Rendering.Workload to : r.workloads()) {
                if (from == to) {
                    continue;
                }
                boolean expected = modules.containsKey(from.name()) && (modules.get(from.name()).calls().contains(to.name())
                        || databases.contains(to.name()));
                for (V1ContainerPort port : container(to).getPorts()) {
                    boolean allowed = policies.allows(endpoint(r, from), endpoint(r, to), port.getContainerPort(), "TCP");
                    checked++;
                    if (allowed != expected) {
                        wrong.add(from.name() + " → " + to.name() + ":" + port.getContainerPort() + (allowed ? " allowed" : " denied"));
                    }
                }
            }
        }
        assertTrue(checked >= modules.size() * (modules.size() - 1), "pairs checked: " + checked);
        assertTrue(wrong.isEmpty(), overlay + ": " + wrong);
        for (String service : modules.keySet()) {
            NetworkPolicies.Endpoint pod = endpoint(r, r.workload(service));
            int port = container(r.workload(service)).getPorts().get(0).getContainerPort();
            var controller = NetworkPolicies.Endpoint.pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of());
            var stranger = NetworkPolicies.Endpoint.pod("elsewhere", Map.of("app.kubernetes.io/name", "ingestion"), Map.of());
            assertTrue(policies.allows(controller, pod, port, "TCP"), overlay + ": the ingress controller cannot reach " + service);
            var prometheus = NetworkPolicies.Endpoint.pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"), Map.of());
            assertTrue(policies.allows(prometheus, pod, port, "TCP"), overlay + ": Prometheus cannot scrape " + service);
            var otherMonitoringPod = NetworkPolicies.Endpoint.pod("monitoring", Map.of("app.kubernetes.io/name", "grafana"), Map.of());
            assertFalse(policies.allows(otherMonitoringPod, pod, port, "TCP"), overlay + ": any pod of monitoring reaches " + service);
            assertFalse(policies.allows(stranger, pod, port, "TCP"), overlay + ": a pod of another namespace reaches " + service);
            assertFalse(policies.allows(NetworkPolicies.Endpoint.outside(), pod, port, "TCP"), overlay + ": outside reaches " + service);
            assertFalse(policies.allows(pod, NetworkPolicies.Endpoint.outside(), 443, "TCP"), overlay + ": " + service + " reaches outside on 443");
            var dns = NetworkPolicies.Endpoint.pod("kube-system", Map.of("k8s-app", "kube-dns"), Map.of());
            assertTrue(policies.allows(pod, dns, 53, "UDP"), overlay + ": " + service + " cannot resolve names");
            if (databases.isEmpty()) {
                assertTrue(policies.allows(pod, NetworkPolicies.Endpoint.outside(), 5432, "TCP"),
                        overlay + ": " + service + " cannot reach the external PostgreSQL");
            } else {
                assertFalse(policies.allows(pod, NetworkPolicies.Endpoint.outside(), 5432, "TCP"),
                        overlay + ": " + service + " reaches a PostgreSQL outside the overlay");
            }
        }
    }

    /** Rolling out must not kill a pod mid-shutdown: preStop, then Quarkus's shutdown (≤ 10 s), within the grace period. */
    public static void podsShutDownGracefullyAndSpreadAcrossNodes(Rendering r) {
        String overlay = r.name();
        for (String service : modules.keySet()) {
            Rendering.Workload w = r.workload(service);
            var spec = w.template().getSpec();
            V1Container c = container(w);
            assertTrue(c.getLifecycle() != null && c.getLifecycle().getPreStop() != null
                    && c.getLifecycle().getPreStop().getExec() != null, overlay + ": " + service + " has a preStop sleep");
            List<String> command = c.getLifecycle().getPreStop().getExec().getCommand();
            assertEquals("sleep", command.get(0), overlay + ": " + service + " preStop");
            int preStop = Integer.parseInt(command.get(1));
            assertTrue(spec.getTerminationGracePeriodSeconds() != null
                    && spec.getTerminationGracePeriodSeconds() >= preStop + 10, overlay + ": " + service
                    + " terminationGracePeriodSeconds covers preStop and the 10 s shutdown");
            assertTrue(spec.getTopologySpreadConstraints() != null && spec.getTopologySpreadConstraints().stream()
                    .anyMatch(t -> t.getTopologyKey().equals("kubernetes.io/hostname")
                            && NetworkPolicies.matches(t.getLabelSelector(), w.template().getMetadata().getLabels())),
                    overlay + ": " + service + " spreads across nodes");
        }
    }

    public static void productionRunsTwoOrMoreReplicasWithAutoscalersAndBudgets(Rendering r) {
        String overlay = r.name();
        assertTrue(r.all(V1StatefulSet.class).isEmpty(), "production brings no database");
        assertTrue(r.secrets().isEmpty(), "production commits no Secret");
        for (String service : modules.keySet()) {
            Rendering.Workload w = r.workload(service);
            assertEquals(null, w.replicas(), service + ": replicas are left to the HorizontalPodAutoscaler");
            var hpa = r.autoscalers().stream().filter(h -> h.getSpec().getScaleTargetRef().getName().equals(service)).toList();
            assertEquals(1, hpa.size(), "one HorizontalPodAutoscaler for " + service);
            assertEquals("Deployment", hpa.get(0).getSpec().getScaleTargetRef().getKind());
            assertEquals("apps/v1", hpa.get(0).getSpec().getScaleTargetRef().getApiVersion());
            assertTrue(hpa.get(0).getSpec().getMinReplicas() >= 2, service + " HPA minReplicas");
            assertTrue(hpa.get(0).getSpec().getMaxReplicas() >= hpa.get(0).getSpec().getMinReplicas(), service + " HPA maxReplicas");
            var budgets = r.disruptionBudgets().stream()
                    .filter(b -> NetworkPolicies.matches(b.getSpec().getSelector(), w.template().getMetadata().getLabels())).toList();
            assertEquals(1, budgets.size(), "one PodDisruptionBudget for " + service);
            assertTrue(budgets.get(0).getSpec().getMinAvailable() != null || budgets.get(0).getSpec().getMaxUnavailable() != null);
            String image = container(w).getImage();
            assertTrue(image.matches("[a-z0-9.-]+\\.[a-z]{2,}(:[0-9]+)?/[a-z0-9._/-]+@sha256:[0-9a-f]{64}"),
                    service + " image " + image + " is not from a registry by digest (name@sha256:…, no tag)");
        }
    }

    /**
     * Every service's pods are scraped by a PodMonitor, on a named container port whose number the
     * NetworkPolicies open to Prometheus, at the path where the service serves its metrics.
     */
    public static void aPodMonitorScrapesEveryServiceThroughTheNetworkPolicies(Rendering r) {
        String overlay = r.name();
        List<PodMonitor> monitors = r.all(PodMonitor.class);
        assertFalse(monitors.isEmpty(), overlay + ": no PodMonitor");
        NetworkPolicies policies = new NetworkPolicies(r.networkPolicies());
        var prometheus = NetworkPolicies.Endpoint.pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"), Map.of());
        for (String service : modules.keySet()) {
            Rendering.Workload w = r.workload(service);
            List<PodMonitor> scraping = monitors.stream().filter(m -> m.namespaceSelector().isEmpty()
                    && NetworkPolicies.matches(m.selector(), w.template().getMetadata().getLabels())).toList();
            assertEquals(1, scraping.size(), overlay + ": PodMonitors selecting " + service);
            for (PodMonitor.Endpoint e : scraping.get(0).endpoints()) {
                assertNotNull(e.port(), overlay + ": a PodMonitor endpoint names its port");
                Integer port = containerPort(w, new IntOrString(e.port()));
                assertNotNull(port, overlay + ": " + service + " has no container port named " + e.port());
                assertEquals(metricsPath(modules.get(service)), e.path(), overlay + ": metrics path of " + service);
                assertTrue(policies.allows(prometheus, endpoint(r, w), port, "TCP"),
                        overlay + ": the NetworkPolicies keep Prometheus from " + service + ":" + port);
            }
        }
    }

    /** Where a service serves Prometheus metrics: Quarkus's non-application root and the micrometer path. */
    private static String metricsPath(ServiceModule m) {
        String root = m.properties().getOrDefault("quarkus.http.non-application-root-path", "q");
        String path = m.properties().getOrDefault("quarkus.micrometer.export.prometheus.path", "metrics");
        return path.startsWith("/") ? path : "/" + root.replaceAll("^/|/$", "") + "/" + path;
    }

    /**
     * The database connections production may open at most (per service: pool size × the autoscaler's
     * maxReplicas, summed) are the figure docs/operations.md sizes PostgreSQL's max_connections by.
     */
    public static void productionConnectionBudgetIsTheDocumentedOne(Rendering r) throws IOException {
        int total = 0;
        StringBuilder sum = new StringBuilder();
        for (String service : modules.keySet()) {
            int pool = Integer.parseInt(effectiveConfig(r, modules.get(service)).getOrDefault("quarkus.datasource.jdbc.max-size", "20"));
            int max = r.autoscalers().stream().filter(h -> h.getSpec().getScaleTargetRef().getName().equals(service))
                    .findFirst().orElseThrow().getSpec().getMaxReplicas();
            total += pool * max;
            sum.append(sum.length() == 0 ? "" : " + ").append(service).append(' ').append(pool).append(" × ").append(max);
        }
        String docs = java.nio.file.Files.readString(Project.root().resolve("docs/operations.md"));
        int section = docs.indexOf("## Connection budget");
        assertTrue(section >= 0, "docs/operations.md has a Connection budget section");
        String budget = docs.substring(section);
        assertTrue(budget.contains("**" + total + "**"), "docs/operations.md's connection budget must state the production "
                + "total **" + total + "** (" + sum + ")");
    }

    public static void devRunsOneReplicaAgainstAnInClusterPostgresql(Rendering r) {
        String overlay = r.name();
        for (String service : modules.keySet()) {
            assertEquals(1, r.workload(service).replicas(), service + " replicas");
        }
        assertTrue(r.autoscalers().isEmpty() && r.disruptionBudgets().isEmpty(), "dev has no HPA or PDB");
        V1StatefulSet db = r.all(V1StatefulSet.class).stream().findFirst().orElseThrow(() -> new AssertionError("no database StatefulSet"));
        var claims = db.getSpec().getVolumeClaimTemplates();
        assertTrue(claims != null && !claims.isEmpty(), "the database has a volume");
        assertTrue(container(r.workload(db.getMetadata().getName())).getVolumeMounts().stream()
                .anyMatch(m -> m.getName().equals(claims.get(0).getMetadata().getName())), "the volume is mounted");
        V1Secret secret = r.find(V1Secret.class, "sasil-db").orElseThrow();
        assertEquals(DB_SECRET_KEYS, secret.getStringData().keySet());
        V1Service dbService = r.find(V1Service.class, secret.getStringData().get("host"))
                .orElseThrow(() -> new AssertionError("the Secret's host is no Service"));
        assertEquals(db.getMetadata().getName(), selectedBy(r, dbService.getSpec().getSelector()).get(0).name());
        int port = Integer.parseInt(secret.getStringData().get("port"));
        assertTrue(dbService.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port), "the Secret's port is the Service's");
        assertEquals(db.getMetadata().getName(), db.getSpec().getServiceName(), "StatefulSet serviceName");
    }

    private static Map<String, String> effectiveConfig(Rendering r, ServiceModule m) {
        Map<String, String> config = new HashMap<>(m.properties());
        config.putAll(r.find(V1ConfigMap.class, m.name() + "-config").orElseThrow().getData());
        return config;
    }

    private static List<Rendering.Workload> selectedBy(Rendering r, Map<String, String> selector) {
        if (selector == null || selector.isEmpty()) {
            fail("a Service without selector");
        }
        return r.workloads().stream().filter(w -> w.template().getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
    }

    private static List<Rendering.Workload> selectedBy(Rendering r, io.kubernetes.client.openapi.models.V1LabelSelector selector) {
        return r.workloads().stream().filter(w -> NetworkPolicies.matches(selector, w.template().getMetadata().getLabels())).toList();
    }

    private static V1Container container(Rendering.Workload w) {
        assertEquals(1, w.template().getSpec().getContainers().size(), w.name() + " has one container");
        return w.template().getSpec().getContainers().get(0);
    }

    private static Integer containerPort(Rendering.Workload w, IntOrString port) {
        for (V1Container c : w.template().getSpec().getContainers()) {
            for (V1ContainerPort p : c.getPorts() == null ? List.<V1ContainerPort>of() : c.getPorts()) {
                if (port.isInteger() ? p.getContainerPort().equals(port.getIntValue()) : port.getStrValue().equals(p.getName())) {
                    return p.getContainerPort();
                }
            }
        }
        return null;
    }

    private static NetworkPolicies.Endpoint endpoint(Rendering r, Rendering.Workload w) {
        Map<String, Integer> named = new HashMap<>();
        for (V1ContainerPort p : container(w).getPorts()) {
            if (p.getName() != null) {
                named.put(p.getName(), p.getContainerPort());
            }
        }
        return NetworkPolicies.Endpoint.pod(r.namespace(), w.template().getMetadata().getLabels(), named);
    }

}
