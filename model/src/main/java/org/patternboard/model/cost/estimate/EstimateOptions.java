package org.patternboard.model.cost.estimate;

import org.patternboard.model.cost.prices.PriceTable;
import org.patternboard.model.cost.prices.PriceTables;

/**
 * What an estimate is for: the price table (a region), the what-if factor on every entry rate, and whether
 * the AWS free tier is taken off (once per account, shared by the components in id order).
 */
public record EstimateOptions(PriceTable prices, double scale, boolean freeTier) {
    public EstimateOptions {
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be a number of 0 or more, not " + scale);
        }
    }

    /** us-east-1 list prices, scale 1, no free tier. */
    public static EstimateOptions standard() {
        return new EstimateOptions(PriceTables.bundled(PriceTables.DEFAULT_REGION), 1, false);
    }

    public EstimateOptions withScale(double factor) {
        return new EstimateOptions(prices, factor, freeTier);
    }

    public EstimateOptions withFreeTier(boolean on) {
        return new EstimateOptions(prices, scale, on);
    }

    public EstimateOptions withPrices(PriceTable table) {
        return new EstimateOptions(table, scale, freeTier);
    }
}
