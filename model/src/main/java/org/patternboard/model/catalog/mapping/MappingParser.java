package org.patternboard.model.catalog.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.PropertyType;

/**
 * Reads a type's {@code "mappings"} from its catalog file:
 * <pre>
 * "mappings": [{"resourceType": "AWS::Lambda::Function",
 *               "properties": {"memorySize": "MemorySize",
 *                              "tracing": {"path": "TracingConfig.Mode", "values": {"ACTIVE": "Active"}}}}]
 * </pre>
 * A property given as a string is the path; an object adds a value table ({@code values}) or a {@code scale}.
 * Mistakes in the data fail loudly at load, naming the file, the type and the property.
 */
public final class MappingParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MappingParser() {
    }

    public static List<ResourceMapping> parse(ComponentType type, JsonNode array, String file) {
        List<ResourceMapping> result = new ArrayList<>();
        for (JsonNode m : array) {
            String where = file + " " + type.id() + " mapping";
            String resourceType = m.path("resourceType").asText(type.cloudFormationType() == null ? "" : type.cloudFormationType());
            if (resourceType.isEmpty()) {
                throw new IllegalStateException(where + ": no resourceType");
            }
            Map<String, Object> when = new LinkedHashMap<>();
            m.path("when").fields().forEachRemaining(e -> when.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
            List<PropertyMapping> properties = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = m.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                PropertySpec spec = type.property(e.getKey()).orElseThrow(() -> new IllegalStateException(
                        where + " " + resourceType + ": '" + e.getKey() + "' is not a property of the type"));
                properties.add(property(spec, e.getValue(), where + " " + resourceType));
            }
            result.add(new ResourceMapping(type.id(), resourceType, when, properties));
        }
        return result;
    }

    private static PropertyMapping property(PropertySpec spec, JsonNode node, String where) {
        String path = node.isTextual() ? node.asText() : node.path("path").asText("");
        if (path.isBlank()) {
            throw new IllegalStateException(where + ": '" + spec.id() + "' has no path");
        }
        Map<String, Object> table = new LinkedHashMap<>();
        node.path("values").fields().forEachRemaining(e -> table.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
        if (spec.type() == PropertyType.ENUM) {
            for (String k : table.keySet()) {
                if (!spec.values().contains(k)) {
                    throw new IllegalStateException(where + ": '" + spec.id() + "' maps '" + k + "', which is not one of its values");
                }
            }
        }
        long scale = node.path("scale").asLong(1);
        return new PropertyMapping(spec.id(), Arrays.asList(path.split("\\.")), new ValueConversion(spec.type(), table, scale, spec.values()));
    }
}
