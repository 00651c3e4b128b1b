package org.patternboard.exporters.cloudformation.core;

import java.util.Objects;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.mapping.PropertyMapping;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.design.Component;

/**
 * Writes design properties that map one to one (catalog {@code "mappings"}) into a resource: the value is what
 * {@link Props} gives (the user's value, else the Well-Architected default, else the catalog default), read as the
 * property's type, converted and put at the mapped path. The emitter names the properties where it wants them,
 * so the template keeps its readable order; derived values stay in the emitter's own code.
 */
public final class MappedProperties {
    private MappedProperties() {
    }

    /** Puts each named property at its mapped path of {@code r}, in the order given; unset values are left out. */
    public static void emit(Component c, Resource r, Props p,
            ExportContext ctx, String... propertyIds) {
        ResourceMapping mapping = ctx.catalog().mappingOf(c.type(), r.type()).orElseThrow(() -> new IllegalStateException(
                "no mapping of " + c.type() + " to " + r.type() + " in the catalog"));
        for (String id : propertyIds) {
            PropertyMapping pm = mapping.property(id).orElseThrow(() -> new IllegalStateException(
                    c.type() + " maps no property '" + id + "' to " + r.type()));
            Object value = exported(pm, p);
            if (value != null) {
                mapping.write(r.properties(), pm, value);
            }
        }
    }

    /**
     * The design value the export writes for a mapped property, or null when it writes none (unset, or the
     * default of a property the export leaves out at its default). The CDK writer states the same value.
     */
    public static Object exported(PropertyMapping pm, Props p) {
        Object value = value(p, pm.property());
        return value == null || (pm.omitDefault() && isDefault(p, pm.property(), value)) ? null : value;
    }

    /** The value as the emitters read it: numbers as longs, booleans as booleans, text as strings. */
    public static Object value(Props p, String id) {
        PropertySpec spec = p.spec(id).orElseThrow(() -> new IllegalStateException("no property '" + id + "'"));
        return switch (spec.type()) {
            case INT, DURATION, SIZE -> p.integer(id);
            case BOOL -> p.bool(id);
            case STRING, ENUM -> p.string(id);
            case LIST, MAP, JSON -> p.value(id);
        };
    }

    private static boolean isDefault(Props p, String id, Object value) {
        Object d = p.spec(id).map(PropertySpec::defaultValue).orElse(null);
        if (d instanceof Number n && value instanceof Number v) {
            return n.longValue() == v.longValue();
        }
        return d != null && Objects.equals(String.valueOf(d), String.valueOf(value));
    }
}
