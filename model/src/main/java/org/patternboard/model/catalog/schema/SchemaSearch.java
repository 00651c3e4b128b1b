package org.patternboard.model.catalog.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds types by words of their name: every word of the query must occur in the type name (service included).
 * A word equal to a name segment ranks above one that starts a segment, which ranks above one inside it;
 * ties go to the shorter, then the alphabetically first name, so results are stable.
 */
final class SchemaSearch {
    private record Entry(ResourceSchema schema, String[] segments) {
    }

    private record Hit(ResourceSchema schema, int score) {
    }

    /** Lower-cased name segments, split once: a palette searches on every keystroke. */
    private final List<Entry> entries;

    SchemaSearch(Collection<ResourceSchema> schemas) {
        List<Entry> list = new ArrayList<>(schemas.size());
        for (ResourceSchema s : schemas) {
            list.add(new Entry(s, s.typeName().toLowerCase(Locale.ROOT).split("::")));
        }
        this.entries = List.copyOf(list);
    }

    List<ResourceSchema> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            int score = score(entry.segments(), words);
            if (score > 0) {
                hits.add(new Hit(entry.schema(), score));
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
    private static int score(String[] segments, List<String> words) {
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
