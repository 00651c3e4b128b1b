package org.patternboard.model.rules;

/** The six Well-Architected pillars; ids are the contract's spelling. */
public enum Pillar {
    OPERATIONAL_EXCELLENCE("operationalExcellence", "Operational Excellence", "OPS"),
    SECURITY("security", "Security", "SEC"),
    RELIABILITY("reliability", "Reliability", "REL"),
    PERFORMANCE_EFFICIENCY("performanceEfficiency", "Performance Efficiency", "PERF"),
    COST_OPTIMIZATION("costOptimization", "Cost Optimization", "COST"),
    SUSTAINABILITY("sustainability", "Sustainability", "SUS");

    private final String id;
    private final String title;
    private final String rulePrefix;

    Pillar(String id, String title, String rulePrefix) {
        this.id = id;
        this.title = title;
        this.rulePrefix = rulePrefix;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Rule ids of this pillar start with this prefix, e.g. {@code REL-004}. */
    public String rulePrefix() {
        return rulePrefix;
    }
}
