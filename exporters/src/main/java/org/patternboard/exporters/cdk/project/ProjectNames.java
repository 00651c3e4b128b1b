package org.patternboard.exporters.cdk.project;

import org.patternboard.exporters.cdk.stack.Identifiers;
import org.patternboard.model.design.Architecture;

/**
 * The names of a generated project, all derived from the design's name: {@code The Big Fan} →
 * package {@code com.myorg}, classes {@code TheBigFanApp} / {@code TheBigFanStack}, stack id {@code TheBigFan},
 * artifact {@code the-big-fan}. ASCII only; a name with nothing usable gives {@code Design}.
 */
public record ProjectNames(String packageName, String base, String artifactId) {
    public static final String PACKAGE = "com.myorg";

    public static ProjectNames of(Architecture a) {
        String base = Identifiers.words(a.name(), "Design");
        if (base.endsWith("Stack") && base.length() > "Stack".length()) {
            base = base.substring(0, base.length() - "Stack".length());
        }
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        return new ProjectNames(PACKAGE, base, kebab(base));
    }

    public String appClass() {
        return base + "App";
    }

    public String stackClass() {
        return base + "Stack";
    }

    public String testClass() {
        return base + "StackTest";
    }

    /** The stack's construct id, which is also its CloudFormation stack name. */
    public String stackId() {
        return base;
    }

    public String packagePath() {
        return packageName.replace('.', '/');
    }

    static String kebab(String pascal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pascal.length(); i++) {
            char ch = pascal.charAt(i);
            if (i > 0 && Character.isUpperCase(ch) && !Character.isUpperCase(pascal.charAt(i - 1))) {
                out.append('-');
            }
            out.append(Character.toLowerCase(ch));
        }
        return out.toString();
    }
}
