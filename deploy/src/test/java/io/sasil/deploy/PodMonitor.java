package io.sasil.deploy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Prometheus Operator's {@code monitoring.coreos.com/v1} PodMonitor, which {@code client-java} has no
 * model for: parsed strictly for the fields of its CRD that this suite may use (an unknown or misspelt
 * field fails, as the API server's structural schema would prune or reject it); {@code metadata} and
 * {@code spec.selector} are validated by their {@code client-java} models.
 */
public final class PodMonitor implements KubernetesObject {

    static final String API_VERSION = "monitoring.coreos.com/v1";
    static final String KIND = "PodMonitor";

    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> SPEC = Set.of("selector", "namespaceSelector", "podMetricsEndpoints", "jobLabel",
            "podTargetLabels", "sampleLimit");
    private static final Set<String> NAMESPACE_SELECTOR = Set.of("any", "matchNames");
    private static final Set<String> ENDPOINT = Set.of("port", "portNumber", "path", "scheme", "interval", "scrapeTimeout",
            "honorLabels", "honorTimestamps", "params", "relabelings", "metricRelabelings");
    private static final Gson PLAIN = new Gson();

    /** One scrape endpoint: a named container port (or a number), a path, how often. */
    public record Endpoint(String port, Integer portNumber, String path, String interval, String scrapeTimeout) {
    }

    private final V1ObjectMeta metadata;
    private final V1LabelSelector selector;
    private final List<Endpoint> endpoints;
    private final Map<String, Object> namespaceSelector;

    private PodMonitor(V1ObjectMeta metadata, V1LabelSelector selector, List<Endpoint> endpoints,
            Map<String, Object> namespaceSelector) {
        this.metadata = metadata;
        this.selector = selector;
        this.endpoints = endpoints;
        this.namespaceSelector = namespaceSelector;
    }

    @SuppressWarnings("unchecked")
    static PodMonitor parse(Map<String, Object> manifest, String where) {
        fieldsOf(manifest, TOP, where);
        JsonElement meta = PLAIN.toJsonTree(manifest.get("metadata"));
        if (!(manifest.get("spec") instanceof Map<?, ?> specMap)) {
            throw new ManifestException(where + ": spec is required");
        }
        Map<String, Object> spec = (Map<String, Object>) specMap;
        fieldsOf(spec, SPEC, where + ": spec");
        if (!(spec.get("selector") instanceof Map<?, ?>)) {
            throw new ManifestException(where + ": spec.selector is required");
        }
        Map<String, Object> namespaceSelector = Map.of();
        if (spec.get("namespaceSelector") instanceof Map<?, ?> ns) {
            namespaceSelector = (Map<String, Object>) ns;
            fieldsOf(namespaceSelector, NAMESPACE_SELECTOR, where + ": spec.namespaceSelector");
        }
        if (!(spec.get("podMetricsEndpoints") instanceof List<?> list) || list.isEmpty()) {
            throw new ManifestException(where + ": spec.podMetricsEndpoints must list at least one endpoint");
        }
        List<Endpoint> endpoints = new java.util.ArrayList<>();
        for (Object e : list) {
            if (!(e instanceof Map<?, ?> endpoint)) {
                throw new ManifestException(where + ": a podMetricsEndpoints entry must be a mapping");
            }
            fieldsOf((Map<String, Object>) endpoint, ENDPOINT, where + ": spec.podMetricsEndpoints[]");
            endpoints.add(new Endpoint(string(endpoint.get("port"), where), endpoint.get("portNumber") instanceof Integer n ? n : null,
                    string(endpoint.get("path"), where), string(endpoint.get("interval"), where),
                    string(endpoint.get("scrapeTimeout"), where)));
        }
        JsonElement selector = PLAIN.toJsonTree(spec.get("selector"));
        try {
            V1ObjectMeta.validateJsonElement(meta);
            V1LabelSelector.validateJsonElement(selector);
        } catch (IOException | RuntimeException e) {
            throw new ManifestException(where + ": " + e.getMessage(), e);
        }
        return new PodMonitor(JSON.getGson().fromJson(meta, V1ObjectMeta.class),
                JSON.getGson().fromJson(selector, V1LabelSelector.class), List.copyOf(endpoints), namespaceSelector);
    }

    private static void fieldsOf(Map<String, Object> map, Set<String> allowed, String where) {
        for (String field : map.keySet()) {
            if (!allowed.contains(field)) {
                throw new ManifestException(where + ": field " + field + " is not a PodMonitor field this suite knows");
            }
        }
    }

    private static String string(Object value, String where) {
        if (value != null && !(value instanceof String)) {
            throw new ManifestException(where + ": " + value + " must be a string");
        }
        return (String) value;
    }

    @Override
    public V1ObjectMeta getMetadata() {
        return metadata;
    }

    @Override
    public String getApiVersion() {
        return API_VERSION;
    }

    @Override
    public String getKind() {
        return KIND;
    }

    public V1LabelSelector selector() {
        return selector;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** {@code spec.namespaceSelector}; empty means the PodMonitor's own namespace. */
    public Map<String, Object> namespaceSelector() {
        return namespaceSelector;
    }
}
