package org.patternboard.model.catalog.schema;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.PropertyType;

/**
 * The typed form of a resource type without a curated component: one property spec per settable top-level
 * property of its schema (read-only ones are left out), so a generic card is edited field by field like a curated
 * one. Nested objects and mixed values are edited as JSON.
 */
public final class SchemaPropertySpecs {
    private SchemaPropertySpecs() {
    }

    public static List<PropertySpec> of(ResourceSchema schema) {
        List<PropertySpec> specs = new ArrayList<>();
        for (SchemaProperty p : schema.properties().values()) {
            if (p.readOnly()) {
                continue;
            }
            specs.add(new PropertySpec(p.name(), typeOf(p), description(schema, p), null, null, null, null,
                    p.isEnum() && p.type() == SchemaType.STRING ? p.enumValues() : List.of(), List.of(), p.required()));
        }
        return specs;
    }

    static PropertyType typeOf(SchemaProperty p) {
        return switch (p.type()) {
            case STRING -> p.isEnum() ? PropertyType.ENUM : PropertyType.STRING;
            case INTEGER -> PropertyType.INT;
            case BOOLEAN -> PropertyType.BOOL;
            case ARRAY -> p.itemType() == SchemaType.STRING && !p.isEnum() ? PropertyType.LIST : PropertyType.JSON;
            default -> PropertyType.JSON;
        };
    }

    private static String description(ResourceSchema schema, SchemaProperty p) {
        StringBuilder d = new StringBuilder("CloudFormation property ").append(p.name()).append(" of ").append(schema.typeName());
        d.append(" (").append(p.type().id());
        if (p.type() == SchemaType.ARRAY && p.itemType() != null) {
            d.append(" of ").append(p.itemType().id());
        }
        d.append(")");
        if (p.createOnly()) {
            d.append(". Changing it replaces the resource");
        }
        if (p.writeOnly()) {
            d.append(". Write-only: CloudFormation never returns it");
        }
        return d.append('.').toString();
    }
}
