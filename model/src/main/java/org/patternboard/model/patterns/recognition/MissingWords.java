package org.patternboard.model.patterns.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.Catalog;

/**
 * The short qualifier naming what a partial match lacks: "without dead-letter queues", "without the alarm",
 * "without 1 of 3 dead-letter queues and the dashboard". Words come from the recognition data, else from the
 * catalog's type name.
 */
final class MissingWords {
    private final RecognitionRules rules;
    private final Catalog catalog;

    MissingWords(RecognitionRules rules, Catalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    /** "" when nothing counted is missing. */
    String qualifier(BlockShape shape, int[] map) {
        Map<String, int[]> byNoun = new LinkedHashMap<>(); // noun key → {missing, in block}
        for (int i = 0; i < shape.size(); i++) {
            if (!shape.counts(i)) {
                continue;
            }
            int[] counts = byNoun.computeIfAbsent(shape.nounKey(i), k -> new int[2]);
            counts[1]++;
            if (map[i] < 0) {
                counts[0]++;
            }
        }
        List<String> parts = new ArrayList<>();
        byNoun.forEach((key, counts) -> {
            if (counts[0] == 0) {
                return;
            }
            List<String> noun = noun(key);
            if (counts[0] == counts[1]) {
                parts.add(counts[1] == 1 ? "the " + noun.get(0) : noun.get(1));
            } else {
                parts.add(counts[0] + " of " + counts[1] + " " + noun.get(1));
            }
        });
        if (parts.isEmpty()) {
            return "";
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "without " + joined;
    }

    private List<String> noun(String key) {
        List<String> words = rules.nouns().get(key);
        if (words != null) {
            return words;
        }
        String name = catalog.type(key).map(t -> t.name()).orElse(key);
        return List.of(name, name + "s");
    }
}
