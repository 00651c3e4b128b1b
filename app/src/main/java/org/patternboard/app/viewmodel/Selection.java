package org.patternboard.app.viewmodel;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The selected element ids (components, connections, groups, notes): a value, replaced as a whole. */
public record Selection(Set<String> ids) {
    private static final Selection EMPTY = new Selection(Set.of());

    public Selection {
        ids = Set.copyOf(ids);
    }

    public static Selection empty() {
        return EMPTY;
    }

    public static Selection of(String... ids) {
        return new Selection(Set.of(ids));
    }

    public static Selection of(Collection<String> ids) {
        return new Selection(new LinkedHashSet<>(ids));
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public int size() {
        return ids.size();
    }

    public Selection toggle(String id) {
        Set<String> s = new LinkedHashSet<>(ids);
        if (!s.remove(id)) {
            s.add(id);
        }
        return new Selection(s);
    }

    public Selection plus(Collection<String> more) {
        Set<String> s = new LinkedHashSet<>(ids);
        s.addAll(more);
        return new Selection(s);
    }

    /** The only selected id, or null when zero or several are selected. */
    public String single() {
        return ids.size() == 1 ? ids.iterator().next() : null;
    }
}
