package org.patternboard.model.edit;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;

/**
 * Moves components, groups and notes by an offset. Consecutive moves of the same selection merge,
 * so a whole drag is one undo step.
 */
public record MoveEdit(Set<String> ids, double dx, double dy) implements Edit {
    public MoveEdit {
        ids = Set.copyOf(new TreeSet<>(ids));
    }

    @Override
    public Architecture apply(Architecture before) {
        Architecture a = before;
        for (String id : new TreeSet<>(ids)) {
            Component c = a.componentOrNull(id);
            if (c != null) {
                a = a.withComponent(c.withPosition(c.x() + dx, c.y() + dy));
                continue;
            }
            Optional<Group> g = a.group(id);
            if (g.isPresent()) {
                a = a.withGroup(g.get().withPosition(g.get().x() + dx, g.get().y() + dy));
                continue;
            }
            Optional<Note> n = a.note(id);
            if (n.isPresent()) {
                a = a.withNote(n.get().withPosition(n.get().x() + dx, n.get().y() + dy));
                continue;
            }
            throw new EditException("cannot move '" + id + "': no such element");
        }
        return a;
    }

    @Override
    public Edit inverse(Architecture before) {
        // Restore the exact old positions: adding -dx back is not exact in floating point.
        java.util.List<Edit> restore = new java.util.ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            before.component(id).ifPresent(c -> restore.add(new ReplaceComponent(id, c, "Move back")));
            before.group(id).ifPresent(g -> restore.add(new ReplaceGroup(id, g, "Move back")));
            before.note(id).ifPresent(n -> restore.add(new ReplaceNote(id, n, "Move back")));
        }
        return new CompoundEdit("Undo " + description(), restore);
    }

    @Override
    public String description() {
        return ids.size() == 1 ? "Move" : "Move " + ids.size() + " items";
    }

    @Override
    public Optional<Edit> mergeWith(Edit next) {
        if (next instanceof MoveEdit m && m.ids.equals(ids)) {
            return Optional.of(new MoveEdit(ids, dx + m.dx, dy + m.dy));
        }
        return Optional.empty();
    }
}
