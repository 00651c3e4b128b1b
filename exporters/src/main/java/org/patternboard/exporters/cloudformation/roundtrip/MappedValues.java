package org.patternboard.exporters.cloudformation.roundtrip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.mapping.ResourceMapping;

/**
 * The design values a resource's properties give through its mapping, keeping only those the component type
 * accepts. The importer fills components with them; the save-back reads them again to see what the user changed.
 */
public final class MappedValues {
    private MappedValues() {
    }

    /** @param rejected told (property id, reason) for every value that does not fit the type */
    public static Map<String, Object> read(ComponentType type, ResourceMapping mapping, Map<String, Object> properties,
            BiConsumer<String, String> rejected) {
        Map<String, Object> out = new LinkedHashMap<>();
        mapping.read(properties).forEach((id, value) -> {
            Optional<PropertySpec> spec = type.property(id);
            Optional<String> problem = spec.flatMap(s -> s.check(value));
            if (spec.isEmpty() || problem.isPresent()) {
                rejected.accept(id, problem.orElse("'" + id + "' is unknown"));
            } else {
                out.put(id, value);
            }
        });
        return out;
    }
}
