package org.patternboard.exporters.cdk.constructs;

import java.util.Locale;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;

/** Project folders for function code and layer content. */
final class Assets {
    private Assets() {
    }

    /**
     * The design's relative path when it is a safe one ({@code lambda/orders}: letters, digits, {@code -_./},
     * no {@code ..}), else {@code <root>/<construct-id-in-kebab-case>}.
     */
    static String folder(StackContext ctx, Component c, String root, String wanted) {
        if (wanted != null && wanted.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*") && !wanted.contains("..")
                && !wanted.startsWith("src") && !wanted.startsWith("target") && !wanted.startsWith("cdk.out")) {
            return wanted;
        }
        return root + "/" + kebab(ctx.constructId(c));
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
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
