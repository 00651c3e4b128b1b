package org.patternboard.model.cost.estimate;

/**
 * One priced dimension of a component's monthly cost.
 *
 * @param unitPrice the list price of one unit (the first band's when the item is tiered)
 * @param free the units the free tier covered (0 without the free-tier option)
 */
public record LineItem(String name, double quantity, String unit, double unitPrice, double free, double monthly) {
}
