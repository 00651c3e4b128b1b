package org.patternboard.model.catalog.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.PropertyType;
import org.patternboard.model.design.Values;

/**
 * Turns a CloudFormation value into a design value and back. A value that does not convert (an intrinsic such as
 * {@code !Ref MemoryParam}, a string where a number belongs) is not read: it stays in the template as written.
 *
 * <p>Conversions are data: {@code "values": {"ACTIVE": "Active"}} is a table from design value to CloudFormation
 * value; {@code "scale": 60} means one design unit is 60 CloudFormation units; {@code "listItem": true} means the
 * design scalar is the single item of a CloudFormation list (Lambda's {@code Architectures: [arm64]});
 * {@code "numberAsString": true} means CloudFormation wants a number spelled as a string (ECS {@code Cpu: "256"});
 * otherwise the value passes as is, checked against the design property's type. Options combine: the table or
 * scale applies first, then the string spelling, then the list.
 */
public final class ValueConversion {
    private final PropertyType type;
    private final Map<String, Object> toCfn;
    private final long scale;
    private final List<String> enumValues;
    private final boolean listItem;
    private final boolean numberAsString;

    public ValueConversion(PropertyType type, Map<String, Object> toCfn, long scale) {
        this(type, toCfn, scale, List.of());
    }

    /** @param enumValues the design property's allowed values (an enum's), checked on read */
    public ValueConversion(PropertyType type, Map<String, Object> toCfn, long scale, List<String> enumValues) {
        this(type, toCfn, scale, enumValues, false, false);
    }

    /**
     * @param listItem       the design value is the only item of a CloudFormation list
     * @param numberAsString a design number is written as a string (and read from one, as always)
     */
    public ValueConversion(PropertyType type, Map<String, Object> toCfn, long scale, List<String> enumValues,
            boolean listItem, boolean numberAsString) {
        this.listItem = listItem;
        this.numberAsString = numberAsString;
        this.enumValues = List.copyOf(enumValues);
        this.type = Objects.requireNonNull(type);
        this.toCfn = toCfn == null ? Map.of() : Map.copyOf(toCfn);
        this.scale = scale <= 0 ? 1 : scale;
    }

    public static ValueConversion identity(PropertySpec spec) {
        return new ValueConversion(spec.type(), Map.of(), 1, spec.values());
    }

    /** The design value for a CloudFormation value, or empty when it does not convert. */
    public Optional<Object> read(Object cfn) {
        if (listItem) {
            // a list of two architectures is not one design value: it stays in the template as written
            return cfn instanceof List<?> l && l.size() == 1 ? readItem(l.get(0)) : Optional.empty();
        }
        return readItem(cfn);
    }

    private Optional<Object> readItem(Object cfn) {
        if (cfn == null || isIntrinsic(cfn)) {
            return Optional.empty();
        }
        if (!toCfn.isEmpty()) {
            for (Map.Entry<String, Object> e : toCfn.entrySet()) {
                if (sameScalar(e.getValue(), cfn)) {
                    return Optional.of(designKey(e.getKey()));
                }
            }
            return Optional.empty();
        }
        return switch (type) {
            case INT, DURATION, SIZE -> integer(cfn).filter(v -> v % scale == 0).map(v -> (Object) (v / scale));
            case BOOL -> bool(cfn);
            case STRING -> cfn instanceof String s ? Optional.of(s) : Optional.empty();
            // a value the catalog does not know (a newer runtime, a typo) stays in the template as written
            case ENUM -> cfn instanceof String s && (enumValues.isEmpty() || enumValues.contains(s))
                    ? Optional.of(s) : Optional.empty();
            case LIST -> cfn instanceof List<?> l && !containsIntrinsic(l) ? Optional.of(Values.freeze(l)) : Optional.empty();
            case MAP -> cfn instanceof Map<?, ?> m && !containsIntrinsic(m) ? Optional.of(Values.freeze(m)) : Optional.empty();
            case JSON -> Optional.of(Values.freeze(cfn));
        };
    }

    /** The CloudFormation value for a design value; null stays null (the property is left out). */
    public Object write(Object design) {
        if (design == null) {
            return null;
        }
        Object v = writeItem(design);
        if (numberAsString && v instanceof Number n) {
            v = String.valueOf(n.longValue());
        }
        return listItem ? List.of(v) : v;
    }

    private Object writeItem(Object design) {
        if (!toCfn.isEmpty()) {
            Object v = toCfn.get(String.valueOf(design));
            return v != null ? v : design;
        }
        if ((type == PropertyType.INT || type == PropertyType.DURATION || type == PropertyType.SIZE) && scale != 1) {
            Long v = Values.asLong(design);
            return v == null ? design : v * scale;
        }
        return design;
    }

    /** Design enum values this conversion names (empty when it passes values through). */
    public Map<String, Object> table() {
        return new LinkedHashMap<>(toCfn);
    }

    public long scale() {
        return scale;
    }

    /** Whether the design value is the single item of a CloudFormation list. */
    public boolean listItem() {
        return listItem;
    }

    /** Whether a design number is written as a string. */
    public boolean numberAsString() {
        return numberAsString;
    }

    /** A table's key as a design value of the property's type: {@code "true"} of a bool table is {@code true}. */
    private Object designKey(String key) {
        return switch (type) {
            case BOOL -> Boolean.parseBoolean(key);
            case INT, DURATION, SIZE -> Long.parseLong(key);
            default -> key;
        };
    }

    private static Optional<Long> integer(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return Optional.of(((Number) v).longValue());
        }
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 9.0e15) {
            return Optional.of(d.longValue());
        }
        // CloudFormation accepts "30" for an integer property; the template keeps its spelling unless edited
        if (v instanceof String s && s.trim().matches("-?[0-9]{1,18}")) {
            return Optional.of(Long.parseLong(s.trim()));
        }
        return Optional.empty();
    }

    private static Optional<Object> bool(Object v) {
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.parseBoolean(s));
        }
        return Optional.empty();
    }

    private static boolean sameScalar(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b) || (a != null && b instanceof String && String.valueOf(a).equals(b));
    }

    /** Whether a value is a CloudFormation intrinsic function call: {@code {"Ref": ...}}, {@code {"Fn::...": ...}}. */
    public static boolean isIntrinsic(Object v) {
        if (v instanceof Map<?, ?> m && m.size() == 1) {
            String key = String.valueOf(m.keySet().iterator().next());
            return key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition");
        }
        return false;
    }

    private static boolean containsIntrinsic(Object v) {
        if (isIntrinsic(v)) {
            return true;
        }
        if (v instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(ValueConversion::containsIntrinsic);
        }
        if (v instanceof List<?> l) {
            return l.stream().anyMatch(ValueConversion::containsIntrinsic);
        }
        return false;
    }
}
