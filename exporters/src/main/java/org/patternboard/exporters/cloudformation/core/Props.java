package org.patternboard.exporters.cloudformation.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Values;

/**
 * Property values of one component or connection, falling back to the catalog's defaults, so defaults live
 * in one place (the catalog data) and are never restated here.
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

    public String string(String id, String otherwise) {
        String v = string(id);
        return v == null || v.isEmpty() ? otherwise : v;
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

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String id) {
        Object v = value(id);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
