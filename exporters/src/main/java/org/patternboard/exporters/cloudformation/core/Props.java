package org.patternboard.exporters.cloudformation.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Values;

/**
 * Property values of one component or connection: what the design set, else the spec's effective default
 * ({@link PropertySpec#effectiveDefault()}: Patternboard's Well-Architected value, else AWS's), so defaults
 * live in the catalog's data files and are never restated in code. Both exporters and the rules read unset
 * properties through that one method, so they agree by construction.
 */
public final class Props {
    private final Map<String, Object> values;
    private final List<PropertySpec> specs;

    public Props(Map<String, Object> values, List<PropertySpec> specs) {
        this.values = values;
        this.specs = specs;
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
        return isSet(id) || spec(id).map(s -> s.patternboardDefault() != null).orElse(false);
    }

    public Optional<PropertySpec> spec(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The value the user set, else the effective default (Patternboard's, else AWS's), else null. */
    public Object value(String id) {
        Object v = values.get(id);
        if (v != null) {
            return v;
        }
        return spec(id).map(PropertySpec::effectiveDefault).orElse(null);
    }

    /**
     * The text the export writes for a property it cannot leave empty: the value, else the catalog's
     * {@code onExport} value when unset or blank (the inspector shows it as "set on export").
     */
    public String exported(String id) {
        String v = string(id);
        if (v != null && !v.isBlank()) {
            return v;
        }
        return spec(id).map(PropertySpec::onExport).map(o -> String.valueOf(o.value()))
                .orElseThrow(() -> new IllegalStateException("property '" + id + "' has no onExport value in the catalog"));
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
