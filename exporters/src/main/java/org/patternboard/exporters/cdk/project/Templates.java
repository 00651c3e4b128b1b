package org.patternboard.exporters.cdk.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Project file templates under {@code patternboard/cdk/project}, with {@code {{name}}} placeholders. */
final class Templates {
    private Templates() {
    }

    static String fill(String name, Map<String, String> values) {
        String resource = "patternboard/cdk/project/" + name;
        String text;
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("[\\p{Cntrl}]", " ");
    }

    /** Text safe in a Markdown line: one line, no HTML. */
    static String markdown(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replace("<", "&lt;").replace(">", "&gt;").strip();
    }
}
