package org.patternboard.exporters.diagram.icons;

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
import java.util.concurrent.ConcurrentHashMap;
import org.patternboard.model.catalog.Category;

/**
 * The official AWS Architecture Icons every drawing of a design uses (canvas, palette, SVG, PNG, PDF, report), and
 * the AWS category colours. Data: {@code patternboard/icons/aws-icons/}, the package's SVG files unchanged and the
 * index {@code tools/icons/generate.py} writes. Icons are parsed once, when first drawn.
 */
public final class AwsIcons {
    private static final String DIR = "patternboard/icons/aws-icons/";
    private static volatile AwsIcons standard;

    private final Map<String, String> types;
    private final Map<String, String> services;
    private final Map<Category, String> categoryIcons;
    private final Map<Category, String> categoryColors;
    private final Map<String, JsonNode> entries;
    private final String source;
    private final Map<String, Icon> parsed = new ConcurrentHashMap<>();

    private AwsIcons(JsonNode index) {
        this.types = strings(index.get("types"));
        this.services = strings(index.get("services"));
        this.categoryIcons = new EnumMap<>(Category.class);
        this.categoryColors = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            JsonNode n = index.get("categories").get(c.name());
            if (n == null) {
                throw new IllegalStateException(DIR + "index.json has no icon for category " + c);
            }
            categoryIcons.put(c, n.get("icon").asText());
            categoryColors.put(c, n.get("color").asText());
        }
        this.entries = new HashMap<>();
        index.get("icons").fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
        this.source = index.get("package").asText() + " " + index.get("version").asText();
    }

    public static AwsIcons standard() {
        AwsIcons s = standard;
        if (s == null) {
            synchronized (AwsIcons.class) {
                s = standard;
                if (s == null) {
                    try (InputStream in = resource("index.json")) {
                        s = new AwsIcons(new ObjectMapper().readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * The icon of a component: its type's own; for a generic or unknown type the icon of its CloudFormation type's
     * service ({@code AWS::EC2::Instance} → EC2); else its category's.
     */
    public Icon icon(String typeId, String cloudFormationType, Category category) {
        String file = types.get(typeId);
        if (file == null && cloudFormationType != null) {
            String[] parts = cloudFormationType.split("::");
            if (parts.length >= 2) {
                file = services.get(parts[1].toLowerCase(Locale.ROOT));
            }
        }
        if (file == null) {
            file = categoryIcons.get(category == null ? Category.Generic : category);
        }
        return load(file);
    }

    /** Whether a component type has an icon of its own (not a service's or its category's). */
    public boolean hasOwnIcon(String typeId) {
        return types.containsKey(typeId);
    }

    /** The AWS category colour as {@code #RRGGBB}. */
    public String categoryColor(Category category) {
        return categoryColors.get(category == null ? Category.Generic : category);
    }

    public Map<Category, String> categoryColors() {
        return Map.copyOf(categoryColors);
    }

    /** Every icon file the index names, parsed (for tests). */
    public Map<String, Icon> all() {
        Map<String, Icon> m = new HashMap<>();
        for (Iterator<String> it = entries.keySet().iterator(); it.hasNext();) {
            String f = it.next();
            m.put(f, load(f));
        }
        return m;
    }

    /** The package the icons come from ({@code aws-icons 3.3.0}). */
    public String source() {
        return source;
    }

    private Icon load(String file) {
        return parsed.computeIfAbsent(file, f -> {
            JsonNode e = entries.get(f);
            if (e == null) {
                throw new IllegalStateException(DIR + "index.json does not list " + f);
            }
            try (InputStream in = resource(f)) {
                return IconReader.read(f, e.get("title").asText(), e.get("color").asText(), in);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AwsIcons.class.getClassLoader().getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("missing resource " + DIR + name);
        }
        return in;
    }

    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> m = new HashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(m);
    }
}
