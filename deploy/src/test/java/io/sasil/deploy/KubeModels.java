package io.sasil.deploy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Parses a manifest into the typed models of {@code io.kubernetes:client-java} (Kubernetes 1.32 API)
 * strictly: the {@code apiVersion}/{@code kind} pair must be one this suite uses and that a current
 * API server serves (removed versions such as {@code extensions/v1beta1} or {@code autoscaling/v2beta2}
 * fail with the release that removed them); then the model's generated {@code validateJsonElement}
 * rejects, at every depth, fields the API does not define and missing required fields; then Gson
 * builds the typed object. {@code metadata.name} is required for every kind. The Prometheus
 * Operator's PodMonitor, which has no model there, is parsed by {@link PodMonitor}.
 */
public final class KubeModels {

    private static final Map<String, Class<? extends KubernetesObject>> TYPES = Map.ofEntries(
            Map.entry("v1/ConfigMap", V1ConfigMap.class),
            Map.entry("v1/Secret", V1Secret.class),
            Map.entry("v1/Service", V1Service.class),
            Map.entry("v1/Namespace", V1Namespace.class),
            Map.entry("apps/v1/Deployment", V1Deployment.class),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet.class),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class));

    /** API groups/versions no longer served, with the Kubernetes release that removed them. */
    private static final Map<String, String> REMOVED = Map.ofEntries(
            Map.entry("extensions/v1beta1", "1.16 (workloads) and 1.22 (Ingress)"),
            Map.entry("apps/v1beta1", "1.16"),
            Map.entry("apps/v1beta2", "1.16"),
            Map.entry("networking.k8s.io/v1beta1", "1.22"),
            Map.entry("policy/v1beta1", "1.25"),
            Map.entry("autoscaling/v2beta1", "1.25"),
            Map.entry("autoscaling/v2beta2", "1.26"));

    private static final Gson PLAIN = new Gson();

    private KubeModels() {
    }

    /** The typed object for {@code manifest}; {@code origin} names the file or overlay in errors. */
    public static KubernetesObject parse(Map<String, Object> manifest, String origin) {
        Object apiVersion = manifest.get("apiVersion");
        Object kind = manifest.get("kind");
        if (!(apiVersion instanceof String) || !(kind instanceof String)) {
            throw new ManifestException(origin + ": apiVersion and kind are required strings");
        }
        String where = origin + ": " + kind + " " + nameOf(manifest);
        if (REMOVED.containsKey(apiVersion)) {
            throw new ManifestException(where + ": apiVersion " + apiVersion + " was removed in Kubernetes "
                    + REMOVED.get(apiVersion));
        }
        if (PodMonitor.API_VERSION.equals(apiVersion) && PodMonitor.KIND.equals(kind)) {
            if (!(manifest.get("metadata") instanceof Map<?, ?> metadata) || !(metadata.get("name") instanceof String)) {
                throw new ManifestException(where + ": metadata.name is required");
            }
            return PodMonitor.parse(manifest, where);
        }
        Class<? extends KubernetesObject> type = TYPES.get(apiVersion + "/" + kind);
        if (type == null) {
            throw new ManifestException(where + ": unknown apiVersion/kind " + apiVersion + "/" + kind);
        }
        if (!(manifest.get("metadata") instanceof Map<?, ?> metadata) || !(metadata.get("name") instanceof String)) {
            throw new ManifestException(where + ": metadata.name is required");
        }
        JsonElement json = PLAIN.toJsonTree(manifest);
        try {
            Method validate = type.getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, json);
        } catch (InvocationTargetException e) {
            throw new ManifestException(where + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        try {
            return JSON.getGson().fromJson(json, type);
        } catch (RuntimeException e) {
            throw new ManifestException(where + ": " + e.getMessage(), e);
        }
    }

    /** {@code metadata.name}, or {@code "?"} when absent. */
    public static String nameOf(Map<String, Object> manifest) {
        return manifest.get("metadata") instanceof Map<?, ?> m && m.get("name") instanceof String s ? s : "?";
    }
}
