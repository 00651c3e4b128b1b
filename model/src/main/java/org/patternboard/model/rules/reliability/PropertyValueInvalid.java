package org.patternboard.model.rules.reliability;

import java.util.Map;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.CatalogConformance;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/**
 * REL-043: a stored property value has the wrong type or is out of the catalog's range (a hand-edited or
 * generated file: the inspector and edits never store one). The design keeps the value; every export refuses
 * the design, because an export that dropped it would deploy AWS's default instead.
 */
public final class PropertyValueInvalid extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-043", Pillar.RELIABILITY, Severity.ERROR)
            .title("Property value has the wrong type or is out of range")
            .rationale("A value the resource cannot take (\"lots\" of memory, a timeout of -5 seconds) cannot be"
                    + " exported; dropping it would deploy AWS's default instead of what the design says, so the"
                    + " exports refuse the design until it is fixed.")
            .remedy("Set a value of the expected type within the range the message names (the inspector shows the"
                    + " limits), or remove the property to use the default.")
            .references("REL 1")
            .build();

    public PropertyValueInvalid() {
        // every catalog type with a property: any stored value may be wrong
        super(INFO, Catalog.standard().types().stream().filter(t -> !t.properties().isEmpty())
                .map(ComponentType::id).toArray(String[]::new));
    }

    @Override
    protected void check(Component c, RuleContext ctx, Findings out) {
        ComponentType type = ctx.catalog().type(c.type()).orElse(null);
        if (type == null) {
            return;
        }
        for (Map.Entry<String, Object> e : c.properties().entrySet()) {
            CatalogConformance.valueProblem(type, e.getKey(), e.getValue()).ifPresent(msg -> out.report(msg));
        }
    }
}
