package io.sasil.deploy;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kustomization rendered by {@link Kustomize} and parsed strictly by {@link KubeModels}: the raw
 * trees (for checks on YAML types, e.g. ConfigMap values that must be strings) and the typed objects.
 */
public record Rendering(String name, List<Map<String, Object>> raw, List<KubernetesObject> objects) {

    /** A workload: a Deployment or StatefulSet, by name, with its selector and pod template. */
    public record Workload(String kind, String name, Integer replicas, V1LabelSelector selector, V1PodTemplateSpec template) {
    }

    /** Renders and parses the kustomization in {@code dir}. */
    public static Rendering of(Path dir, String name) {
        List<Map<String, Object>> raw = Kustomize.render(dir);
        List<KubernetesObject> objects = new ArrayList<>();
        for (Map<String, Object> object : raw) {
            objects.add(KubeModels.parse(object, name));
        }
        return new Rendering(name, raw, objects);
    }

    public <T extends KubernetesObject> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends KubernetesObject> Optional<T> find(Class<T> type, String objectName) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(objectName)).findFirst();
    }

    public List<V1Deployment> deployments() {
        return all(V1Deployment.class);
    }

    public List<V1Service> services() {
        return all(V1Service.class);
    }

    public List<V1ConfigMap> configMaps() {
        return all(V1ConfigMap.class);
    }

    public List<V1Secret> secrets() {
        return all(V1Secret.class);
    }

    public List<V1Ingress> ingresses() {
        return all(V1Ingress.class);
    }

    public List<V1NetworkPolicy> networkPolicies() {
        return all(V1NetworkPolicy.class);
    }

    public List<V2HorizontalPodAutoscaler> autoscalers() {
        return all(V2HorizontalPodAutoscaler.class);
    }

    public List<V1PodDisruptionBudget> disruptionBudgets() {
        return all(V1PodDisruptionBudget.class);
    }

    /** Deployments and StatefulSets. */
    public List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        for (V1Deployment d : deployments()) {
            workloads.add(new Workload("Deployment", d.getMetadata().getName(), d.getSpec().getReplicas(),
                    d.getSpec().getSelector(), d.getSpec().getTemplate()));
        }
        for (V1StatefulSet s : all(V1StatefulSet.class)) {
            workloads.add(new Workload("StatefulSet", s.getMetadata().getName(), s.getSpec().getReplicas(),
                    s.getSpec().getSelector(), s.getSpec().getTemplate()));
        }
        return workloads;
    }

    public Workload workload(String workloadName) {
        return workloads().stream().filter(w -> w.name().equals(workloadName)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no workload " + workloadName));
    }

    /** The namespace every object was put in. */
    public String namespace() {
        return objects.get(0).getMetadata().getNamespace();
    }
}
