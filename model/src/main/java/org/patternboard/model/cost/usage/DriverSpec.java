package org.patternboard.model.cost.usage;

import java.util.List;
import java.util.Map;

/**
 * How one usage driver gets its value (see {@code patternboard/cost/usage-drivers.json}): a product of other
 * drivers and constants, or a component property read through {@code map}/{@code else}/{@code count}/
 * {@code present}/{@code divide}/{@code plus}, or a default. The component's {@code usage} object overrides all.
 *
 * @param product terms (driver names as String, constants as Double), or null
 * @param map property value (as text) to number, or empty
 * @param orElse the number for a property value {@code map} does not list, or null to read the value itself
 */
public record DriverSpec(
        String name,
        List<Object> product,
        String property,
        Map<String, Double> map,
        Double orElse,
        boolean count,
        boolean present,
        double divide,
        double plus,
        Object defaultValue,
        String unit,
        String description) {

    public DriverSpec {
        product = product == null ? null : List.copyOf(product);
        map = map == null ? Map.of() : Map.copyOf(map);
    }

}
