package org.patternboard.model.rules.operational;

import java.util.List;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.Types;

/** Lambda runtime families and their newest member, read from the catalog's runtime list (newest first). */
final class Runtimes {
    private Runtimes() {
    }

    static PropertySpec spec(RuleContext ctx) {
        return ctx.catalog().type(Types.LAMBDA).flatMap(t -> t.property("runtime"))
                .orElseThrow(() -> new IllegalStateException("the catalog has no Lambda runtime property"));
    }

    /** {@code nodejs}, {@code python}, {@code java}, {@code dotnet}, {@code ruby} or {@code provided}. */
    static String family(String runtime) {
        if (runtime.startsWith("dotnetcore") || runtime.startsWith("dotnet")) {
            return "dotnet";
        }
        if (runtime.startsWith("go") || runtime.startsWith("provided")) {
            return "provided";
        }
        for (String f : List.of("nodejs", "python", "java", "ruby")) {
            if (runtime.startsWith(f)) {
                return f;
            }
        }
        return runtime;
    }

    /** The first supported runtime of the family in the catalog's list, or null. */
    static String newest(PropertySpec spec, String family) {
        for (String v : spec.values()) {
            if (!spec.deprecated().contains(v) && family(v).equals(family)) {
                return v;
            }
        }
        return null;
    }
}
