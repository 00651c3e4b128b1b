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
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.edit.Ids;
import org.patternboard.model.edit.ReplaceComponent;
import org.patternboard.model.edit.ReplaceConnection;
import org.patternboard.model.edit.ReplaceGroup;
import org.patternboard.model.edit.ReplaceNote;
import org.patternboard.model.edit.SetDocument;

/**
 * Inserting a block: one undoable edit that copies the block's design into the target with fresh ids and
 * unique names, inside a pattern frame that remembers the block id, with the frame's top-left corner at
 * the given point. Nothing else in the target changes.
 */
public final class BlockInsertion {

    /** The edit, the id of the new frame, and how the block's ids map to the new ones. */
    public record Inserted(Edit edit, String frameId, Map<String, String> ids) {
        public Inserted {
            ids = Map.copyOf(ids);
        }
    }

    public Edit insert(Architecture target, PatternBlock block, double x, double y) {
        return prepare(target, block, x, y, Map.of()).edit();
    }

    public Edit insert(Architecture target, PatternBlock block, double x, double y, Map<String, ?> parameterValues) {
        return prepare(target, block, x, y, parameterValues).edit();
    }

    public Inserted prepare(Architecture target, PatternBlock block, double x, double y, Map<String, ?> parameterValues) {
        Architecture source = BlockParameters.apply(block, parameterValues);
        Group frame = source.groups().stream()
                .filter(g -> g.kind() == GroupKind.PATTERN && g.parent() == null)
                .findFirst()
                .orElseThrow(() -> new EditException(block.name() + " has no pattern frame"));
        double dx = x - frame.x();
        double dy = y - frame.y();

        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<Group> groups = Layout.parentsFirst(source);
        groups.forEach(g -> ids.put(g.id(), fresh(target, g.id(), taken)));
        source.components().forEach(c -> ids.put(c.id(), fresh(target, c.id(), taken)));
        source.connections().forEach(c -> ids.put(c.id(), fresh(target, c.id(), taken)));
        source.notes().forEach(n -> ids.put(n.id(), fresh(target, n.id(), taken)));

        List<Edit> steps = new ArrayList<>();
        for (Group g : groups) {
            Group copy = new Group(ids.get(g.id()), g.kind(), g.label(),
                    g == frame ? block.id() : g.pattern(), g.x() + dx, g.y() + dy, g.width(), g.height(),
                    g.parent() == null ? null : ids.get(g.parent()), false, g.extra());
            steps.add(new ReplaceGroup(copy.id(), copy, "Add frame"));
        }
        Set<String> names = new HashSet<>();
        for (Component c : source.components()) {
            String name = Ids.uniqueName(target, c.name(), names);
            names.add(name);
            Component copy = new Component(ids.get(c.id()), c.type(), name, c.x() + dx, c.y() + dy, c.width(),
                    c.height(), c.parent() == null ? ids.get(frame.id()) : ids.get(c.parent()),
                    Placeholders.renameAll(c.properties(), ids), c.extra());
            steps.add(new ReplaceComponent(copy.id(), copy, "Add " + name));
        }
        for (Connection c : source.connections()) {
            Connection copy = new Connection(ids.get(c.id()), ids.get(c.from()), ids.get(c.to()), c.kind(),
                    Placeholders.renameAll(c.properties(), ids), c.extra());
            steps.add(new ReplaceConnection(copy.id(), copy, "Connect"));
        }
        for (Note n : source.notes()) {
            Note copy = new Note(ids.get(n.id()), n.text(), n.x() + dx, n.y() + dy, n.width(), n.extra());
            steps.add(new ReplaceNote(copy.id(), copy, "Add note"));
        }
        if (!source.suppressions().isEmpty()) {
            List<Suppression> all = new ArrayList<>(target.suppressions());
            for (Suppression s : source.suppressions()) {
                String to = ids.get(s.target());
                if (to == null) {
                    throw new EditException(block.name() + ": suppression of " + s.rule() + " targets '" + s.target()
                            + "', which is not an element of the block");
                }
                all.add(new Suppression(s.rule(), to, s.reason()));
            }
            steps.add(new SetDocument(target.name(), target.description(), all, target.extra(), "Add suppressions"));
        }
        return new Inserted(new CompoundEdit("Insert " + block.name(), steps), ids.get(frame.id()), ids);
    }

    private static String fresh(Architecture target, String blockId, Set<String> taken) {
        String id = Ids.fresh(target, BlockParameters.stem(blockId), taken);
        taken.add(id);
        return id;
    }
}
