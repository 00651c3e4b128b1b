package org.patternboard.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.story.Slide;
import org.patternboard.model.story.Story;

/**
 * Writes the canonical form of a design: keys sorted, lists ordered by id, two-space indent, newline at
 * the end. The same design always gives the same bytes, so designs diff and merge cleanly in git.
 */
public final class DesignWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final DefaultPrettyPrinter PRINTER = printer();

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    public String write(Architecture a) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(tree(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise design", e);
        }
    }

    public byte[] writeBytes(Architecture a) {
        return write(a).getBytes(StandardCharsets.UTF_8);
    }

    /** The design as plain maps and lists (the canonical JSON tree). */
    public static Map<String, Object> tree(Architecture a) {
        Map<String, Object> root = new TreeMap<>(a.extra());
        root.put("format", "patternboard");
        root.put("schemaVersion", a.schemaVersion());
        root.put("name", a.name());
        root.put("description", a.description());
        List<Object> components = new ArrayList<>();
        for (Component c : a.components()) {
            Map<String, Object> m = new TreeMap<>(c.extra());
            m.put("id", c.id());
            m.put("type", c.type());
            m.put("name", c.name());
            m.put("x", number(c.x()));
            m.put("y", number(c.y()));
            putIfSet(m, "width", c.width() == null ? null : number(c.width()));
            putIfSet(m, "height", c.height() == null ? null : number(c.height()));
            putIfSet(m, "parent", c.parent());
            m.put("properties", c.properties());
            components.add(m);
        }
        root.put("components", components);
        List<Object> connections = new ArrayList<>();
        for (Connection c : a.connections()) {
            Map<String, Object> m = new TreeMap<>(c.extra());
            m.put("id", c.id());
            m.put("from", c.from());
            m.put("to", c.to());
            m.put("kind", c.kind().id());
            m.put("properties", c.properties());
            connections.add(m);
        }
        root.put("connections", connections);
        List<Object> groups = new ArrayList<>();
        for (Group g : a.groups()) {
            Map<String, Object> m = new TreeMap<>(g.extra());
            m.put("id", g.id());
            m.put("kind", g.kind().id());
            m.put("label", g.label());
            putIfSet(m, "pattern", g.pattern());
            m.put("x", number(g.x()));
            m.put("y", number(g.y()));
            m.put("width", number(g.width()));
            m.put("height", number(g.height()));
            putIfSet(m, "parent", g.parent());
            if (g.collapsed()) {
                m.put("collapsed", true);
            }
            groups.add(m);
        }
        root.put("groups", groups);
        List<Object> notes = new ArrayList<>();
        for (Note n : a.notes()) {
            Map<String, Object> m = new TreeMap<>(n.extra());
            m.put("id", n.id());
            m.put("text", n.text());
            m.put("x", number(n.x()));
            m.put("y", number(n.y()));
            putIfSet(m, "width", n.width() == null ? null : number(n.width()));
            notes.add(m);
        }
        root.put("notes", notes);
        List<Object> suppressions = new ArrayList<>();
        for (Suppression s : a.suppressions()) {
            Map<String, Object> m = new TreeMap<>();
            m.put("rule", s.rule());
            m.put("target", s.target());
            m.put("reason", s.reason());
            suppressions.add(m);
        }
        root.put("suppressions", suppressions);
        a.story().ifPresent(story -> root.put("story", story(story)));
        return root;
    }

    /** Slides in the presenter's order (order is meaning here); absent and default fields are left out. */
    private static Map<String, Object> story(Story story) {
        List<Object> slides = new ArrayList<>();
        for (Slide s : story.slides()) {
            Map<String, Object> m = new TreeMap<>(s.extra());
            m.put("id", s.id());
            m.put("kind", s.kind().id());
            putIfSet(m, "target", s.target());
            if (s.camera() != null) {
                Map<String, Object> c = new TreeMap<>();
                c.put("x", number(s.camera().x()));
                c.put("y", number(s.camera().y()));
                c.put("width", number(s.camera().width()));
                c.put("height", number(s.camera().height()));
                m.put("camera", c);
            }
            if (!s.highlight().isEmpty()) {
                m.put("highlight", s.highlight());
            }
            if (!s.caption().isEmpty()) {
                m.put("caption", s.caption());
            }
            if (!s.notes().isEmpty()) {
                m.put("notes", s.notes());
            }
            if (s.hidden()) {
                m.put("hidden", true);
            }
            slides.add(m);
        }
        Map<String, Object> root = new TreeMap<>();
        root.put("slides", slides);
        return root;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Whole coordinates are written without a fraction, as people write them by hand. */
    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }
}
