package io.sasil.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset of kustomize that
 * {@code deploy/k8s} uses (so the checks need no binary; where {@code kubectl} is installed,
 * {@code KustomizeTest} compares the two renderings):
 * <ul>
 *   <li>{@code resources}: YAML files (every document) and directories holding a
 *       {@code kustomization.yaml}, rendered first, in order; two objects with the same
 *       kind, namespace and name fail;</li>
 *   <li>{@code namespace}: set on every object that is not cluster-scoped (Namespace);</li>
 *   <li>{@code patches}: {@code path} to a strategic merge patch, applied to the object of the same
 *       kind and name, or with {@code target} ({@code kind} and optionally {@code name}) to every
 *       matching object; a patch that matches nothing fails;</li>
 *   <li>{@code images}: {@code name} with {@code newName}, {@code newTag} and/or {@code digest},
 *       applied to containers and init containers of workloads;</li>
 *   <li>{@code components}: directories holding a {@code kustomization.yaml} of
 *       {@code kind: Component} ({@code kustomize.config.k8s.io/v1alpha1}) with {@code resources},
 *       {@code patches} and {@code images}: after the kustomization's own resources, each component
 *       adds its resources and applies its patches and images to everything so far; then the
 *       kustomization's namespace, patches and images apply.</li>
 * </ul>
 * Any other kustomization field fails, as does a kustomization that includes itself.
 */
public final class Kustomize {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "patches", "images",
            "components");
    private static final Set<String> COMPONENT_FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomize() {
    }

    /** The objects of the kustomization in {@code dir}, in kustomize's input order. */
    public static List<Map<String, Object>> render(Path dir) {
        return render(dir.toAbsolutePath().normalize(), new ArrayDeque<>());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> render(Path dir, Deque<Path> stack) {
        if (stack.contains(dir)) {
            throw new ManifestException("kustomization cycle: " + stack + " → " + dir);
        }
        if (stack.size() > 20) {
            throw new ManifestException("kustomizations nested deeper than 20 at " + dir);
        }
        stack.push(dir);
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new ManifestException(dir + ": no kustomization.yaml");
        }
        List<Map<String, Object>> docs = Yamls.loadAll(file);
        if (docs.size() != 1) {
            throw new ManifestException(file + ": expected one document");
        }
        Map<String, Object> k = docs.get(0);
        for (String field : k.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new ManifestException(file + ": kustomization field " + field + " is not supported");
            }
        }
        if (!"kustomize.config.k8s.io/v1beta1".equals(k.get("apiVersion")) || !"Kustomization".equals(k.get("kind"))) {
            throw new ManifestException(file + ": expected apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        addResources(objects, k, dir, file, stack);
        for (Object entry : list(k, "components", file)) {
            applyComponent(objects, dir.resolve((String) entry).normalize(), file, stack);
        }
        if (k.get("namespace") instanceof String namespace) {
            for (Map<String, Object> object : objects) {
                if (!CLUSTER_SCOPED.contains(object.get("kind"))) {
                    metadata(object).put("namespace", namespace);
                }
            }
        } else if (k.containsKey("namespace")) {
            throw new ManifestException(file + ": namespace must be a string");
        }
        applyPatchesAndImages(objects, k, dir, file);
        stack.pop();
        return objects;
    }

    private static void addResources(List<Map<String, Object>> objects, Map<String, Object> k, Path dir, Path file,
            Deque<Path> stack) {
        for (Object entry : list(k, "resources", file)) {
            Path resource = dir.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                addAll(objects, render(resource, stack), file);
            } else if (Files.isRegularFile(resource)) {
                addAll(objects, Yamls.loadAll(resource), file);
            } else {
                throw new ManifestException(file + ": resource " + entry + " does not exist");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void applyPatchesAndImages(List<Map<String, Object>> objects, Map<String, Object> k, Path dir, Path file) {
        for (Object entry : list(k, "patches", file)) {
            applyPatch(objects, (Map<String, Object>) entry, dir, file);
        }
        for (Object entry : list(k, "images", file)) {
            Map<String, Object> image = (Map<String, Object>) entry;
            for (Map<String, Object> object : objects) {
                Images.apply(object, image, file.toString());
            }
        }
    }

    /** A {@code kind: Component} directory applied to the objects of the kustomization that names it. */
    private static void applyComponent(List<Map<String, Object>> objects, Path dir, Path including, Deque<Path> stack) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new ManifestException(including + ": component " + dir + " has no kustomization.yaml");
        }
        if (stack.contains(dir)) {
            throw new ManifestException("kustomization cycle: " + stack + " → " + dir);
        }
        List<Map<String, Object>> docs = Yamls.loadAll(file);
        if (docs.size() != 1) {
            throw new ManifestException(file + ": expected one document");
        }
        Map<String, Object> c = docs.get(0);
        if (!"kustomize.config.k8s.io/v1alpha1".equals(c.get("apiVersion")) || !"Component".equals(c.get("kind"))) {
            throw new ManifestException(file + ": a component needs apiVersion kustomize.config.k8s.io/v1alpha1, kind Component");
        }
        for (String field : c.keySet()) {
            if (!COMPONENT_FIELDS.contains(field)) {
                throw new ManifestException(file + ": component field " + field + " is not supported");
            }
        }
        stack.push(dir);
        addResources(objects, c, dir, file, stack);
        applyPatchesAndImages(objects, c, dir, file);
        stack.pop();
    }

    @SuppressWarnings("unchecked")
    private static void applyPatch(List<Map<String, Object>> objects, Map<String, Object> entry, Path dir, Path file) {
        for (String field : entry.keySet()) {
            if (!Set.of("path", "target").contains(field)) {
                throw new ManifestException(file + ": patch field " + field + " is not supported");
            }
        }
        if (!(entry.get("path") instanceof String path)) {
            throw new ManifestException(file + ": a patch needs a path");
        }
        List<Map<String, Object>> patches = Yamls.loadAll(dir.resolve(path));
        if (patches.size() != 1) {
            throw new ManifestException(file + ": patch " + path + " must hold one document");
        }
        Map<String, Object> patch = patches.get(0);
        Map<String, Object> target = (Map<String, Object>) entry.get("target");
        String kind = target != null ? (String) target.get("kind") : (String) patch.get("kind");
        String name = target != null ? (String) target.get("name") : KubeModels.nameOf(patch);
        if (target != null && !Set.of("kind", "name").containsAll(target.keySet())) {
            throw new ManifestException(file + ": patch target supports kind and name only: " + target.keySet());
        }
        // kustomize keeps the target's name: the patch's own name is ignored when a target is given
        Map<String, Object> body = new java.util.LinkedHashMap<>(patch);
        if (target != null && body.get("metadata") instanceof Map<?, ?> md) {
            Map<String, Object> m = new java.util.LinkedHashMap<>((Map<String, Object>) md);
            m.remove("name");
            if (m.isEmpty()) {
                body.remove("metadata");
            } else {
                body.put("metadata", m);
            }
        }
        int matched = 0;
        for (int i = 0; i < objects.size(); i++) {
            Map<String, Object> object = objects.get(i);
            if ((kind == null || kind.equals(object.get("kind"))) && (name == null || name.equals(KubeModels.nameOf(object)))) {
                objects.set(i, StrategicMergePatch.apply(object, body));
                matched++;
            }
        }
        if (matched == 0) {
            throw new ManifestException(file + ": patch " + path + " matches no object (" + kind + " " + name + ")");
        }
    }

    private static void addAll(List<Map<String, Object>> objects, List<Map<String, Object>> more, Path file) {
        for (Map<String, Object> object : more) {
            for (Map<String, Object> existing : objects) {
                if (id(existing).equals(id(object))) {
                    throw new ManifestException(file + ": " + id(object) + " is defined twice");
                }
            }
            objects.add(object);
        }
    }

    /** kind/namespace/name of an object. */
    public static String id(Map<String, Object> object) {
        Object namespace = object.get("metadata") instanceof Map<?, ?> m ? m.get("namespace") : null;
        return object.get("kind") + "/" + (namespace == null ? "" : namespace) + "/" + KubeModels.nameOf(object);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.computeIfAbsent("metadata", x -> new java.util.LinkedHashMap<>());
    }

    private static List<?> list(Map<String, Object> k, String field, Path file) {
        Object value = k.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ManifestException(file + ": " + field + " must be a list");
        }
        return list;
    }
}
