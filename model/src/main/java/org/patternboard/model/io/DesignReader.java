package org.patternboard.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.story.Camera;
import org.patternboard.model.story.Slide;
import org.patternboard.model.story.SlideKind;
import org.patternboard.model.story.Story;

/**
 * Reads {@code *.pboard.json}. Never writes: a file it cannot read is left exactly as it was.
 * Fields it does not know are kept in each element's {@code extra} map; unknown component types are kept.
 */
public final class DesignReader {
    /** Larger files are refused before parsing: a design of 10,000 components is about 3 MB. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** Deep enough for any Step Functions definition, shallow enough to stop hostile files. */
    public static final int MAX_NESTING_DEPTH = 100;

    private static final Set<String> ROOT_FIELDS = Set.of("format", "schemaVersion", "name", "description",
            "components", "connections", "groups", "notes", "suppressions", "story");
    private static final Set<String> COMPONENT_FIELDS = Set.of("id", "type", "name", "x", "y", "width", "height",
            "parent", "properties");
    private static final Set<String> CONNECTION_FIELDS = Set.of("id", "from", "to", "kind", "properties");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "kind", "label", "pattern", "x", "y", "width",
            "height", "parent", "collapsed");
    private static final Set<String> NOTE_FIELDS = Set.of("id", "text", "x", "y", "width");
    private static final Set<String> SLIDE_FIELDS = Set.of("id", "kind", "target", "camera", "highlight", "caption",
            "notes", "hidden");

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // No source in locations: parser messages would quote the file, which may hold a secret.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    public Architecture read(Path file) throws DesignFormatException {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DesignFormatException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new DesignFormatException(name, 0, 0, "cannot read: " + e.getMessage());
        }
        if (size > MAX_FILE_BYTES) {
            throw new DesignFormatException(name, 0, 0, "the file is " + size / (1024 * 1024) + " MB; designs are limited to "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DesignFormatException(name, 0, 0, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new DesignFormatException(name, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    public Architecture read(String content, String sourceName) throws DesignFormatException {
        if (content.length() > MAX_FILE_BYTES) {
            throw new DesignFormatException(sourceName, 0, 0, "the design is larger than "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        LocatedJson located = new LocatedJson();
        Object root;
        try (JsonParser p = factory.createParser(content)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DesignFormatException(sourceName, 1, 1, "the file is empty");
            }
            try {
                root = located.read(p);
                if (p.nextToken() != null) {
                    JsonLocation at = p.currentTokenLocation();
                    throw new DesignFormatException(sourceName, at.getLineNr(), at.getColumnNr(),
                            "unexpected content after the end of the design");
                }
            } catch (JsonProcessingException e) {
                // Some parser errors (the nesting limit) carry no location; the parser still knows where it is.
                JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                        : p.currentLocation();
                throw new DesignFormatException(sourceName, at.getLineNr(), at.getColumnNr(), JsonParseMessages.of(e));
            } catch (LocatedJson.ValueException e) {
                throw new DesignFormatException(sourceName, e.at().getLineNr(), e.at().getColumnNr(), e.getMessage());
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DesignFormatException(sourceName, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    JsonParseMessages.of(e));
        } catch (IOException e) {
            throw new DesignFormatException(sourceName, 0, 0, "cannot read: " + e.getMessage());
        }
        return new Binder(sourceName, located).bind(root);
    }

    /** Turns the located tree into the model, checking structure and references. */
    private static final class Binder {
        private final String source;
        private final LocatedJson located;

        Binder(String source, LocatedJson located) {
            this.source = source;
            this.located = located;
        }

        Architecture bind(Object rootNode) throws DesignFormatException {
            Map<String, Object> root = object(rootNode, null, "a design must be a JSON object");
            Object format = root.get("format");
            if (!"patternboard".equals(format)) {
                throw error(root, "not a Patternboard design: expected \"format\": \"patternboard\"");
            }
            Object version = root.get("schemaVersion");
            // Checked in long/double before narrowing: 4294967297 must not wrap round to version 1.
            if (!(version instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 1
                    || n.doubleValue() > Integer.MAX_VALUE) {
                throw error(root, "\"schemaVersion\" must be a whole number from 1 to " + Integer.MAX_VALUE + ", not "
                        + excerpt(version));
            }
            int v = n.intValue();
            if (v > Architecture.CURRENT_SCHEMA_VERSION) {
                throw error(root, "written by a newer Patternboard (schemaVersion " + v + "); this version reads up to "
                        + Architecture.CURRENT_SCHEMA_VERSION + ". Update Patternboard to open it.");
            }
            if (v < Architecture.CURRENT_SCHEMA_VERSION) {
                if (!Migrations.canMigrateFrom(v, Architecture.CURRENT_SCHEMA_VERSION)) {
                    throw error(root, "schemaVersion " + v + " is not supported");
                }
                root = Migrations.migrate(root, v, Architecture.CURRENT_SCHEMA_VERSION);
            }
            List<Component> components = new ArrayList<>();
            for (Object o : list(root, "components")) {
                components.add(component(object(o, root, "a component must be an object")));
            }
            List<Connection> connections = new ArrayList<>();
            for (Object o : list(root, "connections")) {
                connections.add(connection(object(o, root, "a connection must be an object")));
            }
            List<Group> groups = new ArrayList<>();
            for (Object o : list(root, "groups")) {
                groups.add(group(object(o, root, "a group must be an object")));
            }
            List<Note> notes = new ArrayList<>();
            for (Object o : list(root, "notes")) {
                notes.add(note(object(o, root, "a note must be an object")));
            }
            List<Suppression> suppressions = new ArrayList<>();
            for (Object o : list(root, "suppressions")) {
                Map<String, Object> s = object(o, root, "a suppression must be an object");
                try {
                    suppressions.add(new Suppression(requiredString(s, "rule"), optionalString(s, "target"),
                            optionalString(s, "reason")));
                } catch (IllegalArgumentException e) {
                    throw error(s, e.getMessage());
                }
            }
            checkReferences(root, components, connections, groups, notes);
            return Architecture.of(optionalString(root, "name"), optionalString(root, "description"), components,
                    connections, groups, notes, suppressions, extra(root, ROOT_FIELDS)).withStory(story(root));
        }

        /** The optional saved presentation story: {"slides": [{id, kind, target, camera, highlight, caption, notes, hidden}]}. */
        private Story story(Map<String, Object> root) throws DesignFormatException {
            if (root.get("story") == null) {
                return null;
            }
            Map<String, Object> story = object(root.get("story"), root, "\"story\" must be an object");
            List<Slide> slides = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Object o : list(story, "slides")) {
                Map<String, Object> m = object(o, story, "a slide must be an object");
                String id = requiredString(m, "id");
                if (!ids.add(id)) {
                    throw error(m, "the slide id '" + id + "' is used twice");
                }
                String kind = requiredString(m, "kind");
                SlideKind k;
                try {
                    k = SlideKind.fromId(kind);
                } catch (IllegalArgumentException e) {
                    throw error(m, "slide '" + id + "' has unknown kind '" + kind + "'");
                }
                Camera camera = null;
                if (m.get("camera") != null) {
                    Map<String, Object> c = object(m.get("camera"), m, "\"camera\" of slide '" + id + "' must be an object");
                    try {
                        camera = new Camera(number(c, "x", 0), number(c, "y", 0), number(c, "width", 0),
                                number(c, "height", 0));
                    } catch (IllegalArgumentException e) {
                        throw error(c, "slide '" + id + "': " + e.getMessage());
                    }
                }
                List<String> highlight = new ArrayList<>();
                for (Object h : list(m, "highlight")) {
                    if (!(h instanceof String hs)) {
                        throw error(m, "\"highlight\" of slide '" + id + "' must be a list of ids");
                    }
                    highlight.add(hs);
                }
                Object hidden = m.get("hidden");
                if (hidden != null && !(hidden instanceof Boolean)) {
                    throw error(m, "\"hidden\" of slide '" + id + "' must be true or false");
                }
                try {
                    slides.add(new Slide(id, k, optionalString(m, "target"), camera, highlight, optionalString(m, "caption"),
                            optionalString(m, "notes"), Boolean.TRUE.equals(hidden), extra(m, SLIDE_FIELDS)));
                } catch (IllegalArgumentException e) {
                    throw error(m, e.getMessage());
                }
            }
            return new Story(slides);
        }

        private void checkReferences(Map<String, Object> root, List<Component> components, List<Connection> connections,
                List<Group> groups, List<Note> notes) throws DesignFormatException {
            Set<String> ids = new HashSet<>();
            Set<String> componentIds = new HashSet<>();
            Set<String> groupIds = new HashSet<>();
            List<Object> rawComponents = list(root, "components");
            List<Object> rawConnections = list(root, "connections");
            List<Object> rawGroups = list(root, "groups");
            for (int i = 0; i < components.size(); i++) {
                duplicate(ids, components.get(i).id(), rawComponents.get(i));
                componentIds.add(components.get(i).id());
            }
            for (int i = 0; i < groups.size(); i++) {
                duplicate(ids, groups.get(i).id(), rawGroups.get(i));
                groupIds.add(groups.get(i).id());
            }
            for (int i = 0; i < connections.size(); i++) {
                Connection c = connections.get(i);
                duplicate(ids, c.id(), rawConnections.get(i));
                if (!componentIds.contains(c.from())) {
                    throw error(rawConnections.get(i), "connection '" + c.id() + "' starts at '" + c.from()
                            + "', which is not a component of this design");
                }
                if (!componentIds.contains(c.to())) {
                    throw error(rawConnections.get(i), "connection '" + c.id() + "' ends at '" + c.to()
                            + "', which is not a component of this design");
                }
            }
            List<Object> rawNotes = list(root, "notes");
            for (int i = 0; i < notes.size(); i++) {
                duplicate(ids, notes.get(i).id(), rawNotes.get(i));
            }
            for (int i = 0; i < components.size(); i++) {
                String parent = components.get(i).parent();
                if (parent != null && !groupIds.contains(parent)) {
                    throw error(rawComponents.get(i), "component '" + components.get(i).id() + "' is in group '" + parent
                            + "', which does not exist");
                }
            }
            Map<String, String> groupParents = new LinkedHashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                String parent = groups.get(i).parent();
                if (parent != null && !groupIds.contains(parent)) {
                    throw error(rawGroups.get(i), "group '" + groups.get(i).id() + "' is in group '" + parent
                            + "', which does not exist");
                }
                groupParents.put(groups.get(i).id(), parent);
            }
            for (int i = 0; i < groups.size(); i++) {
                Set<String> seen = new HashSet<>();
                String g = groups.get(i).id();
                while (g != null) {
                    if (!seen.add(g)) {
                        throw error(rawGroups.get(i), "group '" + groups.get(i).id() + "' is nested inside itself");
                    }
                    g = groupParents.get(g);
                }
            }
        }

        private void duplicate(Set<String> ids, String id, Object node) throws DesignFormatException {
            if (!ids.add(id)) {
                throw error(node, "the id '" + id + "' is used twice");
            }
        }

        private Component component(Map<String, Object> m) throws DesignFormatException {
            String id = requiredString(m, "id");
            if (!m.containsKey("type")) {
                throw error(m, "component '" + id + "' has no \"type\"");
            }
            return new Component(id, requiredString(m, "type"), optionalString(m, "name"), number(m, "x", 0),
                    number(m, "y", 0), optionalNumber(m, "width"), optionalNumber(m, "height"),
                    optionalString(m, "parent"), properties(m), extra(m, COMPONENT_FIELDS));
        }

        private Connection connection(Map<String, Object> m) throws DesignFormatException {
            String id = requiredString(m, "id");
            String kind = requiredString(m, "kind");
            ConnectionKind k;
            try {
                k = ConnectionKind.fromId(kind);
            } catch (IllegalArgumentException e) {
                throw error(m, "connection '" + id + "' has unknown kind '" + kind + "'");
            }
            return new Connection(id, requiredString(m, "from"), requiredString(m, "to"), k, properties(m),
                    extra(m, CONNECTION_FIELDS));
        }

        private Group group(Map<String, Object> m) throws DesignFormatException {
            String id = requiredString(m, "id");
            String kind = requiredString(m, "kind");
            GroupKind k;
            try {
                k = GroupKind.fromId(kind);
            } catch (IllegalArgumentException e) {
                throw error(m, "group '" + id + "' has unknown kind '" + kind + "'");
            }
            Object collapsed = m.get("collapsed");
            if (collapsed != null && !(collapsed instanceof Boolean)) {
                throw error(m, "\"collapsed\" of group '" + id + "' must be true or false");
            }
            return new Group(id, k, optionalString(m, "label"), optionalString(m, "pattern"), number(m, "x", 0),
                    number(m, "y", 0), number(m, "width", 400), number(m, "height", 300), optionalString(m, "parent"),
                    Boolean.TRUE.equals(collapsed), extra(m, GROUP_FIELDS));
        }

        private Note note(Map<String, Object> m) throws DesignFormatException {
            return new Note(requiredString(m, "id"), optionalString(m, "text"), number(m, "x", 0), number(m, "y", 0),
                    optionalNumber(m, "width"), extra(m, NOTE_FIELDS));
        }

        private Map<String, Object> properties(Map<String, Object> m) throws DesignFormatException {
            Object p = m.get("properties");
            if (p == null) {
                return Map.of();
            }
            return object(p, m, "\"properties\" must be an object");
        }

        private static Map<String, Object> extra(Map<String, Object> m, Set<String> known) {
            Map<String, Object> extra = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (!known.contains(k)) {
                    extra.put(k, v);
                }
            });
            return extra;
        }

        private List<Object> list(Map<String, Object> m, String key) throws DesignFormatException {
            Object v = m.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List)) {
                throw error(m, "\"" + key + "\" must be a list");
            }
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) v;
            return list;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> object(Object node, Object parent, String message) throws DesignFormatException {
            if (!(node instanceof Map)) {
                throw error(node instanceof List ? node : parent, message);
            }
            return (Map<String, Object>) node;
        }

        private String requiredString(Map<String, Object> m, String key) throws DesignFormatException {
            Object v = m.get(key);
            if (!(v instanceof String s) || s.isEmpty()) {
                String what = m.get("id") instanceof String id ? " of '" + id + "'" : "";
                throw error(m, "\"" + key + "\"" + what + " must be a non-empty string");
            }
            return s;
        }

        private String optionalString(Map<String, Object> m, String key) throws DesignFormatException {
            Object v = m.get(key);
            if (v != null && !(v instanceof String)) {
                throw error(m, "\"" + key + "\" must be a string");
            }
            return (String) v;
        }

        private double number(Map<String, Object> m, String key, double fallback) throws DesignFormatException {
            Double d = optionalNumber(m, key);
            return d == null ? fallback : d;
        }

        private Double optionalNumber(Map<String, Object> m, String key) throws DesignFormatException {
            Object v = m.get(key);
            if (v == null) {
                return null;
            }
            if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                throw error(m, "\"" + key + "\" must be a number");
            }
            return n.doubleValue();
        }

        /** A short excerpt of a scalar, or what kind of value it is (never a Java toString of a map or list). */
        private static String excerpt(Object value) {
            if (value == null) {
                return "missing";
            }
            if (value instanceof Map) {
                return "an object";
            }
            if (value instanceof List) {
                return "a list";
            }
            String s = value instanceof String str ? "\"" + str + "\"" : String.valueOf(value);
            return s.length() <= 24 ? s : s.substring(0, 24) + "…";
        }

        private DesignFormatException error(Object node, String message) {
            JsonLocation at = node == null ? null : located.locationOf(node);
            return new DesignFormatException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    message);
        }
    }
}
