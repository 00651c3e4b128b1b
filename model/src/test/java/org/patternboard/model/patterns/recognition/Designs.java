package org.patternboard.model.patterns.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.patterns.BlockInsertion;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;

/** Test fixtures: blocks instantiated the way users get them, then stripped of their frame and scrambled. */
final class Designs {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)}");

    private Designs() {
    }

    static PatternBlock block(String id) {
        return PatternLibrary.standard().block(id).orElseThrow();
    }

    /** The block inserted (as the palette does) into {@code target} at a point. */
    static Architecture insert(Architecture target, PatternBlock block, double x, double y) {
        return new BlockInsertion().insert(target, block, x, y, Map.of()).apply(target);
    }

    /** The block inserted into an empty design, then without its pattern frame: what an import would give. */
    static Architecture plain(PatternBlock block) {
        return unframed(insert(Architecture.empty(block.name()), block, 0, 0));
    }

    /** Removes every pattern group; what it held moves to the group's own parent. */
    static Architecture unframed(Architecture a) {
        Map<String, String> up = new HashMap<>();
        for (Group g : a.groups()) {
            if (g.kind() == GroupKind.PATTERN) {
                up.put(g.id(), g.parent());
            }
        }
        Architecture result = a;
        for (Component c : a.components()) {
            if (c.parent() != null && up.containsKey(c.parent())) {
                result = result.withComponent(c.withParent(lift(up, c.parent())));
            }
        }
        for (Group g : a.groups()) {
            if (up.containsKey(g.id())) {
                result = result.withoutGroup(g.id());
            } else if (g.parent() != null && up.containsKey(g.parent())) {
                result = result.withGroup(g.withParent(lift(up, g.parent())));
            }
        }
        return result;
    }

    private static String lift(Map<String, String> up, String parent) {
        String p = parent;
        while (p != null && up.containsKey(p)) {
            p = up.get(p);
        }
        return p;
    }

    /**
     * Every component, connection and group id replaced by a random one (seeded), references in properties
     * following, and every component moved: a design that shares nothing with the block but its shape.
     */
    static Architecture scrambled(Architecture a, long seed) {
        Random random = new Random(seed);
        Map<String, String> ids = new LinkedHashMap<>();
        for (Component c : a.components()) {
            ids.put(c.id(), "R" + Long.toHexString(random.nextLong()));
        }
        for (Connection c : a.connections()) {
            ids.put(c.id(), "L" + Long.toHexString(random.nextLong()));
        }
        for (Group g : a.groups()) {
            ids.put(g.id(), "G" + Long.toHexString(random.nextLong()));
        }
        List<Component> components = new ArrayList<>();
        for (Component c : a.components()) {
            components.add(new Component(ids.get(c.id()), c.type(), "N" + Long.toHexString(random.nextLong()),
                    random.nextInt(4000), random.nextInt(4000), c.width(), c.height(),
                    c.parent() == null ? null : ids.get(c.parent()), rename(c.properties(), ids), c.extra()));
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection c : a.connections()) {
            connections.add(new Connection(ids.get(c.id()), ids.get(c.from()), ids.get(c.to()), c.kind(),
                    rename(c.properties(), ids), c.extra()));
        }
        List<Group> groups = new ArrayList<>();
        for (Group g : a.groups()) {
            groups.add(g.withId(ids.get(g.id())).withParent(g.parent() == null ? null : ids.get(g.parent())));
        }
        return Architecture.of(a.name(), a.description(), components, connections, groups, List.of(), List.of(),
                Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rename(Map<String, Object> properties, Map<String, String> ids) {
        return (Map<String, Object>) renameValue(properties, ids);
    }

    private static Object renameValue(Object value, Map<String, String> ids) {
        if (value instanceof String s) {
            Matcher m = REFERENCE.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String to = ids.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(to == null ? m.group() : "${" + to + "}"));
            }
            m.appendTail(sb);
            return sb.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), renameValue(v, ids)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(renameValue(v, ids)));
            return copy;
        }
        return value;
    }
}
