package org.patternboard.exporters.cdk.constructs;

/** Environment variable names that Lambda and ECS accept: letters, digits, underscores, starting with a letter. */
final class EnvironmentNames {
    private EnvironmentNames() {
    }

    static String name(String wanted) {
        String s = wanted.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "V" + s;
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** {@code OrdersTable} → {@code ORDERS_TABLE}. */
    static String snake(String pascal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pascal.length(); i++) {
            char ch = pascal.charAt(i);
            if (i > 0 && Character.isUpperCase(ch) && !Character.isUpperCase(pascal.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(ch));
        }
        return name(out.toString());
    }
}
