package org.patternboard.model.rules.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The key usages each KMS key spec supports, from {@code patternboard/rules/kms-key-usages.json}. */
final class KmsKeyUsages {
    private static final Map<String, List<String>> BY_SPEC = load();

    private KmsKeyUsages() {
    }

    /** The usages of a key spec; empty for a spec the table does not know (then nothing is checked). */
    static List<String> of(String keySpec) {
        return keySpec == null ? List.of() : BY_SPEC.getOrDefault(keySpec, List.of());
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> table = new TreeMap<>();
        RuleData.read("/patternboard/rules/kms-key-usages.json").get("usages").fields().forEachRemaining(e -> {
            List<String> usages = new ArrayList<>();
            for (JsonNode u : e.getValue()) {
                usages.add(u.asText());
            }
            table.put(e.getKey(), List.copyOf(usages));
        });
        return Map.copyOf(table);
    }
}
