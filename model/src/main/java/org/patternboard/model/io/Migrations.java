package org.patternboard.model.io;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Upgrades the raw JSON of older files, one schema version at a time, before it is read.
 * Version 1 is the first; a future version N registers the step from N-1 here.
 */
final class Migrations {
    private static final Map<Integer, UnaryOperator<Map<String, Object>>> STEPS = new TreeMap<>();

    private Migrations() {
    }

    /** Whether a file of this version can be brought up to the current one. */
    static boolean canMigrateFrom(int version, int current) {
        for (int v = version + 1; v <= current; v++) {
            if (!STEPS.containsKey(v)) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Object> migrate(Map<String, Object> root, int from, int to) {
        Map<String, Object> result = root;
        for (int v = from + 1; v <= to; v++) {
            result = STEPS.get(v).apply(result);
        }
        return result;
    }
}
