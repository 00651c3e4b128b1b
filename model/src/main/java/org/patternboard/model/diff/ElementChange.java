package org.patternboard.model.diff;

import java.util.List;

/**
 * What changed on one element present in both designs, named by its new id.
 *
 * @param properties the element's {@code properties} map, key by key
 * @param fields everything else that is not layout: name, type, parent, kind, ends, label, text …
 */
public record ElementChange(String id, List<PropertyChange> properties, List<PropertyChange> fields) {
    public ElementChange {
        properties = List.copyOf(properties);
        fields = List.copyOf(fields);
    }
}
