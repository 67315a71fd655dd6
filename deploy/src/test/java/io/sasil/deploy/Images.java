package io.sasil.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kustomize's {@code images} transformer: a container image whose name (the reference without
 * {@code :tag} or {@code @digest}; a colon in a registry host's port is part of the name) equals the
 * entry's {@code name} gets {@code newName}, {@code newTag} and {@code digest} when given; a digest
 * replaces the tag.
 */
public final class Images {

    private Images() {
    }

    /** Applies one {@code images} entry to every container of {@code object} (workloads only). */
    @SuppressWarnings("unchecked")
    public static void apply(Map<String, Object> object, Map<String, Object> entry, String origin) {
        if (!Set.of("name", "newName", "newTag", "digest").containsAll(entry.keySet()) || !(entry.get("name") instanceof String)) {
            throw new ManifestException(origin + ": images entry " + entry + " is not supported");
        }
        if (!(object.get("spec") instanceof Map<?, ?> spec) || !(spec.get("template") instanceof Map<?, ?> template)
                || !(template.get("spec") instanceof Map<?, ?> podSpec)) {
            return;
        }
        for (String field : List.of("initContainers", "containers")) {
            if (podSpec.get(field) instanceof List<?> containers) {
                for (Object c : containers) {
                    Map<String, Object> container = (Map<String, Object>) c;
                    if (container.get("image") instanceof String image) {
                        container.put("image", rewrite(image, entry));
                    }
                }
            }
        }
    }

    /** {@code image} rewritten by {@code entry}, or unchanged when its name differs. */
    public static String rewrite(String image, Map<String, Object> entry) {
        String name = image;
        String tag = null;
        String digest = null;
        int at = name.indexOf('@');
        if (at >= 0) {
            digest = name.substring(at + 1);
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        if (!name.equals(entry.get("name"))) {
            return image;
        }
        if (entry.get("newName") instanceof String newName) {
            name = newName;
        }
        if (entry.get("newTag") != null) {
            tag = String.valueOf(entry.get("newTag"));
            digest = null;
        }
        if (entry.get("digest") instanceof String newDigest) {
            digest = newDigest;
            tag = null;
        }
        return name + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }
}
