package org.patternboard.model.diff;

/**
 * One value that differs: a catalog property, or a field such as {@code name} or {@code parent}.
 * A null side means the value is absent there (added or removed property).
 */
public record PropertyChange(String name, Object oldValue, Object newValue) {
}
