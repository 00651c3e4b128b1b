package org.patternboard.model.patterns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Suppression;

/**
 * Checks that a block is fit for the library: complete metadata, one pattern frame holding everything,
 * only catalog types, legal connections, property values that pass their specs, unique names, and
 * parameters that point at real elements and properties. The rule engine judges the architecture itself;
 * this checks the block as a piece of data.
 */
public final class BlockChecker {
    /** Serverless Lens questions (Well-Architected Serverless Applications Lens). */
    public static final Set<String> LENS_QUESTIONS = Set.of("OPS 1", "OPS 2", "SEC 1", "SEC 2", "SEC 3", "REL 1",
            "REL 2", "PER 1", "COST 1");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9]+-[0-9]+");

    private final Catalog catalog;

    public BlockChecker(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Everything wrong with the block, one readable line each; empty when the block is fine. */
    public List<String> problems(PatternBlock block) {
        List<String> problems = new ArrayList<>();
        metadata(block, problems);
        Architecture a = block.design();
        frame(block, problems);
        for (Component c : a.components()) {
            component(block, c, problems);
        }
        for (Connection c : a.connections()) {
            connection(a, c, problems);
        }
        Set<String> names = new HashSet<>();
        for (Component c : a.components()) {
            if (!names.add(c.name())) {
                problems.add("two components are named '" + c.name() + "'");
            }
        }
        for (Suppression s : a.suppressions()) {
            if (!a.hasElement(s.target())) {
                problems.add("suppression of " + s.rule() + " targets '" + s.target()
                        + "'; a block may only suppress rules on its own elements");
            }
        }
        for (BlockParameter p : block.metadata().parameters()) {
            parameter(a, p, problems);
        }
        return problems;
    }

    private void metadata(PatternBlock block, List<String> problems) {
        BlockMetadata m = block.metadata();
        Architecture a = block.design();
        if (!m.id().equals(BlockMetadata.idFor(m.name()))) {
            problems.add("block id '" + m.id() + "' is not the kebab case of its name ('" + BlockMetadata.idFor(m.name()) + "')");
        }
        if (!m.name().equals(a.name())) {
            problems.add("block name '" + m.name() + "' differs from the design name '" + a.name() + "'");
        }
        if (a.description().isBlank() || !a.description().strip().endsWith(".") || a.description().contains("\n")) {
            problems.add("the design's description must be one line ending with a full stop (it is the block's tagline)");
        }
        require(!m.summary().isBlank(), "no summary", problems);
        require(m.summary().strip().endsWith("."), "the summary does not end with a full stop", problems);
        require(!m.summary().contains("\n"), "the summary is more than one paragraph", problems);
        require(!m.problem().isBlank(), "no problem statement", problems);
        require(!m.source().isBlank(), "no source", problems);
        require(!m.tags().isEmpty(), "no tags", problems);
        require(!m.lens().isEmpty(), "no Well-Architected lens questions", problems);
        for (String q : m.lens()) {
            require(LENS_QUESTIONS.contains(q), "unknown lens question '" + q + "' (expected one of "
                    + String.join(", ", LENS_QUESTIONS.stream().sorted().toList()) + ")", problems);
        }
        require(new HashSet<>(m.lens()).size() == m.lens().size(), "a lens question is listed twice", problems);
        if (m.antiPattern()) {
            require(!m.expectedFindings().isEmpty(), "an anti-pattern block must list the findings it expects", problems);
        } else {
            require(m.expectedFindings().isEmpty(), "only anti-pattern blocks may expect findings", problems);
        }
        for (String rule : m.expectedFindings()) {
            require(RULE_ID.matcher(rule).matches(), "expected finding '" + rule + "' is not a rule id", problems);
        }
    }

    private void frame(PatternBlock block, List<String> problems) {
        Architecture a = block.design();
        List<Group> top = a.groups().stream().filter(g -> g.parent() == null).toList();
        if (top.size() != 1 || top.get(0).kind() != GroupKind.PATTERN) {
            problems.add("a block must have exactly one top-level group, its pattern frame");
            return;
        }
        Group frame = top.get(0);
        require(block.id().equals(frame.pattern()), "the frame's pattern is '" + frame.pattern() + "', not the block id",
                problems);
        require(block.name().equals(frame.label()), "the frame's label is not the block name", problems);
        require(!frame.collapsed(), "the frame is stored collapsed", problems);
        for (Group g : a.groups()) {
            if (g != frame) {
                require(g.kind() != GroupKind.PATTERN, "group '" + g.id() + "' is a second pattern frame", problems);
                inside(a, g.id(), Layout.bounds(a, g.id()), a.group(g.parent()).orElse(null), problems);
            }
        }
        for (Component c : a.components()) {
            if (c.parent() == null) {
                problems.add("component '" + c.id() + "' is outside the pattern frame");
            } else {
                inside(a, c.id(), Layout.bounds(a, c.id()), a.group(c.parent()).orElse(null), problems);
            }
        }
        List<Component> all = new ArrayList<>(a.components());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (overlap(Layout.bounds(a, all.get(i).id()), Layout.bounds(a, all.get(j).id()))) {
                    problems.add("'" + all.get(i).id() + "' and '" + all.get(j).id() + "' overlap on the canvas");
                }
            }
        }
        for (Group g : a.groups()) {
            if (g == frame) {
                continue;
            }
            for (Component c : all) {
                if (!isInside(a, c, g.id()) && overlap(Layout.bounds(a, c.id()), Layout.bounds(a, g.id()))) {
                    problems.add("'" + c.id() + "' overlaps group '" + g.id() + "' without being in it");
                }
            }
        }
        for (Note n : a.notes()) {
            require(n.x() >= frame.x() && n.y() >= frame.y() && n.x() < frame.x() + frame.width()
                    && n.y() < frame.y() + frame.height(), "note '" + n.id() + "' is outside the frame", problems);
        }
    }

    private static boolean overlap(double[] p, double[] q) {
        return p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
    }

    private static boolean isInside(Architecture a, Component c, String groupId) {
        String g = c.parent();
        for (int depth = 0; g != null && depth < 100; depth++) {
            if (g.equals(groupId)) {
                return true;
            }
            g = a.group(g).map(Group::parent).orElse(null);
        }
        return false;
    }

    private static void inside(Architecture a, String id, double[] box, Group parent, List<String> problems) {
        if (parent == null) {
            return;
        }
        if (box[0] < parent.x() || box[1] < parent.y() || box[2] > parent.x() + parent.width()
                || box[3] > parent.y() + parent.height()) {
            problems.add("'" + id + "' sticks out of its group '" + parent.id() + "'");
        }
    }

    private void component(PatternBlock block, Component c, List<String> problems) {
        Optional<ComponentType> type = catalog.type(c.type());
        if (type.isEmpty()) {
            problems.add("component '" + c.id() + "' has type '" + c.type() + "', which is not in the catalog");
            return;
        }
        for (Map.Entry<String, Object> e : c.properties().entrySet()) {
            Optional<PropertySpec> spec = type.get().property(e.getKey());
            if (spec.isEmpty()) {
                problems.add("component '" + c.id() + "' (" + c.type() + ") has no property '" + e.getKey() + "'");
                continue;
            }
            spec.get().check(e.getValue()).ifPresent(msg -> problems.add("component '" + c.id() + "': " + msg));
            if (!block.metadata().antiPattern() && spec.get().deprecated().contains(e.getValue())) {
                problems.add("component '" + c.id() + "': " + e.getKey() + " " + e.getValue() + " is deprecated");
            }
        }
        for (PropertySpec spec : type.get().properties()) {
            if (spec.required() && c.property(spec.id()) == null) {
                problems.add("component '" + c.id() + "' lacks the required property '" + spec.id() + "'");
            }
        }
        for (String ref : Placeholders.references(c.properties())) {
            require(block.design().component(ref).isPresent(),
                    "component '" + c.id() + "' refers to ${" + ref + "}, which is not a component of the block", problems);
            require(!BlockParameters.unitIds(block.metadata()).contains(ref),
                    "component '" + c.id() + "' refers to ${" + ref + "}, which a parameter may repeat or drop", problems);
        }
    }

    private void connection(Architecture a, Connection c, List<String> problems) {
        String from = a.component(c.from()).map(Component::type).orElse("?");
        String to = a.component(c.to()).map(Component::type).orElse("?");
        Optional<String> illegal = catalog.whyIllegal(from, c.kind(), to);
        if (illegal.isPresent()) {
            problems.add("connection '" + c.id() + "': " + illegal.get());
            return;
        }
        List<PropertySpec> specs = catalog.connectionProperties(from, c.kind(), to);
        for (Map.Entry<String, Object> e : c.properties().entrySet()) {
            Optional<PropertySpec> spec = specs.stream().filter(s -> s.id().equals(e.getKey())).findFirst();
            if (spec.isEmpty()) {
                problems.add("connection '" + c.id() + "' (" + from + " " + c.kind().id() + " " + to
                        + ") has no property '" + e.getKey() + "'");
            } else {
                spec.get().check(e.getValue()).ifPresent(msg -> problems.add("connection '" + c.id() + "': " + msg));
            }
        }
    }

    private void parameter(Architecture a, BlockParameter p, List<String> problems) {
        String where = "parameter '" + p.id() + "'";
        if (!BlockParameter.TYPES.contains(p.type())) {
            problems.add(where + " has unknown type '" + p.type() + "'");
            return;
        }
        require(!p.description().isBlank(), where + " has no description", problems);
        p.check(p.defaultValue()).ifPresent(msg -> problems.add(where + " default: " + msg));
        require(p.replicates() || !p.bindings().isEmpty(), where + " changes nothing (no bindings, no units)", problems);
        require("enum".equals(p.type()) == !p.values().isEmpty(), where + ": only enum parameters list values", problems);
        for (BlockParameter.Binding b : p.bindings()) {
            Optional<PropertySpec> spec = bindingSpec(a, b);
            if (spec.isEmpty()) {
                problems.add(where + " is bound to " + b.element() + "." + b.property() + ", which does not exist");
                continue;
            }
            Object current = current(a, b);
            Object effective = current != null ? current : spec.get().defaultValue();
            require(Objects.equals(effective, p.defaultValue()), where + ": its default " + p.defaultValue()
                    + " differs from " + b.element() + "." + b.property() + " in the block (" + effective + ")", problems);
            for (Object sample : samples(p)) {
                spec.get().check(sample).ifPresent(msg -> problems.add(where + " allows a value the property refuses: " + msg));
            }
        }
        if (p.replicates()) {
            require("int".equals(p.type()), where + " repeats units, so it must be an int", problems);
            require(p.min() != null && p.max() != null && p.min() >= 0, where + " needs min and max", problems);
            require(p.defaultValue() instanceof Long n && n == p.units().size(),
                    where + ": the block holds " + p.units().size() + " units but the default is " + p.defaultValue(), problems);
            Set<String> seen = new HashSet<>();
            for (List<String> unit : p.units()) {
                require(!unit.isEmpty(), where + " has an empty unit", problems);
                for (String id : unit) {
                    require(a.component(id).isPresent(), where + ": unit element '" + id + "' is not a component", problems);
                    require(seen.add(id), where + ": '" + id + "' is in two units", problems);
                }
            }
        }
    }

    private Optional<PropertySpec> bindingSpec(Architecture a, BlockParameter.Binding b) {
        Optional<Component> c = a.component(b.element());
        if (c.isPresent()) {
            return catalog.type(c.get().type()).flatMap(t -> t.property(b.property()));
        }
        return a.connection(b.element()).flatMap(conn -> {
            String from = a.componentOrNull(conn.from()).type();
            String to = a.componentOrNull(conn.to()).type();
            return catalog.connectionProperties(from, conn.kind(), to).stream()
                    .filter(s -> s.id().equals(b.property())).findFirst();
        });
    }

    private static Object current(Architecture a, BlockParameter.Binding b) {
        Optional<Component> c = a.component(b.element());
        if (c.isPresent()) {
            return c.get().property(b.property());
        }
        return a.connection(b.element()).map(conn -> conn.property(b.property())).orElse(null);
    }

    /** Values at the edges of what the parameter allows, to check against the bound property's spec. */
    private static List<Object> samples(BlockParameter p) {
        List<Object> values = new ArrayList<>();
        switch (p.type()) {
            case "int" -> {
                if (p.min() != null) {
                    values.add(p.min());
                }
                if (p.max() != null) {
                    values.add(p.max());
                }
            }
            case "enum" -> values.addAll(p.values());
            case "bool" -> values.addAll(List.of(true, false));
            default -> values.add(p.defaultValue());
        }
        return values;
    }

    private static void require(boolean ok, String message, List<String> problems) {
        if (!ok) {
            problems.add(message);
        }
    }
}
