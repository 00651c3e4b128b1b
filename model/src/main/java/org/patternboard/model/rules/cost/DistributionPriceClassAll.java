package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** COST-006: CloudFront PriceClass_All. */
public final class DistributionPriceClassAll extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-006", Pillar.COST_OPTIMIZATION, Severity.INFO)
            .title("CloudFront uses every edge location")
            .rationale("The price class decides which edge locations serve viewers; PriceClass_All includes the most expensive regions, which matter only if your users are there.")
            .remedy("Choose PriceClass_100 or PriceClass_200 when your users are mostly in North America, Europe or Asia.")
            .references("COST 1")
            .quickFix()
            .build();

    public DistributionPriceClassAll() {
        super(INFO, "priceClass", "PriceClass_100",
                "requests are served from the most expensive edge locations too",
                DISTRIBUTION);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("PriceClass_All");
    }
}
