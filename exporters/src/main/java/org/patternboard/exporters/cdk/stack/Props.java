package org.patternboard.exporters.cdk.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Values;

/**
 * Effective property values of one component or connection: what the design set, else the Well-Architected
 * default the CloudFormation export also uses (see {@link SafeDefaults}), else the catalog's (AWS's) default.
 * {@link #isExplicit} tells whether a value must be written into the generated code: set in the design, or a
 * safe default; a plain AWS default is left to the CDK, which keeps the code short.
 */
public final class Props {
    private final Map<String, Object> values;
    private final List<PropertySpec> specs;
    private final Map<String, Object> safe;

    public Props(Map<String, Object> values, List<PropertySpec> specs, Map<String, Object> safe) {
        this.values = values;
        this.specs = specs;
        this.safe = safe;
    }

    /** Set in the design. */
    public boolean isSet(String id) {
        return values.get(id) != null;
    }

    /** Set in the design or given a safe default: the generated code states it. */
    public boolean isExplicit(String id) {
        return isSet(id) || safe.containsKey(id);
    }

    public Optional<PropertySpec> spec(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Object value(String id) {
        Object v = values.get(id);
        if (v != null) {
            return v;
        }
        if (safe.containsKey(id)) {
            return safe.get(id);
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

    public boolean bool(String id, boolean otherwise) {
        Object v = value(id);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return Boolean.parseBoolean(s);
        }
        return otherwise;
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String id) {
        Object v = value(id);
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** A list of strings, blanks dropped. */
    public List<String> strings(String id) {
        return list(id).stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String id) {
        Object v = value(id);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
