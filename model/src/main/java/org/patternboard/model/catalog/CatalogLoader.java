package org.patternboard.model.catalog;

import org.patternboard.model.catalog.mapping.MappingParser;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.patternboard.model.design.Values;

/**
 * Reads the catalog from resource files: {@code types/index.json} names one file per service, and
 * {@code connections.json} holds the kinds and the legality table ({@code "*"} stands for every type).
 */
public final class CatalogLoader {
    private static final String ROOT = "patternboard/catalog/";
    private final ObjectMapper mapper = new ObjectMapper();

    public Catalog loadStandard() {
        List<ComponentType> types = new ArrayList<>();
        List<ResourceMapping> mappings = new ArrayList<>();
        for (JsonNode file : read(ROOT + "types/index.json")) {
            String name = file.asText();
            JsonNode service = read(ROOT + "types/" + name);
            for (JsonNode t : service.path("types")) {
                ComponentType type = parseType(t, name);
                types.add(type);
                mappings.addAll(MappingParser.parse(type, t.path("mappings"), name));
            }
        }
        JsonNode connections = read(ROOT + "connections.json");
        List<KindInfo> kinds = new ArrayList<>();
        for (JsonNode k : connections.path("kinds")) {
            kinds.add(new KindInfo(ConnectionKind.fromId(k.path("id").asText()), k.path("description").asText(""),
                    k.path("synchronous").asBoolean(false), parseProperties(k.path("properties"), "kind " + k.path("id").asText())));
        }
        List<String> allIds = types.stream().map(ComponentType::id).toList();
        List<ConnectionRule> rules = new ArrayList<>();
        List<ConnectionRule> fallbacks = new ArrayList<>();
        for (JsonNode r : connections.path("rules")) {
            ConnectionKind kind = ConnectionKind.fromId(r.path("kind").asText());
            boolean isDefault = r.path("default").asBoolean(false);
            boolean fallback = r.path("fallback").asBoolean(false);
            List<PropertySpec> props = parseProperties(r.path("properties"), "rule " + r);
            List<PropertySpec> kindProps = kinds.stream().filter(k -> k.kind() == kind).findFirst()
                    .map(KindInfo::properties).orElse(List.of());
            List<ResourceMapping> ruleMappings = MappingParser.parse(kind.id(), id -> props.stream()
                    .filter(p -> p.id().equals(id)).findFirst()
                    .or(() -> kindProps.stream().filter(p -> p.id().equals(id)).findFirst()), null, r.path("mappings"),
                    "connections.json");
            if (fallback) {
                // kept unexpanded: the catalog matches '*' itself, so rules() lists only what exports wire
                for (String from : names(r.path("from"))) {
                    for (String to : names(r.path("to"))) {
                        fallbacks.add(new ConnectionRule(from, kind, to, false, props));
                    }
                }
                continue;
            }
            for (String from : expand(r.path("from"), allIds)) {
                for (String to : expand(r.path("to"), allIds)) {
                    rules.add(new ConnectionRule(from, kind, to, isDefault, props, ruleMappings));
                }
            }
        }
        return new Catalog(types, kinds, dedupe(rules), mappings, fallbacks);
    }

    /** A wildcard rule must not override a specific one for the same triple: the first wins. */
    private static List<ConnectionRule> dedupe(List<ConnectionRule> rules) {
        java.util.LinkedHashMap<String, ConnectionRule> byTriple = new java.util.LinkedHashMap<>();
        for (ConnectionRule r : rules) {
            byTriple.putIfAbsent(r.from() + "|" + r.kind().id() + "|" + r.to(), r);
        }
        return new ArrayList<>(byTriple.values());
    }

    private static List<String> names(JsonNode ids) {
        List<String> result = new ArrayList<>();
        (ids.isArray() ? ids : new ObjectMapper().createArrayNode().add(ids)).forEach(id -> result.add(id.asText()));
        return result;
    }

    private static Collection<String> expand(JsonNode ids, List<String> all) {
        List<String> result = new ArrayList<>();
        JsonNode list = ids.isArray() ? ids : new ObjectMapper().createArrayNode().add(ids);
        for (JsonNode id : list) {
            if ("*".equals(id.asText())) {
                result.addAll(all);
            } else {
                result.add(id.asText());
            }
        }
        return result;
    }

    static ComponentType parseType(JsonNode t, String file) {
        String id = t.path("id").asText();
        Category category;
        try {
            category = Category.valueOf(t.path("category").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": type " + id + " has unknown category '" + t.path("category").asText() + "'");
        }
        JsonNode cfn = t.get("cloudFormationType");
        return new ComponentType(id, t.path("name").asText(id), category,
                cfn == null || cfn.isNull() ? null : cfn.asText(),
                t.path("description").asText(""), parseProperties(t.path("properties"), file + " " + id));
    }

    static List<PropertySpec> parseProperties(JsonNode array, String where) {
        List<PropertySpec> specs = new ArrayList<>();
        for (JsonNode p : array) {
            try {
                specs.add(new PropertySpec(
                        p.path("id").asText(),
                        PropertyType.fromId(p.path("type").asText()),
                        p.path("description").asText(""),
                        p.has("default") ? Values.freeze(new ObjectMapper().convertValue(p.get("default"), Object.class)) : null,
                        p.has("min") ? p.get("min").asLong() : null,
                        p.has("max") ? p.get("max").asLong() : null,
                        p.has("unit") ? p.get("unit").asText() : null,
                        strings(p.path("values")),
                        strings(p.path("deprecated")),
                        p.path("required").asBoolean(false),
                        preset(p.get("patternboardDefault"), true),
                        preset(p.get("onExport"), false),
                        p.has("example") ? Values.freeze(new ObjectMapper().convertValue(p.get("example"), Object.class)) : null));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return specs;
    }

    /** A preset always says why; an on-export value may be derived (no fixed value, the why says from what). */
    private static PropertySpec.Preset preset(JsonNode node, boolean needsValue) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (needsValue && !node.has("value") || node.path("why").asText("").isBlank()) {
            throw new IllegalArgumentException("a preset needs " + (needsValue ? "a value and " : "") + "a why: " + node);
        }
        return new PropertySpec.Preset(node.has("value")
                ? Values.freeze(new ObjectMapper().convertValue(node.get("value"), Object.class)) : null,
                node.path("why").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(v -> result.add(v.asText()));
        return result;
    }

    private JsonNode read(String resource) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing: " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + resource, e);
        }
    }
}
