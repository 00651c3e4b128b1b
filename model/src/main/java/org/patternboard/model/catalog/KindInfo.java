package org.patternboard.model.catalog;

import java.util.List;

/** Documentation and common properties of a connection kind. */
public record KindInfo(ConnectionKind kind, String description, boolean synchronous, List<PropertySpec> properties) {
    public KindInfo {
        properties = List.copyOf(properties);
    }
}
