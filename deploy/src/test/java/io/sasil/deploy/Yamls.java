package io.sasil.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads Kubernetes YAML strictly: every document of a multi-document file must be a mapping, duplicate
 * keys fail (Kubernetes would silently keep the last one), empty documents (a leading {@code ---}) are
 * skipped, and only the safe YAML types (maps, lists, strings, numbers, booleans, null) are built.
 */
public final class Yamls {

    private Yamls() {
    }

    /** All non-empty documents of {@code file}, in order, as mutable maps. */
    public static List<Map<String, Object>> loadAll(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return loadAll(reader, file.toString());
        } catch (IOException e) {
            throw new ManifestException(file + ": " + e.getMessage(), e);
        }
    }

    /** All non-empty documents of {@code text}; {@code origin} names it in errors. */
    public static List<Map<String, Object>> loadAll(String text, String origin) {
        return loadAll(new java.io.StringReader(text), origin);
    }

    private static List<Map<String, Object>> loadAll(Reader reader, String origin) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try {
            int index = 0;
            for (Object document : yaml().loadAll(reader)) {
                index++;
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map<?, ?> map)) {
                    throw new ManifestException(origin + ": document " + index + " is not a mapping");
                }
                documents.add(mutableMap(map, origin));
            }
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new ManifestException(origin + ": " + e.getMessage(), e);
        }
        return documents;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        return new Yaml(new SafeConstructor(options));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutableMap(Map<?, ?> map, String origin) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new ManifestException(origin + ": key " + e.getKey() + " is not a string");
            }
            copy.put(key, deepCopy(e.getValue(), origin));
        }
        return copy;
    }

    /** A deep, mutable copy of a YAML tree. */
    public static Object deepCopy(Object value, String origin) {
        if (value instanceof Map<?, ?> map) {
            return mutableMap(map, origin);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(deepCopy(item, origin));
            }
            return copy;
        }
        return value;
    }
}
