package org.patternboard.exporters.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;

/**
 * A child template's design moved into its parent's: every id prefixed with the nested stack's id and a dot
 * ({@code Orders.Queue}; logical ids have no dots, so these never meet the parent's), each component and
 * connection tagged with its stack instance and child template, everything shifted to sit below the stack's card.
 * Names stay the child's logical ids, so renaming one renames it in the child template.
 */
final class ChildPrefix {
    /** The moved child: its elements and the origin of every template it holds, by stack instance. */
    record Moved(String template, List<Component> components, List<Connection> connections, List<Group> groups,
            Map<String, Object> origins) {
    }

    private final String stack;
    private final String prefix;
    private final String template;

    ChildPrefix(String stack, String template) {
        this.stack = stack;
        this.prefix = stack + ".";
        this.template = template;
    }

    Moved move(Architecture child, Component card) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (Component c : child.components()) {
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
        }
        for (Group g : child.groups()) {
            minX = Math.min(minX, g.x());
            minY = Math.min(minY, g.y());
        }
        double dx = minX == Double.MAX_VALUE ? 0 : card.x() - minX;
        double dy = minY == Double.MAX_VALUE ? 0 : card.y() + card.effectiveHeight() + ImportLayout.ROW / 2 - minY;

        List<Component> components = new ArrayList<>();
        for (Component c : child.components()) {
            components.add(new Component(prefix + c.id(), c.type(), c.name(), c.x() + dx, c.y() + dy, c.width(), c.height(),
                    prefixed(c.parent()), c.properties(), tagged(c.extra())));
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection c : child.connections()) {
            connections.add(new Connection(prefix + c.id(), prefix + c.from(), prefix + c.to(), c.kind(), c.properties(),
                    tagged(c.extra())));
        }
        List<Group> groups = new ArrayList<>();
        for (Group g : child.groups()) {
            Map<String, Object> extra = new LinkedHashMap<>(g.extra());
            if (extra.get(TemplateOrigin.ELEMENT_KEY) instanceof Map<?, ?> cfn) {
                Map<String, Object> o = new LinkedHashMap<>();
                cfn.forEach((k, v) -> o.put(String.valueOf(k), k.equals("nestedStack") ? prefix + v : v));
                o.putIfAbsent("stack", stack);
                extra.put(TemplateOrigin.ELEMENT_KEY, o);
            }
            groups.add(new Group(prefix + g.id(), g.kind(), g.label(), g.pattern(), g.x() + dx, g.y() + dy, g.width(), g.height(),
                    prefixed(g.parent()), g.collapsed(), extra));
        }
        Map<String, Object> origins = new LinkedHashMap<>();
        Map<String, Object> own = new LinkedHashMap<>(TemplateOrigin.design(child));
        own.remove(TemplateOrigin.NESTED_KEY);
        own.put("template", template);
        origins.put(stack, own);
        TemplateOrigin.nested(child).forEach((instance, origin) -> origins.put(prefix + instance, origin));
        return new Moved(template, components, connections, groups, origins);
    }

    private String prefixed(String id) {
        return id == null ? null : prefix + id;
    }

    /** The element's origin with its stack instance (deeper for a grandchild's) and its template. */
    private Map<String, Object> tagged(Map<String, Object> extra) {
        Map<String, Object> out = new LinkedHashMap<>(extra);
        Map<String, Object> origin = new LinkedHashMap<>();
        if (extra.get(TemplateOrigin.ELEMENT_KEY) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> origin.put(String.valueOf(k), v));
        }
        origin.put("stack", origin.get("stack") instanceof String deeper ? prefix + deeper : stack);
        origin.putIfAbsent("template", template);
        out.put(TemplateOrigin.ELEMENT_KEY, origin);
        return out;
    }
}
