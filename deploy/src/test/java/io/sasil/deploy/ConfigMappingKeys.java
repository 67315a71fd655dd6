package io.sasil.deploy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property names a service's code reads, from its source text: every
 * {@code @ConfigProperty(name = "…")}, and for a {@code @ConfigMapping(prefix = "p")} interface
 * {@code p.<method>} for each abstract method, its name in kebab case as SmallRye Config maps it
 * ({@code maxTextBytes} → {@code max-text-bytes}); a method returning an interface declared in the
 * same file is a group, whose methods are read under {@code p.<method>.} (one file deep, no cycles).
 * Methods with {@code @WithName} use that name.
 */
public final class ConfigMappingKeys {

    private static final Pattern PROPERTY = Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]{1,200})\"");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]{1,200})\"");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w{1,100})");
    private static final Pattern METHOD = Pattern.compile("^\\s*([\\w.]{1,100}(?:<[\\w.<>, ?]{0,200}>)?)\\s+(\\w{1,100})\\(\\);");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\s*\\(\\s*\"([^\"]{1,200})\"");

    private ConfigMappingKeys() {
    }

    /** The keys {@code source} reads. */
    public static Set<String> of(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher p = PROPERTY.matcher(source);
        while (p.find()) {
            keys.add(p.group(1));
        }
        Matcher m = MAPPING.matcher(source);
        if (!m.find()) {
            return keys;
        }
        String prefix = m.group(1);
        // interface name -> methods (return type, property name), in declaration order
        Map<String, List<String[]>> interfaces = new LinkedHashMap<>();
        Deque<String> open = new ArrayDeque<>();
        Deque<Integer> openDepth = new ArrayDeque<>();
        int depth = 0;
        String withName = null;
        for (String line : source.split("\n")) {
            Matcher i = INTERFACE.matcher(line);
            if (i.find() && line.contains("{")) {
                open.push(i.group(1));
                openDepth.push(depth + 1);
                interfaces.put(i.group(1), new ArrayList<>());
            }
            Matcher w = WITH_NAME.matcher(line);
            if (w.find()) {
                withName = w.group(1);
            }
            Matcher method = METHOD.matcher(line);
            if (method.find() && !open.isEmpty() && depth == openDepth.peek()) {
                String name = withName != null ? withName : kebab(method.group(2));
                interfaces.get(open.peek()).add(new String[] {method.group(1), name});
                withName = null;
            }
            for (char c : line.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (!openDepth.isEmpty() && depth < openDepth.peek()) {
                        open.pop();
                        openDepth.pop();
                    }
                }
            }
        }
        if (!interfaces.isEmpty()) {
            collect(interfaces, interfaces.keySet().iterator().next(), prefix, keys, 0);
        }
        return keys;
    }

    private static void collect(Map<String, List<String[]>> interfaces, String name, String prefix, Set<String> keys, int depth) {
        if (depth > 5) {
            return;
        }
        for (String[] method : interfaces.getOrDefault(name, List.of())) {
            String type = method[0].replaceFirst("^Optional<(.*)>$", "$1");
            if (interfaces.containsKey(type) && !type.equals(name)) {
                collect(interfaces, type, prefix + "." + method[1], keys, depth + 1);
            } else {
                keys.add(prefix + "." + method[1]);
            }
        }
    }

    /** {@code maxTextBytes} → {@code max-text-bytes}. */
    public static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
