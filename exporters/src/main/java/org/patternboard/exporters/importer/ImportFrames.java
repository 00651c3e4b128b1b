package org.patternboard.exporters.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;

/**
 * Frames an imported design the way its template groups it: each group of Infrastructure Composer's
 * {@code AWS::Composer::Groups} metadata becomes a frame around its members, and each nested stack
 * ({@code AWS::CloudFormation::Stack}, {@code AWS::Serverless::Application}) a frame of its own. The metadata
 * stays in the template as written; the frames are the design's view of it.
 */
final class ImportFrames {
    static final String COMPOSER_GROUPS = "AWS::Composer::Groups";
    private static final Set<String> NESTED_STACKS = Set.of("AWS::CloudFormation::Stack", "AWS::Serverless::Application");
    private static final double PADDING = 30;

    record Framed(List<Component> components, List<Group> groups) {
    }

    Framed frame(Map<String, Object> template, List<Component> placed, List<ImportIssue> issues) {
        return frame(template, placed, Map.of(), issues);
    }

    /** @param children the opened child templates, by the id of their nested stack's component */
    Framed frame(Map<String, Object> template, List<Component> placed, Map<String, ChildPrefix.Moved> children,
            List<ImportIssue> issues) {
        Map<String, Component> byId = new LinkedHashMap<>();
        placed.forEach(c -> byId.put(c.id(), c));
        Set<String> taken = new LinkedHashSet<>(byId.keySet());
        children.values().forEach(m -> {
            m.components().forEach(c -> taken.add(c.id()));
            m.groups().forEach(g -> taken.add(g.id()));
        });
        Map<String, String> parentOf = new LinkedHashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, String> groupParent = new LinkedHashMap<>();

        if (template.get("Metadata") instanceof Map<?, ?> meta && meta.get(COMPOSER_GROUPS) instanceof Map<?, ?> composer) {
            for (Map.Entry<?, ?> e : composer.entrySet()) {
                String name = String.valueOf(e.getKey());
                if (!(e.getValue() instanceof Map<?, ?> g) || !(g.get("Members") instanceof List<?> members)) {
                    continue;
                }
                String id = unique(name, taken);
                String label = g.get("Label") instanceof String l ? l : name;
                groups.put(id, new Group(id, GroupKind.FREE, label, null, 0, 0, 0, 0, null, false,
                        Map.of("cloudFormation", Map.of("composerGroup", name))));
                for (Object m : members) {
                    String member = String.valueOf(m);
                    if (byId.containsKey(member)) {
                        parentOf.putIfAbsent(member, id);
                    } else {
                        issues.add(new ImportIssue(ImportIssue.Level.INFO, List.of("Metadata", COMPOSER_GROUPS, name),
                                "group " + name + " lists " + member + ", which is not a component of the design"));
                    }
                }
            }
        }
        for (Component c : placed) {
            if (c.type().equals(ComponentType.GENERIC_ID) && NESTED_STACKS.contains(String.valueOf(c.property("resourceType")))) {
                String id = unique(c.id() + "Stack", taken);
                ChildPrefix.Moved child = children.get(c.id());
                Map<String, Object> origin = new LinkedHashMap<>();
                origin.put("nestedStack", c.id());
                if (child != null) {
                    origin.put("template", child.template());
                }
                groups.put(id, new Group(id, GroupKind.FREE, "Nested stack " + c.name(), null, 0, 0, 0, 0, null, false,
                        Map.of("cloudFormation", origin)));
                String outer = parentOf.put(c.id(), id);
                if (outer != null) {
                    groupParent.put(id, outer);
                }
                if (child != null) {
                    // The child's own top level goes inside the stack's frame; its inner frames keep their parents.
                    for (Component cc : child.components()) {
                        parentOf.put(cc.id(), cc.parent() == null ? id : cc.parent());
                    }
                    for (Group g : child.groups()) {
                        groups.put(g.id(), g);
                        groupParent.put(g.id(), g.parent() == null ? id : g.parent());
                    }
                }
            }
        }
        List<Component> all = new ArrayList<>(placed);
        children.values().forEach(m -> all.addAll(m.components()));
        List<Component> components = new ArrayList<>();
        for (Component c : all) {
            String parent = parentOf.get(c.id());
            components.add(parent == null ? c : new Component(c.id(), c.type(), c.name(), c.x(), c.y(), c.width(), c.height(),
                    parent, c.properties(), c.extra()));
        }
        // Innermost frames first, so that each frame is drawn around the frames inside it.
        List<Group> order = new ArrayList<>(groups.values());
        order.sort(java.util.Comparator.comparingInt((Group g) -> depth(g.id(), groupParent)).reversed());
        Map<String, Group> bounded = new LinkedHashMap<>();
        for (Group g : order) {
            bounded.put(g.id(), bounded(g, groupParent.get(g.id()), components, bounded.values(), groupParent));
        }
        List<Group> framed = new ArrayList<>();
        groups.keySet().forEach(id -> framed.add(bounded.get(id)));
        return new Framed(components, framed);
    }

    private static int depth(String group, Map<String, String> groupParent) {
        int d = 0;
        for (String p = groupParent.get(group); p != null; p = groupParent.get(p)) {
            d++;
        }
        return d;
    }

    /** The frame around its members and the frames inside it, with room for its header. */
    private static Group bounded(Group g, String parent, List<Component> components, java.util.Collection<Group> inner,
            Map<String, String> groupParent) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Component c : components) {
            if (inside(c.parent(), g.id(), groupParent)) {
                minX = Math.min(minX, c.x());
                minY = Math.min(minY, c.y());
                maxX = Math.max(maxX, c.x() + c.effectiveWidth());
                maxY = Math.max(maxY, c.y() + c.effectiveHeight());
            }
        }
        for (Group i : inner) {
            if (g.id().equals(groupParent.get(i.id()))) {
                // The inner frame whole, its header included, so the two frames' edges never meet.
                minX = Math.min(minX, i.x());
                minY = Math.min(minY, i.y());
                maxX = Math.max(maxX, i.x() + i.width());
                maxY = Math.max(maxY, i.y() + i.height());
            }
        }
        if (minX == Double.MAX_VALUE) {
            minX = 0;
            minY = 0;
            maxX = Component.DEFAULT_WIDTH;
            maxY = Component.DEFAULT_HEIGHT;
        }
        return new Group(g.id(), g.kind(), g.label(), g.pattern(), minX - PADDING, minY - PADDING - DiagramScene.FRAME_HEADER,
                maxX - minX + 2 * PADDING, maxY - minY + 2 * PADDING + DiagramScene.FRAME_HEADER, parent, false, g.extra());
    }

    private static boolean inside(String parent, String group, Map<String, String> groupParent) {
        for (String p = parent; p != null; p = groupParent.get(p)) {
            if (p.equals(group)) {
                return true;
            }
        }
        return false;
    }

    private static String unique(String wanted, Set<String> taken) {
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + n;
        }
        taken.add(id);
        return id;
    }
}
