package org.patternboard.model.catalog;

import java.util.List;

/** One legal (source type, kind, target type) triple, with the properties such a connection may carry. */
public record ConnectionRule(String from, ConnectionKind kind, String to, boolean isDefault, List<PropertySpec> properties,
        List<org.patternboard.model.catalog.mapping.ResourceMapping> mappings) {
    public ConnectionRule {
        properties = List.copyOf(properties);
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
    }

    public ConnectionRule(String from, ConnectionKind kind, String to, boolean isDefault, List<PropertySpec> properties) {
        this(from, kind, to, isDefault, properties, List.of());
    }

    /**
     * How the connection's properties sit in the resource that links the two ends (an event source mapping's
     * {@code BatchSize} …), for the resource type given; the same mapping reads a SAM event's properties.
     */
    public java.util.Optional<org.patternboard.model.catalog.mapping.ResourceMapping> mappingFor(String resourceType) {
        return mappings.stream().filter(m -> m.resourceType().equals(resourceType)).findFirst();
    }
}
