package org.patternboard.model.rules.reliability;

import java.util.Collection;
import java.util.Map;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/**
 * REL-042: a property the catalog marks required (no default, and no value the export fills in) is empty, so
 * the resource cannot be created as designed.
 */
public final class RequiredPropertyEmpty extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-042", Pillar.RELIABILITY, Severity.ERROR)
            .title("Required property is empty")
            .rationale("AWS cannot create the resource without this value, and Patternboard does not invent one:"
                    + " the deploy stops (or asks for it as a template parameter) instead of running.")
            .remedy("Set the property; the quick fix sets the catalog's example value to start from.")
            .references("REL 1")
            .quickFix()
            .build();

    public RequiredPropertyEmpty() {
        // the subjects are the catalog's data: a type gains the check by marking a property required
        super(INFO, Catalog.standard().types().stream()
                .filter(t -> t.properties().stream().anyMatch(PropertySpec::required))
                .map(ComponentType::id).toArray(String[]::new));
    }

    @Override
    protected void check(Component c, RuleContext ctx, Findings out) {
        ComponentType type = ctx.catalog().type(c.type()).orElse(null);
        if (type == null) {
            return;
        }
        for (PropertySpec spec : type.properties()) {
            if (!spec.required()) {
                continue;
            }
            Setting value = ctx.setting(c, spec.id());
            if (isEmpty(value.value())) {
                String what = value.isSet() ? spec.id() + " is empty" : value.describe();
                out.report(what + ", and a " + type.name() + " cannot be created without it",
                        spec.example() == null ? null : ctx.setFix(c.id(), spec.id(), spec.example()));
            }
        }
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof String s && s.isBlank() || v instanceof Collection<?> l && l.isEmpty()
                || v instanceof Map<?, ?> m && m.isEmpty();
    }
}
