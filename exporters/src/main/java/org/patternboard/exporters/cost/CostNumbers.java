package org.patternboard.exporters.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the cost reports write numbers: money to 4 decimals in data, to cents for people; counts grouped. */
final class CostNumbers {
    private CostNumbers() {
    }

    /** A value rounded to 4 decimals for JSON and CSV (whole numbers without a fraction). */
    static BigDecimal data(double v) {
        BigDecimal d = new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "$%,.2f", v);
    }

    /** A unit price, with as many digits as it needs ($0.0000002, $0.023). */
    static String unitPrice(double v) {
        return "$" + new BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String quantity(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.1f" : "%,.4f", v);
    }

    static String scale(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
