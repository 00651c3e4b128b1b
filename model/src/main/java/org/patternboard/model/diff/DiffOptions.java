package org.patternboard.model.diff;

/**
 * How to compare.
 *
 * @param ignoreLayout leave positions and sizes out: for designs whose layout is computed (a template imported
 *                     in memory is laid out afresh each time) moves are noise, not edits
 */
public record DiffOptions(boolean ignoreLayout) {
    public static final DiffOptions DEFAULT = new DiffOptions(false);
    public static final DiffOptions IGNORE_LAYOUT = new DiffOptions(true);
}
