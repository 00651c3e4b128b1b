package org.patternboard.exporters.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.patternboard.model.catalog.Category;
import org.patternboard.model.design.GroupKind;

/**
 * The look shared by every drawing of a design (the app's canvas, SVG and PNG): category colours and
 * service glyphs. Both are data ({@code patternboard/diagram/*.json}); glyphs are our own line drawings
 * as SVG path data in a 24x24 box, so SVG embeds them as is and JavaFX draws them with appendSVGPath.
 */
public final class DiagramStyle {
    /** Side of the glyph box. */
    public static final double GLYPH_BOX = 24;

    private static volatile DiagramStyle standard;

    private final Map<Category, String> categoryColors;
    private final Map<String, String> glyphs;

    private DiagramStyle(Map<Category, String> categoryColors, Map<String, String> glyphs) {
        this.categoryColors = categoryColors;
        this.glyphs = glyphs;
    }

    public static DiagramStyle standard() {
        DiagramStyle s = standard;
        if (s == null) {
            synchronized (DiagramStyle.class) {
                s = standard;
                if (s == null) {
                    s = load();
                    standard = s;
                }
            }
        }
        return s;
    }

    private static DiagramStyle load() {
        JsonNode palette = read("patternboard/diagram/palette.json").get("categories");
        Map<Category, String> colors = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            JsonNode n = palette.get(c.name());
            if (n == null) {
                throw new IllegalStateException("palette.json has no colour for category " + c);
            }
            colors.put(c, n.asText());
        }
        Map<String, String> glyphs = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = read("patternboard/diagram/glyphs.json").get("glyphs").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            glyphs.put(e.getKey(), e.getValue().asText());
        }
        return new DiagramStyle(colors, glyphs);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DiagramStyle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The category colour as {@code #RRGGBB}. */
    public String categoryColor(Category category) {
        return categoryColors.get(category == null ? Category.Generic : category);
    }

    public Map<Category, String> categoryColors() {
        return Map.copyOf(categoryColors);
    }

    /** The glyph of a component type: its own, else its category's. */
    public String glyph(String typeId, Category category) {
        String g = glyphs.get(typeId);
        if (g == null) {
            g = glyphs.get("category:" + (category == null ? Category.Generic : category).name());
        }
        return g;
    }

    /** Whether a type has a glyph of its own (not the category fallback). */
    public boolean hasOwnGlyph(String typeId) {
        return glyphs.containsKey(typeId);
    }

    /** Frame colour of a group kind, {@code #RRGGBB}. */
    public static String groupColor(GroupKind kind) {
        return switch (kind) {
            case PATTERN -> "#6741D9";
            case VPC -> "#2F9E44";
            case SUBNET -> "#1C7ED6";
            case AVAILABILITY_ZONE -> "#1098AD";
            case ACCOUNT -> "#E8590C";
            case REGION, FREE -> "#6B7785";
        };
    }
}
