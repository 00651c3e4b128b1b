package org.patternboard.model.cost.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.patternboard.model.cost.prices.PriceTable;
import org.patternboard.model.cost.prices.TypePrices;
import org.patternboard.model.cost.propagation.Flow;
import org.patternboard.model.cost.usage.DriverValues;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Connection;

/** Words the assumptions an estimate rests on: prices, month, what-if factor, default rates and drivers, loops. */
final class Assumptions {
    private final EstimateOptions options;

    Assumptions(EstimateOptions options) {
        this.options = options;
    }

    List<String> of(Architecture design, List<ComponentCost> costs, List<String> cutConnections) {
        PriceTable t = options.prices();
        List<String> out = new ArrayList<>();
        out.add("Prices: " + t.region() + " on-demand list prices in " + t.currency() + " as of " + t.pricesAsOf()
                + (t.comment() == null ? "" : " (" + t.comment() + ")"));
        out.add("A month is 730 hours (2,628,000 seconds); tiered prices are applied per component, not across the"
                + " account; data transfer between services and to the internet is not priced except by CloudFront.");
        if (options.scale() != 1) {
            out.add("What-if: every entry rate is multiplied by " + number(options.scale()) + ".");
        }
        out.add(options.freeTier()
                ? "The AWS free tier is taken off once for the design, shared by components in id order."
                : "The AWS free tier is not taken off (--free-tier takes it off).");
        TreeSet<String> approximate = new TreeSet<>();
        Map<String, TreeSet<String>> defaults = new TreeMap<>();
        for (ComponentCost c : costs) {
            Flow f = c.traffic();
            switch (f.entrySource()) {
                case DEFAULT -> out.add(c.id() + ": no rate set and nothing flows in; assumed " + number(f.entry())
                        + " requests a month (set usage.requestsPerMonth).");
                case SCHEDULE -> out.add(c.id() + ": runs " + number(f.entry()) + " times a month by its schedule.");
                case UNREADABLE_SCHEDULE -> out.add(c.id() + ": its schedule expression cannot be read; no traffic"
                        + " assumed (set usage.requestsPerMonth).");
                default -> {
                }
            }
            TypePrices p = t.prices(c.type());
            if (p != null && p.approximate() != null) {
                approximate.add(c.type() + " prices are approximate: " + p.approximate() + ".");
            }
            for (String d : c.defaulted()) {
                defaults.computeIfAbsent(c.type() + " " + d + " = " + DriverValues.text(c.drivers().get(d)), k -> new TreeSet<>())
                        .add(c.id());
            }
        }
        defaults.forEach((what, ids) -> out.add("Default " + what + " (set usage." + what.substring(what.indexOf(' ') + 1,
                what.indexOf(" = ")) + "): " + String.join(", ", ids) + "."));
        out.addAll(approximate);
        for (String id : cutConnections) {
            Connection c = design.connection(id).orElse(null);
            if (c != null) {
                out.add(id + " (" + c.from() + " " + c.kind().id() + " " + c.to() + ") closes a loop: traffic goes"
                        + " round it once.");
            }
        }
        return out;
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
