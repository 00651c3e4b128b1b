package org.patternboard.exporters.cloudformation.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One resource of the template while it is being built. Emitters fill {@link #properties()} in a readable
 * order; {@link #toTree()} writes the attributes in CloudFormation's usual order.
 */
public final class Resource {
    private final String logicalId;
    private final String type;
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> dependsOn = new ArrayList<>();
    private final List<String> optionalDependsOn = new ArrayList<>();
    private String deletionPolicy;
    private String updateReplacePolicy;

    public Resource(String logicalId, String type) {
        this.logicalId = Objects.requireNonNull(logicalId);
        this.type = Objects.requireNonNull(type);
    }

    public String logicalId() {
        return logicalId;
    }

    public String type() {
        return type;
    }

    /** The mutable, ordered property map. */
    public Map<String, Object> properties() {
        return properties;
    }

    public Resource put(String property, Object value) {
        if (value != null) {
            properties.put(property, value);
        }
        return this;
    }

    public Object get(String property) {
        return properties.get(property);
    }

    /** The list under {@code property}, created when missing (e.g. rule targets, policy statements). */
    @SuppressWarnings("unchecked")
    public List<Object> list(String property) {
        return (List<Object>) properties.computeIfAbsent(property, k -> new ArrayList<>());
    }

    /** The map under {@code property}, created when missing. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String property) {
        return (Map<String, Object>) properties.computeIfAbsent(property, k -> new LinkedHashMap<>());
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    public Resource metadata(String key, Object value) {
        metadata.put(key, value);
        return this;
    }

    /**
     * Only for ordering CloudFormation cannot infer from references (cfn-lint W3005 flags the others).
     */
    public Resource dependsOn(String otherLogicalId) {
        if (!dependsOn.contains(otherLogicalId)) {
            dependsOn.add(otherLogicalId);
        }
        return this;
    }

    /**
     * An ordering the design asks for (a connection to or from a generic resource) that may be dropped if it
     * would close a dependency cycle.
     */
    public Resource dependsOnOptionally(String otherLogicalId) {
        if (!dependsOn.contains(otherLogicalId) && !optionalDependsOn.contains(otherLogicalId)) {
            optionalDependsOn.add(otherLogicalId);
        }
        return this;
    }

    public List<String> optionalDependsOn() {
        return optionalDependsOn;
    }

    /** Sets DeletionPolicy and UpdateReplacePolicy together (cfn-lint W3011 wants both). */
    public Resource retention(String policy) {
        this.deletionPolicy = policy;
        this.updateReplacePolicy = policy;
        return this;
    }

    public Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("Type", type);
        List<String> all = new ArrayList<>(dependsOn);
        optionalDependsOn.stream().filter(d -> !all.contains(d)).forEach(all::add);
        if (!all.isEmpty()) {
            tree.put("DependsOn", all.size() == 1 ? all.get(0) : all.stream().sorted().toList());
        }
        if (!metadata.isEmpty()) {
            tree.put("Metadata", metadata);
        }
        if (deletionPolicy != null) {
            tree.put("DeletionPolicy", deletionPolicy);
            tree.put("UpdateReplacePolicy", updateReplacePolicy);
        }
        if (!properties.isEmpty()) {
            tree.put("Properties", properties);
        }
        return tree;
    }
}
