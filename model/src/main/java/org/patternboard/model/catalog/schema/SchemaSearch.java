package org.patternboard.model.catalog.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds types by words of their name: every word of the query must occur in the type name (service included).
 * A word equal to a name segment ranks above one that starts a segment, which ranks above one inside it;
 * ties go to the shorter, then the alphabetically first name, so results are stable.
 */
final class SchemaSearch {
    private SchemaSearch() {
    }

    static List<ResourceSchema> search(Iterable<ResourceSchema> schemas, String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        record Hit(ResourceSchema schema, int score) {
        }
        List<Hit> hits = new ArrayList<>();
        for (ResourceSchema schema : schemas) {
            int score = score(schema.typeName().toLowerCase(Locale.ROOT), words);
            if (score > 0) {
                hits.add(new Hit(schema, score));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt((Hit h) -> -h.score())
                        .thenComparingInt(h -> h.schema().typeName().length())
                        .thenComparing(h -> h.schema().typeName()))
                .limit(limit).map(Hit::schema).toList();
    }

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String w : query.toLowerCase(Locale.ROOT).split("[\\s:]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** 0 if a word is missing; else the sum of each word's best match against the name's segments. */
    private static int score(String typeName, List<String> words) {
        String[] segments = typeName.split("::");
        int total = 0;
        for (String word : words) {
            int best = 0;
            for (String segment : segments) {
                best = Math.max(best, segment.equals(word) ? 3 : segment.startsWith(word) ? 2 : segment.contains(word) ? 1 : 0);
            }
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total;
    }
}
