package org.patternboard.model.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …?" for a component type id the catalog does not know: the ids nearest by edit distance, and the
 * types of the same service (so {@code aws.rds.database} finds {@code aws.rds.dbInstance} although they are far apart
 * as strings). Case is ignored, since {@code aws.SQS.queue} is a typo, not a new type.
 */
public final class TypeSuggestions {
    private static final int MAX = 3;

    private TypeSuggestions() {
    }

    /** Up to three known ids, best first; empty when nothing is close. */
    public static List<String> nearest(Catalog catalog, String unknown) {
        String wanted = unknown == null ? "" : unknown.toLowerCase(Locale.ROOT);
        String service = service(wanted);
        record Scored(String id, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (ComponentType t : catalog.types()) {
            String id = t.id().toLowerCase(Locale.ROOT);
            int distance = distance(wanted, id);
            boolean sameService = !service.isEmpty() && service.equals(service(id));
            // a close spelling, or any type of the same service
            if (distance <= Math.max(2, wanted.length() / 4) || sameService) {
                scored.add(new Scored(t.id(), distance - (sameService ? 100 : 0)));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::id))
                .limit(MAX).map(Scored::id).toList();
    }

    /** The sentence to add to an error, or "" when there is nothing to suggest. */
    public static String didYouMean(Catalog catalog, String unknown) {
        List<String> ids = nearest(catalog, unknown);
        return ids.isEmpty() ? "" : "; did you mean " + String.join(" or ", ids.stream().map(i -> "'" + i + "'").toList()) + "?";
    }

    private static String service(String id) {
        String[] parts = id.split("\\.");
        return parts.length >= 3 ? parts[0] + "." + parts[1] : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
