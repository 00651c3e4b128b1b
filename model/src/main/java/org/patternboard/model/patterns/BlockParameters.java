package org.patternboard.model.patterns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Values;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.edit.Ids;

/**
 * Turns a block and the parameter values a user chose into the design to insert. Values that are not
 * given take the parameter's default; the block file itself is the design for all defaults.
 */
public final class BlockParameters {
    /** Vertical space between repeated units when the block shows only one. */
    private static final double UNIT_GAP = 48;

    private BlockParameters() {
    }

    /** Every parameter with its default value, in declaration order. */
    public static Map<String, Object> defaults(BlockMetadata metadata) {
        Map<String, Object> values = new LinkedHashMap<>();
        metadata.parameters().forEach(p -> values.put(p.id(), p.defaultValue()));
        return values;
    }

    public static Architecture apply(PatternBlock block, Map<String, ?> chosen) {
        Map<String, ?> given = chosen == null ? Map.of() : chosen;
        Set<String> known = new HashSet<>();
        block.metadata().parameters().forEach(p -> known.add(p.id()));
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                throw new EditException(block.name() + " has no parameter '" + key + "'");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (BlockParameter p : block.metadata().parameters()) {
            Object value = given.containsKey(p.id()) ? Values.freeze(given.get(p.id())) : p.defaultValue();
            p.check(value).ifPresent(msg -> {
                throw new EditException(block.name() + ": " + msg);
            });
            values.put(p.id(), value);
        }
        // Bindings first, so that repeated units copy the chosen values and dropped units take theirs along.
        Architecture a = block.design();
        for (BlockParameter p : block.metadata().parameters()) {
            for (BlockParameter.Binding b : p.bindings()) {
                a = bind(a, b, values.get(p.id()), block.name());
            }
        }
        for (BlockParameter p : block.metadata().parameters()) {
            if (p.replicates()) {
                a = replicate(a, p.units(), Values.asLong(values.get(p.id())).intValue());
            }
        }
        return a;
    }

    private static Architecture bind(Architecture a, BlockParameter.Binding b, Object value, String blockName) {
        Component c = a.componentOrNull(b.element());
        if (c != null) {
            return a.withComponent(c.withProperty(b.property(), value));
        }
        Connection conn = a.connection(b.element()).orElseThrow(() -> new EditException(
                blockName + ": a parameter is bound to '" + b.element() + "', which is not in the block"));
        return a.withConnection(conn.withProperty(b.property(), value));
    }

    private static Architecture replicate(Architecture a, List<List<String>> units, int wanted) {
        int present = units.size();
        if (wanted < present) {
            for (int i = present - 1; i >= wanted; i--) {
                a = removeUnit(a, units.get(i));
            }
            return a;
        }
        if (wanted == present) {
            return a;
        }
        List<String> last = units.get(present - 1);
        double[] box = unitBounds(a, last);
        double step = present >= 2 ? box[1] - unitBounds(a, units.get(present - 2))[1] : box[3] - box[1] + UNIT_GAP;
        int extra = wanted - present;
        a = shiftBelow(a, box[3], step * extra, new HashSet<>(last));
        for (int k = 1; k <= extra; k++) {
            a = cloneUnit(a, last, step * k);
        }
        return Layout.growGroupsToFit(a);
    }

    private static Architecture removeUnit(Architecture a, List<String> unit) {
        for (String id : unit) {
            for (Connection c : a.connectionsOf(id)) {
                a = a.withoutConnection(c.id());
            }
            a = a.withoutComponent(id);
        }
        return a;
    }

    private static Architecture cloneUnit(Architecture a, List<String> unit, double dy) {
        Map<String, String> ids = new LinkedHashMap<>();
        Architecture result = a;
        for (String id : unit) {
            Component c = a.componentOrNull(id);
            String fresh = Ids.fresh(result, stem(id));
            ids.put(id, fresh);
            Component copy = c.withId(fresh).withName(Ids.uniqueName(result, c.name(), Set.of()))
                    .withPosition(c.x(), c.y() + dy);
            result = result.withComponent(copy);
        }
        for (Connection c : a.connections()) {
            if (ids.containsKey(c.from()) || ids.containsKey(c.to())) {
                String fresh = Ids.fresh(result, stem(c.id()));
                result = result.withConnection(c.withId(fresh)
                        .withEnds(ids.getOrDefault(c.from(), c.from()), ids.getOrDefault(c.to(), c.to())));
            }
        }
        return result;
    }

    /** Moves what lies below the last unit down, so the new units do not cover it. */
    private static Architecture shiftBelow(Architecture a, double bottom, double dy, Set<String> unit) {
        Architecture result = a;
        for (Component c : a.components()) {
            if (!unit.contains(c.id()) && c.y() >= bottom) {
                result = result.withComponent(c.withPosition(c.x(), c.y() + dy));
            }
        }
        for (Note n : a.notes()) {
            if (n.y() >= bottom) {
                result = result.withNote(n.withPosition(n.x(), n.y() + dy));
            }
        }
        for (Group g : a.groups()) {
            if (g.y() >= bottom) {
                result = result.withGroup(g.withPosition(g.x(), g.y() + dy));
            }
        }
        return result;
    }

    private static double[] unitBounds(Architecture a, List<String> unit) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (String id : unit) {
            double[] b = Layout.bounds(a, id);
            box[0] = Math.min(box[0], b[0]);
            box[1] = Math.min(box[1], b[1]);
            box[2] = Math.max(box[2], b[2]);
            box[3] = Math.max(box[3], b[3]);
        }
        return box;
    }

    /** {@code queue} for {@code queue-2}: the part of an id that new ids are numbered from. */
    static String stem(String id) {
        String s = id.replaceAll("-\\d+$", "");
        return s.isBlank() ? "e" : s;
    }

    static List<String> unitIds(BlockMetadata m) {
        List<String> ids = new ArrayList<>();
        m.parameters().forEach(p -> p.units().forEach(ids::addAll));
        return ids;
    }
}
