package org.patternboard.model.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.design.Values;

/**
 * Something a user may choose when inserting a block. A parameter acts in one of two ways:
 * <ul>
 * <li>{@code bindings}: the value is written into properties of the block's components or connections
 * (for example a function's memory size);</li>
 * <li>{@code units} (whole-number parameters only): the block holds {@code default} copies of a group of
 * elements, one list of ids per copy; a smaller value drops trailing copies, a larger one repeats the last
 * copy (for example the number of consumers of a fan-out).</li>
 * </ul>
 *
 * @param type one of {@code int}, {@code bool}, {@code string}, {@code enum}
 */
public record BlockParameter(
        String id,
        String name,
        String type,
        Object defaultValue,
        Long min,
        Long max,
        List<String> values,
        String description,
        List<Binding> bindings,
        List<List<String>> units) {

    public static final List<String> TYPES = List.of("int", "bool", "string", "enum");

    /** One property that receives the parameter's value: {@code element} is a component or connection id. */
    public record Binding(String element, String property) {
    }

    public BlockParameter {
        values = values == null ? List.of() : List.copyOf(values);
        bindings = bindings == null ? List.of() : List.copyOf(bindings);
        List<List<String>> u = new ArrayList<>();
        if (units != null) {
            units.forEach(list -> u.add(List.copyOf(list)));
        }
        units = List.copyOf(u);
        description = description == null ? "" : description;
        defaultValue = Values.freeze(defaultValue);
    }

    public boolean replicates() {
        return !units.isEmpty();
    }

    /**
     * Checks a value a user chose.
     *
     * @return why the value does not fit, or empty when it does
     */
    public Optional<String> check(Object value) {
        Object v = Values.freeze(value);
        if (v == null) {
            return Optional.of(name + ": a value is required");
        }
        switch (type) {
            case "int": {
                Long n = v instanceof Long l ? l : null;
                if (n == null) {
                    return Optional.of(name + ": " + v + " is not a whole number");
                }
                if (min != null && n < min) {
                    return Optional.of(name + ": " + n + " is below the minimum of " + min);
                }
                if (max != null && n > max) {
                    return Optional.of(name + ": " + n + " is above the maximum of " + max);
                }
                return Optional.empty();
            }
            case "bool":
                return v instanceof Boolean ? Optional.empty() : Optional.of(name + ": must be true or false");
            case "string":
                return v instanceof String ? Optional.empty() : Optional.of(name + ": must be text");
            case "enum":
                return values.contains(v) ? Optional.empty()
                        : Optional.of(name + ": " + v + " is not one of " + String.join(", ", values));
            default:
                return Optional.of(name + ": unknown parameter type '" + type + "'");
        }
    }

    @SuppressWarnings("unchecked")
    static BlockParameter from(Object node, String blockId) {
        if (!(node instanceof Map<?, ?> raw)) {
            throw new BlockFormatException("block '" + blockId + "': a parameter must be an object");
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        String id = BlockMetadata.requiredString(m, "id", blockId + " parameter");
        String where = blockId + " parameter '" + id + "'";
        List<Binding> bindings = new ArrayList<>();
        for (Object b : BlockMetadata.list(m, "bindings", where)) {
            if (!(b instanceof Map<?, ?> bm)) {
                throw new BlockFormatException(where + ": a binding must be an object");
            }
            Map<String, Object> bmap = (Map<String, Object>) bm;
            bindings.add(new Binding(BlockMetadata.requiredString(bmap, "element", where + " binding"),
                    BlockMetadata.requiredString(bmap, "property", where + " binding")));
        }
        List<List<String>> units = new ArrayList<>();
        for (Object unit : BlockMetadata.list(m, "units", where)) {
            if (!(unit instanceof List<?> ids)) {
                throw new BlockFormatException(where + ": each unit must be a list of element ids");
            }
            units.add(ids.stream().map(String::valueOf).toList());
        }
        return new BlockParameter(id,
                BlockMetadata.requiredString(m, "name", where),
                BlockMetadata.requiredString(m, "type", where),
                m.get("default"),
                Values.asLong(m.get("min")),
                Values.asLong(m.get("max")),
                BlockMetadata.strings(m, "values", where),
                m.get("description") instanceof String s ? s : "",
                bindings,
                units);
    }
}
