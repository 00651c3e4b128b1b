package org.patternboard.model.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One typed, documented property of a component type or connection. Limits and {@link #defaultValue()} are
 * AWS's own. Where AWS's default conflicts with Well-Architected, {@link #patternboardDefault()} is the value
 * Patternboard uses instead; {@link #effectiveDefault()} is what an unset property is, for the inspector, the
 * rules and both exporters alike. {@link #onExport()} is a value an exporter fills in when the design leaves a
 * property without any default empty (a DynamoDB partition key), so the inspector can say so. A
 * {@link #required()} property has neither: the design must set it, and {@link #example()} is the value a quick
 * fix offers.
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
        boolean required,
        Preset patternboardDefault,
        Preset onExport,
        Object example) {

    /** A value Patternboard chose, and why; an on-export value may be null when the export derives it. */
    public record Preset(Object value, String why) {
        public Preset {
            why = why == null ? "" : why;
        }
    }

    /** Where the value of an unset property comes from. */
    public enum DefaultSource {
        /** Patternboard's Well-Architected value overrides AWS's. */
        PATTERNBOARD,
        /** AWS's own default. */
        AWS,
        /** Neither has one: the property is simply absent. */
        NONE
    }

    /** A spec without Patternboard presets. */
    public PropertySpec(String id, PropertyType type, String description, Object defaultValue, Long min, Long max,
            String unit, List<String> values, List<String> deprecated, boolean required) {
        this(id, type, description, defaultValue, min, max, unit, values, deprecated, required, null, null, null);
    }

    public PropertySpec {
        values = values == null ? List.of() : List.copyOf(values);
        deprecated = deprecated == null ? List.of() : List.copyOf(deprecated);
        description = description == null ? "" : description;
    }

    /** Whether AWS has a default (see {@link #effectiveDefault()} for what applies). */
    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** What an unset property is: Patternboard's default if there is one, else AWS's, else null. */
    public Object effectiveDefault() {
        return patternboardDefault != null ? patternboardDefault.value() : defaultValue;
    }

    /** Which default {@link #effectiveDefault()} is. */
    public DefaultSource defaultSource() {
        if (patternboardDefault != null) {
            return DefaultSource.PATTERNBOARD;
        }
        return defaultValue != null ? DefaultSource.AWS : DefaultSource.NONE;
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

    /** The value as JSON, as the user wrote it (never a Java {@code toString} of a map or list), cut short. */
    private static String describe(Object value) {
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            json = "a value of another kind";
        }
        return json.length() <= MAX_DESCRIBED ? json : json.substring(0, MAX_DESCRIBED) + "…";
    }

    private static final int MAX_DESCRIBED = 40;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
}
