package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.RuleContext.dollars;

import java.util.Locale;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.LineItem;

/** The few ways the cost rules put the estimate's figures into words. */
final class CostFigures {
    private CostFigures() {
    }

    /** The monthly cost of the line items whose name starts with a prefix ("compute", "provisioned"). */
    static double items(ComponentCost c, String... prefixes) {
        double sum = 0;
        if (c == null) {
            return 0;
        }
        for (LineItem i : c.lineItems()) {
            for (String p : prefixes) {
                if (i.name().startsWith(p)) {
                    sum += i.monthly();
                    break;
                }
            }
        }
        return sum;
    }

    static LineItem item(ComponentCost c, String name) {
        return c == null ? null : c.item(name);
    }

    static String count(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) n)
                : String.format(Locale.ROOT, "%,.1f", n);
    }

    static String gb(double n) {
        return String.format(Locale.ROOT, n >= 10 ? "%,.0f GB" : "%,.2f GB", n);
    }

    static String money(double amount) {
        return dollars(amount);
    }
}
