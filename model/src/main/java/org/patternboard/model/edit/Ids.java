package org.patternboard.model.edit;

import java.util.HashSet;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/** Fresh ids and unique names within a design. */
public final class Ids {
    private Ids() {
    }

    /** The first of {@code prefix-1}, {@code prefix-2}, … not used by any element of the design. */
    public static String fresh(Architecture a, String prefix) {
        return fresh(a, prefix, Set.of());
    }

    public static String fresh(Architecture a, String prefix, Set<String> alsoTaken) {
        String base = prefix.isBlank() ? "e" : prefix;
        for (int i = 1; ; i++) {
            String id = base + "-" + i;
            if (!a.hasElement(id) && !alsoTaken.contains(id)) {
                return id;
            }
        }
    }

    /** {@code base}, or {@code base2}, {@code base3}, … whichever no component is named yet. */
    public static String uniqueName(Architecture a, String base, Set<String> alsoTaken) {
        Set<String> names = new HashSet<>(alsoTaken);
        for (Component c : a.components()) {
            names.add(c.name());
        }
        if (!names.contains(base)) {
            return base;
        }
        String stem = base.replaceAll("\\d+$", "");
        for (int i = 2; ; i++) {
            String candidate = stem + i;
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A short id prefix for a component type: {@code queue} for {@code aws.sqs.queue}. */
    public static String prefixFor(String typeId) {
        int dot = typeId.lastIndexOf('.');
        return dot < 0 ? typeId : typeId.substring(dot + 1);
    }
}
