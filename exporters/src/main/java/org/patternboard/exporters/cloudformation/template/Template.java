package org.patternboard.exporters.cloudformation.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The template being built. Sections are sorted by logical id when written, so the output does not
 * depend on the order the emitters ran in, and related resources ({@code Orders}, {@code OrdersRole})
 * sit next to each other.
 */
public final class Template {
    public static final String FORMAT_VERSION = "2010-09-09";
    /** CloudFormation's limit on outputs: a larger design keeps the first ones by name. */
    public static final int MAX_OUTPUTS = 200;

    private String description = "";
    private final java.util.Set<String> transforms = new java.util.TreeSet<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> parameters = new TreeMap<>();
    private final Map<String, Map<String, Object>> rules = new TreeMap<>();
    private final Map<String, Resource> resources = new TreeMap<>();
    private final Map<String, Map<String, Object>> outputs = new TreeMap<>();

    public void description(String text) {
        this.description = text;
    }

    /** Declares a macro the template needs, e.g. the Secrets Manager transform for hosted rotation. */
    public void transform(String name) {
        transforms.add(name);
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    public Resource add(String logicalId, String type) {
        Resource r = new Resource(logicalId, type);
        if (resources.putIfAbsent(logicalId, r) != null) {
            throw new IllegalStateException("logical id used twice: " + logicalId);
        }
        return r;
    }

    public Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    public Map<String, Resource> resources() {
        return resources;
    }

    public boolean hasParameter(String name) {
        return parameters.containsKey(name);
    }

    public void parameter(String name, Map<String, Object> definition) {
        parameters.putIfAbsent(name, definition);
    }

    /** A rule CloudFormation checks before it creates anything; the first definition of a name stays. */
    public void rule(String name, Map<String, Object> definition) {
        rules.putIfAbsent(name, definition);
    }

    public Map<String, Map<String, Object>> rules() {
        return rules;
    }

    public void output(String name, Map<String, Object> definition) {
        if (outputs.putIfAbsent(name, definition) != null) {
            throw new IllegalStateException("output used twice: " + name);
        }
    }

    public Map<String, Map<String, Object>> outputs() {
        return outputs;
    }

    /** The whole template as ordered maps and lists, ready for Jackson. */
    public Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("AWSTemplateFormatVersion", FORMAT_VERSION);
        tree.put("Description", description);
        if (!metadata.isEmpty()) {
            tree.put("Metadata", metadata);
        }
        if (!parameters.isEmpty()) {
            tree.put("Parameters", new LinkedHashMap<>(parameters));
        }
        if (!rules.isEmpty()) {
            tree.put("Rules", new LinkedHashMap<>(rules));
        }
        if (!transforms.isEmpty()) {
            tree.put("Transform", transforms.size() == 1 ? transforms.iterator().next() : List.copyOf(transforms));
        }
        Map<String, Object> res = new LinkedHashMap<>();
        resources.forEach((id, r) -> res.put(id, r.toTree()));
        tree.put("Resources", res);
        if (!outputs.isEmpty()) {
            Map<String, Object> kept = new LinkedHashMap<>();
            outputs.forEach((name, output) -> {
                if (kept.size() < MAX_OUTPUTS) {
                    kept.put(name, output);
                }
            });
            tree.put("Outputs", kept);
        }
        return tree;
    }
}
