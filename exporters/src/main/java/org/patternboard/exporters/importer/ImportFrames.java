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
        Map<String, Component> byId = new LinkedHashMap<>();
        placed.forEach(c -> byId.put(c.id(), c));
        Set<String> taken = new LinkedHashSet<>(byId.keySet());
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
                groups.put(id, new Group(id, GroupKind.FREE, "Nested stack " + c.name(), null, 0, 0, 0, 0, null, false,
                        Map.of("cloudFormation", Map.of("nestedStack", c.id()))));
                String outer = parentOf.put(c.id(), id);
                if (outer != null) {
                    groupParent.put(id, outer);
                }
            }
        }
        List<Component> components = new ArrayList<>();
        for (Component c : placed) {
            String parent = parentOf.get(c.id());
            components.add(parent == null ? c : new Component(c.id(), c.type(), c.name(), c.x(), c.y(), c.width(), c.height(),
                    parent, c.properties(), c.extra()));
        }
        List<Group> framed = new ArrayList<>();
        for (Group g : groups.values()) {
            framed.add(bounded(g, groupParent.get(g.id()), components, groups.keySet(), groupParent));
        }
        return new Framed(components, framed);
    }

    /** The frame around its members (and the frames inside it), with room for its header. */
    private static Group bounded(Group g, String parent, List<Component> components, Set<String> groupIds,
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
