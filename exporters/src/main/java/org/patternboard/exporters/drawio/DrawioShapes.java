package org.patternboard.exporters.drawio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.patternboard.model.catalog.Category;
import org.patternboard.model.design.GroupKind;

/**
 * Which draw.io AWS 4 shape draws a component type or a group kind. Data ({@code patternboard/drawio/shapes.json}),
 * so following draw.io's library is editing a table, not code.
 */
public final class DrawioShapes {
    static final String PREFIX = "mxgraph.aws4.";

    /** A component's AWS 4 icon: a service icon ({@code resIcon}) on the category colour, or a stand-alone shape. */
    public record Icon(String name, boolean resourceIcon) {
        public String qualifiedName() {
            return PREFIX + name;
        }
    }

    /** How a group kind is drawn as a draw.io container; {@code grIcon} may be null (a plain AWS 4 group). */
    public record GroupStyle(String grIcon, String stroke, String fill, String fontColor, boolean dashed) {
    }

    private static volatile DrawioShapes standard;

    private final Map<String, Icon> types;
    private final Map<String, Icon> services;
    private final Icon fallback;
    private final Map<Category, String> colors;
    private final Map<GroupKind, GroupStyle> groups;
    private final String source;

    private DrawioShapes(Map<String, Icon> types, Map<String, Icon> services, Icon fallback, Map<Category, String> colors,
            Map<GroupKind, GroupStyle> groups, String source) {
        this.types = types;
        this.services = services;
        this.fallback = fallback;
        this.colors = colors;
        this.groups = groups;
        this.source = source;
    }

    public static DrawioShapes standard() {
        DrawioShapes s = standard;
        if (s == null) {
            synchronized (DrawioShapes.class) {
                s = standard;
                if (s == null) {
                    s = load("patternboard/drawio/shapes.json");
                    standard = s;
                }
            }
        }
        return s;
    }

    static DrawioShapes load(String resource) {
        JsonNode root;
        try (InputStream in = DrawioShapes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Icon> types = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("types").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            types.put(e.getKey(), icon(e.getValue(), resource + " types." + e.getKey()));
        }
        Map<String, Icon> services = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("cloudFormationServices").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            services.put(e.getKey(), new Icon(e.getValue().asText(), true));
        }
        Map<Category, String> colors = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            JsonNode n = root.get("categoryColors").get(c.name());
            if (n == null) {
                throw new IllegalStateException(resource + " has no colour for category " + c);
            }
            colors.put(c, n.asText());
        }
        Map<GroupKind, GroupStyle> groups = new EnumMap<>(GroupKind.class);
        for (GroupKind k : GroupKind.values()) {
            JsonNode g = root.get("groups").get(k.id());
            if (g == null) {
                throw new IllegalStateException(resource + " has no style for group kind " + k.id());
            }
            groups.put(k, new GroupStyle(g.hasNonNull("grIcon") ? g.get("grIcon").asText() : null, g.get("stroke").asText(),
                    g.get("fill").asText(), g.get("fontColor").asText(), g.get("dashed").asBoolean()));
        }
        return new DrawioShapes(Map.copyOf(types), Map.copyOf(services), icon(root.get("fallback"), resource + " fallback"),
                colors, groups, root.path("source").asText());
    }

    private static Icon icon(JsonNode n, String where) {
        if (n.hasNonNull("resIcon")) {
            return new Icon(n.get("resIcon").asText(), true);
        }
        if (n.hasNonNull("shape")) {
            return new Icon(n.get("shape").asText(), false);
        }
        throw new IllegalStateException(where + " names neither a resIcon nor a shape");
    }

    /**
     * The icon of a component: its type's own; for a generic or unknown type the icon of its CloudFormation
     * type's service ({@code AWS::EC2::Instance} → ec2), else the general AWS resource icon.
     */
    public Icon icon(String typeId, String cloudFormationType) {
        Icon own = types.get(typeId);
        if (own != null) {
            return own;
        }
        if (cloudFormationType != null) {
            String[] parts = cloudFormationType.split("::");
            if (parts.length >= 2) {
                Icon service = services.get(parts[1].toLowerCase(Locale.ROOT));
                if (service != null) {
                    return service;
                }
            }
        }
        return fallback;
    }

    /** Whether a component type has an icon of its own in the table (not the service or general fallback). */
    public boolean hasOwnIcon(String typeId) {
        return types.containsKey(typeId);
    }

    public String color(Category category) {
        return colors.get(category == null ? Category.Generic : category);
    }

    public GroupStyle group(GroupKind kind) {
        return groups.get(kind);
    }

    /** Every AWS 4 name the table uses, qualified ({@code mxgraph.aws4.lambda}); for tests against draw.io's list. */
    public java.util.Set<String> allNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        types.values().forEach(i -> names.add(i.qualifiedName()));
        services.values().forEach(i -> names.add(i.qualifiedName()));
        names.add(fallback.qualifiedName());
        groups.values().stream().filter(g -> g.grIcon() != null).forEach(g -> names.add(PREFIX + g.grIcon()));
        return names;
    }

    /** Where the names come from (draw.io version and file). */
    public String source() {
        return source;
    }
}
