package org.patternboard.exporters.cdk.constructs;

import java.util.ArrayList;
import java.util.List;

/** Route paths as API Gateway accepts them. */
final class ApiPaths {
    private ApiPaths() {
    }

    /** {@code orders/{id}} → {@code /orders/{id}}; invalid characters become '-', a greedy {@code {x+}} only at the end. */
    static String clean(String path) {
        List<String> parts = new ArrayList<>();
        String[] raw = (path == null ? "" : path).split("/");
        for (int i = 0; i < raw.length; i++) {
            String part = raw[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            boolean last = i == raw.length - 1;
            if (part.matches("\\{[A-Za-z0-9_]+\\+?}")) {
                if (part.endsWith("+}") && !last) {
                    part = part.replace("+}", "}");
                }
                parts.add(part);
            } else {
                String cleaned = part.replaceAll("[^A-Za-z0-9._-]", "-");
                parts.add(cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned);
            }
        }
        return "/" + String.join("/", parts);
    }
}
