package org.patternboard.model.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One typed, documented property of a component type or connection.
 * Limits and defaults are AWS's own, so an unset property means "AWS default".
 */
public record PropertySpec(
        String id,
        PropertyType type,
        String description,
        Object defaultValue,
        Long min,
        Long max,
        String unit,
        List<String> values,
        List<String> deprecated,
        boolean required) {

    public PropertySpec {
        values = values == null ? List.of() : List.copyOf(values);
        deprecated = deprecated == null ? List.of() : List.copyOf(deprecated);
        description = description == null ? "" : description;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /**
     * Checks a value against this spec.
     *
     * @return a message that names the property and the rule it breaks, or empty when the value is fine
     */
    public Optional<String> check(Object value) {
        if (value == null) {
            return required ? Optional.of("'" + id + "' is required") : Optional.empty();
        }
        switch (type) {
            case STRING:
                return value instanceof String ? Optional.empty() : wrongType(value, "text");
            case BOOL:
                return value instanceof Boolean ? Optional.empty() : wrongType(value, "true or false");
            case INT, DURATION, SIZE: {
                if (!(value instanceof Long)) {
                    return wrongType(value, "a whole number");
                }
                long v = (Long) value;
                if (min != null && v < min) {
                    return Optional.of("'" + id + "' is " + v + withUnit() + " but must be at least " + min + withUnit());
                }
                if (max != null && v > max) {
                    return Optional.of("'" + id + "' is " + v + withUnit() + " but must be at most " + max + withUnit());
                }
                return Optional.empty();
            }
            case ENUM:
                if (!(value instanceof String) || !values.contains(value)) {
                    return Optional.of("'" + id + "' is " + describe(value) + " but must be one of " + String.join(", ", values));
                }
                return Optional.empty();
            case LIST:
                return value instanceof List ? Optional.empty() : wrongType(value, "a list");
            case MAP:
                return value instanceof Map ? Optional.empty() : wrongType(value, "a map");
            case JSON:
            default:
                return Optional.empty();
        }
    }

    private String withUnit() {
        return unit == null ? "" : " " + unit;
    }

    private Optional<String> wrongType(Object value, String expected) {
        return Optional.of("'" + id + "' is " + describe(value) + " but must be " + expected);
    }

    private static String describe(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
