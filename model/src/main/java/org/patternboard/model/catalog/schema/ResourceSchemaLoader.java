package org.patternboard.model.catalog.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads cfn-schemas.json.gz (written by tools/cfn-schemas/generate.py) and service-categories.json. */
final class ResourceSchemaLoader {
    static final String SCHEMAS = "patternboard/catalog/cfn-schemas.json.gz";
    static final String CATEGORIES = "patternboard/catalog/service-categories.json";
    /** The file layout this reader understands; generate.py writes it as "format". */
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResourceSchemaLoader() {
    }

    static ResourceSchemas loadStandard() {
        JsonNode root;
        try (InputStream in = new GZIPInputStream(open(SCHEMAS), 1 << 16)) {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMAS, e);
        }
        if (root.path("format").asInt() != FORMAT) {
            throw new IllegalStateException(SCHEMAS + ": format " + root.path("format") + ", expected " + FORMAT);
        }
        List<ResourceSchema> types = new ArrayList<>();
        for (JsonNode t : root.path("types")) {
            String name = t.path("typeName").asText();
            types.add(new ResourceSchema(name, ResourceSchema.serviceOf(name), t.path("description").asText(""),
                    properties(t.path("properties")), texts(t.path("attributes"))));
        }
        String version = root.path("source").asText() + " " + root.path("version").asText() + " " + root.path("region").asText();
        return new ResourceSchemas(types, version, loadCategories());
    }

    static ServiceCategories loadCategories() {
        try (InputStream in = open(CATEGORIES)) {
            JsonNode root = MAPPER.readTree(in);
            return new ServiceCategories(textMap(root.path("services")), textMap(root.path("types")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATEGORIES, e);
        }
    }

    private static Map<String, SchemaProperty> properties(JsonNode node) {
        Map<String, SchemaProperty> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), property(e.getKey(), e.getValue())));
        return out;
    }

    private static SchemaProperty property(String name, JsonNode p) {
        return new SchemaProperty(name, SchemaType.fromId(p.path("type").asText("json")),
                p.has("itemType") ? SchemaType.fromId(p.path("itemType").asText()) : null,
                texts(p.path("enum")), p.path("required").asBoolean(false), p.path("readOnly").asBoolean(false),
                p.path("createOnly").asBoolean(false), p.path("writeOnly").asBoolean(false),
                properties(p.path("properties")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Map<String, String> textMap(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = ResourceSchemaLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
