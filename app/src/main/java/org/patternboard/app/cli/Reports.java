package org.patternboard.app.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** What the three validation reports share: stable JSON writing and readable target names. */
final class Reports {
    private Reports() {
    }

    /** Two-space indented JSON with a newline at the end, the same bytes for the same content. */
    static String json(Object tree) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer(printer)
                    .writeValueAsString(tree) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A map that keeps the order given (Map.of's order changes from one JVM run to the next). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Component names for component ids, "From → To" for connection ids, the id itself otherwise. */
    static List<String> names(Architecture a, List<String> targets) {
        Set<String> names = new LinkedHashSet<>();
        for (String id : targets) {
            Component c = a.componentOrNull(id);
            if (c != null) {
                names.add(c.name());
                continue;
            }
            Connection conn = a.connection(id).orElse(null);
            if (conn != null && targets.contains(conn.from()) && targets.contains(conn.to())) {
                continue; // both ends are already named
            }
            if (conn != null) {
                names.add(name(a, conn.from()) + " \u2192 " + name(a, conn.to()));
            } else {
                names.add(id);
            }
        }
        return new ArrayList<>(names);
    }

    static String name(Architecture a, String id) {
        Component c = a.componentOrNull(id);
        return c == null ? id : c.name();
    }
}
