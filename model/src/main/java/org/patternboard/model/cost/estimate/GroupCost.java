package org.patternboard.model.cost.estimate;

/** The monthly cost of the priced components inside a group (a pattern frame, a VPC, …), nested groups included. */
public record GroupCost(String id, String label, String kind, double monthly, int components) {
}
