package org.patternboard.model.catalog.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One property of a CloudFormation resource type, as its provider schema declares it.
 *
 * @param itemType   the element type of an {@link SchemaType#ARRAY}, else {@code null}
 * @param enumValues the allowed values (of the property, or of an array's elements); empty if any value goes
 * @param properties the nested properties of an object (or of an array's object elements), in file order;
 *                   empty where the catalog stops descending
 */
public record SchemaProperty(String name, SchemaType type, SchemaType itemType, List<String> enumValues,
                             boolean required, boolean readOnly, boolean createOnly, boolean writeOnly,
                             Map<String, SchemaProperty> properties) {
    public SchemaProperty {
        enumValues = List.copyOf(enumValues);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    public boolean isEnum() {
        return !enumValues.isEmpty();
    }

    public Optional<SchemaProperty> property(String nestedName) {
        return Optional.ofNullable(properties.get(nestedName));
    }
}
