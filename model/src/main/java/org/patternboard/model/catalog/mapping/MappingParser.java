package org.patternboard.model.catalog.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A property given as a string is the path; an object adds conversions (see {@link ValueConversion}): a value
 * table ({@code values}), a {@code scale}, {@code "listItem": true}, {@code "numberAsString": true}; and, for the
 * exporter, {@code "omitDefault": true} (see {@link PropertyMapping#omitDefault()}) and {@code "conditional": "why"}
 * (see {@link PropertyMapping#conditional()}).
 * Mistakes in the data fail loudly at load, naming the file, the type and the property.
 */
public final class MappingParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> OPTIONS = Set.of("path", "values", "scale", "listItem", "numberAsString", "omitDefault",
            "conditional", "cdk");
    private static final Set<String> CDK_OPTIONS = Set.of("set", "as", "constant", "values", "always");
    private static final Set<PropertyType> NUMBERS = Set.of(PropertyType.INT, PropertyType.DURATION, PropertyType.SIZE);

    private MappingParser() {
    }

    public static List<ResourceMapping> parse(ComponentType type, JsonNode array, String file) {
        return parse(type.id(), type::property, type.cloudFormationType(), array, file);
    }

    /**
     * Mappings of anything with properties: a component type, or a connection rule (its owner id is then the kind,
     * its properties the kind's and the rule's).
     */
    public static List<ResourceMapping> parse(String ownerId, java.util.function.Function<String, java.util.Optional<PropertySpec>> specs,
            String defaultResourceType, JsonNode array, String file) {
        List<ResourceMapping> result = new ArrayList<>();
        for (JsonNode m : array) {
            String where = file + " " + ownerId + " mapping";
            String resourceType = m.path("resourceType").asText(defaultResourceType == null ? "" : defaultResourceType);
            if (resourceType.isEmpty()) {
                throw new IllegalStateException(where + ": no resourceType");
            }
            Map<String, Object> when = new LinkedHashMap<>();
            m.path("when").fields().forEachRemaining(e -> when.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
            List<PropertyMapping> properties = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = m.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                PropertySpec spec = specs.apply(e.getKey()).orElseThrow(() -> new IllegalStateException(
                        where + " " + resourceType + ": '" + e.getKey() + "' is not a property of " + ownerId));
                properties.add(property(spec, e.getValue(), where + " " + resourceType));
            }
            result.add(new ResourceMapping(ownerId, resourceType, when, properties));
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
        if (spec.type() == PropertyType.BOOL && !table.isEmpty() && !Set.of("true", "false").containsAll(table.keySet())) {
            throw new IllegalStateException(where + ": '" + spec.id() + "' is a bool, so its table maps only true and false");
        }
        if (spec.type() == PropertyType.ENUM) {
            for (String k : table.keySet()) {
                if (!spec.values().contains(k)) {
                    throw new IllegalStateException(where + ": '" + spec.id() + "' maps '" + k + "', which is not one of its values");
                }
            }
        }
        long scale = node.path("scale").asLong(1);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String option = it.next();
            if (!OPTIONS.contains(option)) {
                throw new IllegalStateException(where + ": '" + spec.id() + "' has an unknown option '" + option + "'");
            }
        }
        boolean numberAsString = node.path("numberAsString").asBoolean(false);
        if (numberAsString && !NUMBERS.contains(spec.type())) {
            throw new IllegalStateException(where + ": '" + spec.id() + "' is not a number, so numberAsString does not apply");
        }
        ValueConversion conversion = new ValueConversion(spec.type(), table, scale, spec.values(),
                node.path("listItem").asBoolean(false), numberAsString);
        String conditional = node.hasNonNull("conditional") ? node.path("conditional").asText() : null;
        if (conditional != null && conditional.isBlank()) {
            throw new IllegalStateException(where + ": '" + spec.id() + "' is conditional but says not why");
        }
        return new PropertyMapping(spec.id(), Arrays.asList(path.split("\\.")), conversion,
                node.path("omitDefault").asBoolean(false), conditional, cdk(spec, node.path("cdk"), where));
    }

    private static CdkSetter cdk(PropertySpec spec, JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String at = where + ": '" + spec.id() + "' cdk";
        if (node.isTextual()) {
            return new CdkSetter(node.asText(), "literal", null, Map.of(), false);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String option = it.next();
            if (!CDK_OPTIONS.contains(option)) {
                throw new IllegalStateException(at + " has an unknown option '" + option + "'");
            }
        }
        String setter = node.path("set").asText("");
        if (setter.isBlank()) {
            throw new IllegalStateException(at + " names no setter (\"set\")");
        }
        String constant = node.hasNonNull("constant") ? node.path("constant").asText() : null;
        String form = constant != null ? "constant" : node.path("as").asText("literal");
        if (constant != null && !constant.matches("[a-z0-9]+(\\.[a-z0-9]+)*\\.[A-Z][A-Za-z0-9]*")) {
            throw new IllegalStateException(at + ": constant '" + constant + "' is not service.Class");
        }
        Map<String, String> constants = new LinkedHashMap<>();
        node.path("values").fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue().asText()));
        if (constant == null && !constants.isEmpty()) {
            throw new IllegalStateException(at + ": values apply to a constant only");
        }
        try {
            return new CdkSetter(setter, form, constant, constants, node.path("always").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(at + ": " + e.getMessage(), e);
        }
    }
}
