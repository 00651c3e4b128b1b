package org.patternboard.exporters.cloudformation.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Values;

/**
 * Property values of one component or connection: what the design set, else the Well-Architected default
 * (see {@link SafeDefaults}), else the catalog's (AWS's) default, so defaults live in the data files and are
 * never restated in code. Both exporters read properties through this class, so they agree by construction.
 */
public final class Props {
    private final Map<String, Object> values;
    private final List<PropertySpec> specs;
    private final Map<String, SafeDefaults.Entry> safe;

    public Props(Map<String, Object> values, List<PropertySpec> specs) {
        this(values, specs, Map.of());
    }

    /** @param safe Well-Architected values for unset properties (see {@link SafeDefaults}) */
    public Props(Map<String, Object> values, List<PropertySpec> specs, Map<String, SafeDefaults.Entry> safe) {
        this.values = values;
        this.specs = specs;
        this.safe = safe;
    }

    /** Whether the user set the property (as opposed to it having a default). */
    public boolean isSet(String id) {
        return values.get(id) != null;
    }

    /**
     * Set in the design or given a Well-Architected default: generated CDK code states it; a plain AWS default
     * is left to the CDK, which keeps the code short.
     */
    public boolean isExplicit(String id) {
        return isSet(id) || safe.containsKey(id);
    }

    public Optional<PropertySpec> spec(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The value the user set, else the Well-Architected default, else the catalog default, else null. */
    public Object value(String id) {
        Object v = values.get(id);
        if (v != null) {
            return v;
        }
        SafeDefaults.Entry s = safe.get(id);
        if (s != null) {
            return s.value();
        }
        return spec(id).map(PropertySpec::defaultValue).orElse(null);
    }

    public String string(String id) {
        Object v = value(id);
        return v == null ? null : String.valueOf(v);
    }

    /** The value, or {@code otherwise} when unset or blank. */
    public String string(String id, String otherwise) {
        String v = string(id);
        return v == null || v.isBlank() ? otherwise : v;
    }

    public Long integer(String id) {
        Object v = value(id);
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return Values.asLong(v);
    }

    public long integer(String id, long otherwise) {
        Long v = integer(id);
        return v == null ? otherwise : v;
    }

    public Boolean bool(String id) {
        Object v = value(id);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return Boolean.parseBoolean(s);
        }
        return null;
    }

    public boolean bool(String id, boolean otherwise) {
        Boolean v = bool(id);
        return v == null ? otherwise : v;
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String id) {
        Object v = value(id);
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** A list of strings, blanks dropped. */
    public List<String> strings(String id) {
        return list(id).stream().map(String::valueOf).filter(x -> !x.isBlank()).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String id) {
        Object v = value(id);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
