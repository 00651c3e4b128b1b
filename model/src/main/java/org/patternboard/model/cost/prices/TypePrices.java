package org.patternboard.model.cost.prices;

import java.util.List;
import java.util.Map;

/**
 * The prices of one component type: its items, the pricing page they come from, and, when the figures are
 * simplified, what the simplification is.
 *
 * @param onlyWhen driver values outside which the type has no price here (an RDS engine this table does not price)
 */
public record TypePrices(String type, String source, String approximate, Map<String, List<String>> onlyWhen,
        List<PriceItem> items) {
    public TypePrices {
        onlyWhen = onlyWhen == null ? Map.of() : Map.copyOf(onlyWhen);
        items = List.copyOf(items);
    }
}
