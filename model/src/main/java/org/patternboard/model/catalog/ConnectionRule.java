package org.patternboard.model.catalog;

import java.util.List;

/** One legal (source type, kind, target type) triple, with the properties such a connection may carry. */
public record ConnectionRule(String from, ConnectionKind kind, String to, boolean isDefault, List<PropertySpec> properties) {
    public ConnectionRule {
        properties = List.copyOf(properties);
    }
}
