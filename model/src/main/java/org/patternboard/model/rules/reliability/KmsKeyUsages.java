package org.patternboard.model.rules.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The key usages each KMS key spec supports, from {@code patternboard/rules/kms-key-usages.json}. */
final class KmsKeyUsages {
    private static final String RESOURCE = "/patternboard/rules/kms-key-usages.json";
    private static final Map<String, List<String>> BY_SPEC = load();

    private KmsKeyUsages() {
    }

    /** The usages of a key spec; empty for a spec the table does not know (then nothing is checked). */
    static List<String> of(String keySpec) {
        return BY_SPEC.getOrDefault(keySpec, List.of());
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = KmsKeyUsages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Map<String, List<String>> table = new TreeMap<>();
            new ObjectMapper().readTree(in).get("usages").fields().forEachRemaining(e -> {
                List<String> usages = new ArrayList<>();
                for (JsonNode u : e.getValue()) {
                    usages.add(u.asText());
                }
                table.put(e.getKey(), List.copyOf(usages));
            });
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
