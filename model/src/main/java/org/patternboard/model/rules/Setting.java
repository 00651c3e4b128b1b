package org.patternboard.model.rules;

import java.util.List;
import org.patternboard.model.design.Values;

/**
 * A property value as a rule sees it: what the design says, or the catalog default (AWS's own) when the
 * property is not set. {@link #describe()} says which, so a finding never hides an assumption.
 *
 * @param explicit whether the design sets the property
 * @param unit the catalog unit (seconds, MB, …), or null
 * @param awsDefault whether the default is AWS's (false when AWS has none and Patternboard picked one)
 */
public record Setting(String property, Object value, boolean explicit, String unit, boolean awsDefault) {

    public boolean isSet() {
        return explicit;
    }

    /** The value as a whole number, or {@code fallback} when it is absent or not a number. */
    public long asLong(long fallback) {
        Long l = Values.asLong(value);
        return l == null ? fallback : l;
    }

    public boolean isTrue() {
        return Boolean.TRUE.equals(value);
    }

    /** The value as text, or null when absent. */
    public String text() {
        return value == null ? null : String.valueOf(value);
    }

    public boolean is(String expected) {
        return expected.equals(text());
    }

    /** The value with its unit, the way people write it: {@code 30 s}, {@code 128 MB}, {@code x86_64}. */
    public String shown() {
        return show(value, unit);
    }

    /**
     * {@code timeout is 60 s}, or {@code timeout is not set, so AWS's default of 3 s applies}, or
     * {@code reservedConcurrency is not set}.
     */
    public String describe() {
        if (explicit) {
            return property + " is " + shown();
        }
        if (value == null) {
            return property + " is not set";
        }
        return property + " is not set, so " + (awsDefault ? "AWS's" : "Patternboard's") + " default of " + shown()
                + " applies";
    }

    static String show(Object value, String unit) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        String text = String.valueOf(value);
        if (unit == null || !(value instanceof Number)) {
            return text;
        }
        return switch (unit) {
            case "seconds" -> text + " s";
            case "milliseconds" -> text + " ms";
            default -> text + " " + unit;
        };
    }
}
