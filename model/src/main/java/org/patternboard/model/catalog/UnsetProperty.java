package org.patternboard.model.catalog;

/**
 * What an unset property turns into and how the inspector says so: the effective default (Patternboard's over
 * AWS's), else the value an exporter fills in, else nothing. Headless, so a test can compare the inspector's
 * words with the rules and the exports.
 */
public final class UnsetProperty {
    private UnsetProperty() {
    }

    /** The value an unset property ends up with in the export: the effective default, else the on-export value. */
    public static Object value(PropertySpec spec) {
        Object v = spec.effectiveDefault();
        if (v == null && spec.onExport() != null) {
            return spec.onExport().value();
        }
        return v;
    }

    /**
     * {@code PAY_PER_REQUEST (Patternboard default — AWS: PROVISIONED)}, {@code S (AWS default)},
     * {@code set on export: pk}, {@code set on export} (derived, the reason says from what) or {@code not set}.
     */
    public static String label(PropertySpec spec) {
        switch (spec.defaultSource()) {
            case PATTERNBOARD:
                return spec.patternboardDefault().value() + (spec.hasDefault()
                        ? " (Patternboard default \u2014 AWS: " + spec.defaultValue() + ")" : " (Patternboard default)");
            case AWS:
                return spec.defaultValue() + " (AWS default)";
            default:
                if (spec.onExport() == null) {
                    return "not set";
                }
                return spec.onExport().value() == null ? "set on export" : "set on export: " + spec.onExport().value();
        }
    }

    /** Why Patternboard chose the value, for a tooltip; empty when AWS's default (or nothing) applies. */
    public static String reason(PropertySpec spec) {
        if (spec.patternboardDefault() != null) {
            return spec.patternboardDefault().why();
        }
        return spec.defaultValue() == null && spec.onExport() != null ? spec.onExport().why() : "";
    }
}
