package org.patternboard.model.catalog.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CloudFormation resource type: its properties (ordered by name, as the catalog file keeps them) and the
 * attributes {@code Fn::GetAtt} accepts ({@code Arn}, {@code Endpoint.Address}; {@code Outputs.*} stands for
 * any name below {@code Outputs}).
 *
 * @param service the type's service in lower case ({@code ssm} for {@code AWS::SSM::Parameter})
 * @param description the first sentence of the schema's description; empty where the source has none
 */
public record ResourceSchema(String typeName, String service, String description,
                             Map<String, SchemaProperty> properties, List<String> attributes) {
    public ResourceSchema {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        attributes = List.copyOf(attributes);
    }

    /** The service of a type name: the middle segment, or the whole name for one without segments ({@code Module}). */
    public static String serviceOf(String typeName) {
        String[] parts = typeName.split("::");
        return (parts.length >= 3 ? parts[1] : parts[0]).toLowerCase(java.util.Locale.ROOT);
    }

    /** The names of the properties a template must set. */
    public List<String> required() {
        return properties.values().stream().filter(SchemaProperty::required).map(SchemaProperty::name).toList();
    }

    /** A property by name, or a nested one by dotted path ({@code Code.S3Bucket}). */
    public Optional<SchemaProperty> property(String path) {
        String[] parts = path.split("\\.");
        Optional<SchemaProperty> current = Optional.ofNullable(properties.get(parts[0]));
        for (int i = 1; i < parts.length && current.isPresent(); i++) {
            current = current.get().property(parts[i]);
        }
        return current;
    }

    public boolean hasAttribute(String name) {
        for (String attribute : attributes) {
            if (attribute.equals(name)
                    || attribute.endsWith(".*") && name.startsWith(attribute.substring(0, attribute.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
