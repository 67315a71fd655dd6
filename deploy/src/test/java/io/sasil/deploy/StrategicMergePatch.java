package io.sasil.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of Kubernetes strategic merge patch that kustomize applies for this suite's overlays:
 * maps merge recursively; a {@code null} value deletes the key; lists whose field has a patch merge
 * key in the Kubernetes API ({@code containers}, {@code initContainers}, {@code volumes}, {@code env}
 * by {@code name}; {@code volumeMounts} by {@code mountPath}; container {@code ports} by
 * {@code containerPort}) merge item by item on that key, patch items that match nothing being
 * appended; every other list is replaced whole. Directives ({@code $patch}, {@code $retainKeys},
 * {@code $setElementOrder/...}) are not supported and fail, so a patch never means something else
 * here than in kustomize.
 */
public final class StrategicMergePatch {

    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "volumes", "name",
            "env", "name",
            "volumeMounts", "mountPath",
            "ports", "containerPort");

    private StrategicMergePatch() {
    }

    /** {@code target} with {@code patch} applied, as a new tree (neither argument is changed). */
    public static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        return mergeMaps(target, patch, "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeMaps(Map<String, Object> target, Map<String, Object> patch, String path) {
        Map<String, Object> result = (Map<String, Object>) Yamls.deepCopy(target, path);
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("$")) {
                throw new ManifestException("strategic merge directive " + key + " at " + path + " is not supported");
            }
            Object value = e.getValue();
            Object current = result.get(key);
            if (value == null) {
                result.remove(key);
            } else if (value instanceof Map<?, ?> map && current instanceof Map<?, ?> currentMap) {
                result.put(key, mergeMaps((Map<String, Object>) currentMap, (Map<String, Object>) map, path + "/" + key));
            } else if (value instanceof List<?> list && current instanceof List<?> currentList
                    && MERGE_KEYS.containsKey(key) && isListOfMaps(list) && isListOfMaps(currentList)) {
                result.put(key, mergeLists((List<Object>) currentList, (List<Object>) list, MERGE_KEYS.get(key),
                        path + "/" + key));
            } else {
                result.put(key, Yamls.deepCopy(value, path));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeLists(List<Object> target, List<Object> patch, String mergeKey, String path) {
        List<Object> result = new ArrayList<>();
        for (Object item : target) {
            result.add(Yamls.deepCopy(item, path));
        }
        for (Object patchItem : patch) {
            Map<String, Object> patchMap = (Map<String, Object>) patchItem;
            Object keyValue = patchMap.get(mergeKey);
            if (keyValue == null) {
                throw new ManifestException("patch item at " + path + " lacks its merge key " + mergeKey);
            }
            int index = -1;
            for (int i = 0; i < result.size(); i++) {
                if (keyValue.equals(((Map<String, Object>) result.get(i)).get(mergeKey))) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                result.add(Yamls.deepCopy(patchMap, path));
            } else {
                result.set(index, mergeMaps((Map<String, Object>) result.get(index), patchMap,
                        path + "[" + mergeKey + "=" + keyValue + "]"));
            }
        }
        return result;
    }

    private static boolean isListOfMaps(List<?> list) {
        return list.stream().allMatch(item -> item instanceof Map);
    }

    /** An empty, mutable map (for callers building patches in code). */
    public static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }
}
