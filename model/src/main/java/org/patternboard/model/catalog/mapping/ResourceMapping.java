package org.patternboard.model.catalog.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A curated type's property knowledge for one CloudFormation resource type, read both ways: the importer reads
 * design properties out of a resource's {@code Properties}, and the exporters write them in. Only one-to-one
 * properties are mapped; derived wiring (IAM, defaults from connections) stays in the exporters' code.
 *
 * @param when property values a resource must have to be this type (e.g. {@code ProtocolType: WEBSOCKET}), so two
 *             curated types sharing one CloudFormation type are told apart
 */
public record ResourceMapping(String componentType, String resourceType, Map<String, Object> when,
        List<PropertyMapping> properties) {

    public ResourceMapping {
        Objects.requireNonNull(componentType, "componentType");
        Objects.requireNonNull(resourceType, "resourceType");
        when = when == null ? Map.of() : Map.copyOf(when);
        properties = List.copyOf(properties);
    }

    public Optional<PropertyMapping> property(String id) {
        return properties.stream().filter(p -> p.property().equals(id)).findFirst();
    }

    /** Whether a resource of {@link #resourceType} with these properties is of this mapping's component type. */
    public boolean matches(Map<String, Object> cfnProperties) {
        for (Map.Entry<String, Object> e : when.entrySet()) {
            Object actual = cfnProperties == null ? null : get(cfnProperties, List.of(e.getKey().split("\\.")));
            if (!Objects.equals(String.valueOf(e.getValue()), String.valueOf(actual))) {
                return false;
            }
        }
        return true;
    }

    /** The design properties a resource's {@code Properties} hold, in mapping order; values that do not convert are left out. */
    public Map<String, Object> read(Map<String, Object> cfnProperties) {
        Map<String, Object> design = new LinkedHashMap<>();
        if (cfnProperties == null) {
            return design;
        }
        for (PropertyMapping p : properties) {
            read(p, cfnProperties).ifPresent(v -> design.put(p.property(), v));
        }
        return design;
    }

    public Optional<Object> read(PropertyMapping p, Map<String, Object> cfnProperties) {
        Object raw = get(cfnProperties, p.path());
        return raw == null ? Optional.empty() : p.conversion().read(raw);
    }

    /**
     * Writes one design value into mutable {@code Properties} (intermediate maps are created); null removes the path,
     * and parents left empty by that are removed too.
     */
    public void write(Map<String, Object> cfnProperties, PropertyMapping p, Object designValue) {
        Object v = p.conversion().write(designValue);
        if (v == null) {
            remove(cfnProperties, p.path(), 0);
        } else {
            put(cfnProperties, p.path(), v);
        }
    }

    /** Writes every design value that is set, in mapping order, into mutable {@code Properties}. */
    public void writeAll(Map<String, Object> cfnProperties, Map<String, Object> design) {
        for (PropertyMapping p : properties) {
            Object v = design.get(p.property());
            if (v != null) {
                write(cfnProperties, p, v);
            }
        }
    }

    static Object get(Map<String, Object> root, List<String> path) {
        Object node = root;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<String> path, Object value) {
        Map<String, Object> node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object child = node.get(path.get(i));
            if (!(child instanceof Map<?, ?>)) {
                child = new LinkedHashMap<String, Object>();
                node.put(path.get(i), child);
            } else if (!(child instanceof LinkedHashMap<?, ?>)) {
                child = new LinkedHashMap<>((Map<String, Object>) child);
                node.put(path.get(i), child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(path.get(path.size() - 1), value);
    }

    @SuppressWarnings("unchecked")
    private static boolean remove(Map<String, Object> node, List<String> path, int depth) {
        String key = path.get(depth);
        if (depth == path.size() - 1) {
            node.remove(key);
        } else if (node.get(key) instanceof Map<?, ?> child) {
            Map<String, Object> mutable = child instanceof LinkedHashMap<?, ?> ? (Map<String, Object>) child
                    : new LinkedHashMap<>((Map<String, Object>) child);
            node.put(key, mutable);
            if (remove(mutable, path, depth + 1)) {
                node.remove(key);
            }
        }
        return node.isEmpty();
    }

    /** The design property ids this mapping covers. */
    public List<String> propertyIds() {
        List<String> ids = new ArrayList<>();
        properties.forEach(p -> ids.add(p.property()));
        return ids;
    }
}
