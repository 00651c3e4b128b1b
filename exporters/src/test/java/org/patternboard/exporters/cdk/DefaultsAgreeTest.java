package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.UnsetProperty;
import org.patternboard.model.catalog.mapping.PropertyMapping;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/**
 * Issue 18: one source of defaults. For every catalog type and every property left unset, the value the
 * inspector shows ({@link UnsetProperty}, which the inspector calls), the value the rules assume (read through
 * {@link RuleContext#setting}, as every rule does) and the value each exporter emits (the CloudFormation
 * resource read back through the catalog's mappings; the CDK writer's recorded template expectations read the
 * same way) are the same. A Well-Architected default put back into only one of these places fails here.
 */
class DefaultsAgreeTest {
    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void inspectorRulesAndBothExportsAgreeOnEveryUnsetProperty() {
        Map<String, Map<String, Setting>> assumed = whatTheRulesAssume();
        CloudFormationExporter cfn = new CloudFormationExporter();
        CdkJavaExporter cdk = new CdkJavaExporter();
        List<String> mismatches = new ArrayList<>();
        int properties = 0;
        int cfnCompared = 0;
        int cdkCompared = 0;
        int skipped = 0;
        int requiredOrDerived = 0;
        int leftToAws = 0;
        Set<String> patternboardDefaultsSeenInExport = new LinkedHashSet<>();
        List<String> notExportedAlone = new ArrayList<>();
        for (ComponentType type : CATALOG.types()) {
            if (type.isGeneric()) {
                continue; // its properties are whatever CloudFormation type it names
            }
            for (PropertySpec spec : type.properties()) {
                properties++;
                String where = type.id() + "." + spec.id();
                Object shown = UnsetProperty.value(spec);
                // (a) the inspector's words carry the value it says an unset property gets
                if (shown != null && !String.valueOf(UnsetProperty.label(spec)).contains(String.valueOf(shown))) {
                    mismatches.add(where + ": inspector says '" + UnsetProperty.label(spec) + "' for " + shown);
                }
                // (b) the rules assume the same value (a value filled in on export is not a default they judge)
                Object rules = assumed.get(type.id()).get(spec.id()).value();
                Object expectedByRules = spec.effectiveDefault();
                if (!Objects.equals(rules, expectedByRules) || expectedByRules != null && !Objects.equals(shown, rules)) {
                    mismatches.add(where + ": inspector " + shown + ", rules " + rules);
                }
            }
            Architecture alone = design(type.id());
            Map<String, Object> resources;
            List<StackContext.Expectation> expectations;
            try {
                resources = resources(cfn.template(alone));
                expectations = cdk.expectations(alone);
            } catch (RuntimeException e) {
                notExportedAlone.add(type.id() + " (" + e.getMessage() + ")");
                continue;
            }
            for (ResourceMapping m : CATALOG.mappingsOf(type.id())) {
                Optional<Map<String, Object>> cfnProps = exported(resources, m);
                Optional<Map<String, Object>> cdkProps = expectations.stream()
                        .filter(x -> x.elementId().equals("c") && x.cfnType().equals(m.resourceType()))
                        .map(StackContext.Expectation::properties).findFirst();
                Map<String, Object> cfnRead = cfnProps.map(m::read).orElse(Map.of());
                Map<String, Object> cdkRead = cdkProps.map(m::read).orElse(Map.of());
                for (PropertyMapping pm : m.properties()) {
                    PropertySpec spec = type.property(pm.property()).orElseThrow();
                    String where = type.id() + "." + spec.id() + " -> " + m.resourceType() + " " + pm.pathText();
                    if (pm.isConditional() || pm.omitDefault()) {
                        skipped++;
                        continue;
                    }
                    if (spec.required() || spec.onExport() != null && spec.onExport().value() == null) {
                        // REL-042 refuses the first; the second is derived from other settings (its reason says how)
                        requiredOrDerived++;
                        continue;
                    }
                    Object expected = UnsetProperty.value(spec);
                    if (cfnProps.isPresent()) {
                        cfnCompared++;
                        Object written = cfnRead.get(pm.property());
                        if (written == null && spec.defaultSource() == PropertySpec.DefaultSource.AWS) {
                            leftToAws++; // left out of the template, so AWS's own default applies: the same value
                        } else if (!same(expected, written)) {
                            mismatches.add(where + ": inspector " + expected + ", CloudFormation " + cfnRead.get(pm.property()));
                        } else if (spec.patternboardDefault() != null) {
                            patternboardDefaultsSeenInExport.add(type.id() + "." + spec.id());
                        }
                    }
                    // the CDK records only key properties; where it records one, it must be the same value
                    if (cdkRead.containsKey(pm.property())) {
                        cdkCompared++;
                        if (!same(expected, cdkRead.get(pm.property()))) {
                            mismatches.add(where + ": inspector " + expected + ", CDK " + cdkRead.get(pm.property()));
                        }
                    }
                }
            }
        }
        System.out.printf("defaults: %d properties; %d CloudFormation comparisons (%d of them left to AWS's default),"
                + " %d CDK comparisons; skipped: %d conditional or omitDefault mappings, %d required or derived on"
                + " export; not exportable alone: %s%n", properties, cfnCompared, leftToAws, cdkCompared, skipped,
                requiredOrDerived, notExportedAlone);
        assertThat(mismatches).isEmpty();
        assertThat(properties).as("properties compared between inspector and rules").isGreaterThan(300);
        assertThat(cfnCompared).as("properties compared with the CloudFormation export").isGreaterThan(100);
        assertThat(cdkCompared).as("properties compared with the CDK expectations").isGreaterThan(0);
        assertThat(notExportedAlone).as("types that cannot be exported on their own").hasSizeLessThan(5);
        // every Well-Architected default is proven to reach the export, unless its mapping is conditional
        List<String> unproven = new ArrayList<>();
        for (ComponentType type : CATALOG.types()) {
            for (PropertySpec spec : type.properties()) {
                if (spec.patternboardDefault() != null && !patternboardDefaultsSeenInExport.contains(type.id() + "." + spec.id())
                        // the exporter writes plain CloudFormation; a SAM mapping (AWS::Serverless::*) is import-only
                        && CATALOG.mappingsOf(type.id()).stream().filter(m -> !m.resourceType().startsWith("AWS::Serverless::"))
                                .flatMap(m -> m.properties().stream())
                                .anyMatch(pm -> pm.property().equals(spec.id()) && !pm.isConditional() && !pm.omitDefault())) {
                    unproven.add(type.id() + "." + spec.id());
                }
            }
        }
        assertThat(unproven).as("Patternboard defaults mapped but not seen in the export").isEmpty();
    }

    @Test
    void theInspectorNamesBothDefaultsAndWhatTheExportFillsIn() {
        PropertySpec billing = CATALOG.type("aws.dynamodb.table").flatMap(t -> t.property("billingMode")).orElseThrow();
        PropertySpec key = CATALOG.type("aws.dynamodb.table").flatMap(t -> t.property("partitionKey")).orElseThrow();
        PropertySpec keyType = CATALOG.type("aws.dynamodb.table").flatMap(t -> t.property("partitionKeyType")).orElseThrow();
        assertThat(UnsetProperty.label(billing)).isEqualTo("PAY_PER_REQUEST (Patternboard default \u2014 AWS: PROVISIONED)");
        assertThat(UnsetProperty.reason(billing)).contains("On-demand");
        assertThat(UnsetProperty.label(key)).isEqualTo("set on export: pk");
        assertThat(UnsetProperty.reason(key)).isNotBlank();
        assertThat(key.required()).as("the export fills it, so it is not a required error").isFalse();
        assertThat(UnsetProperty.label(keyType)).isEqualTo("S (AWS default)");
        assertThat(UnsetProperty.reason(keyType)).isEmpty();
    }

    @Test
    void aPropertyTheExportFillsInIsFilledWithTheCatalogValueByBothExports() {
        Architecture table = design("aws.dynamodb.table");
        Map<String, Object> props = exported(resources(new CloudFormationExporter().template(table)),
                CATALOG.mappingsOf("aws.dynamodb.table").get(0)).orElseThrow();
        assertThat(String.valueOf(props.get("KeySchema"))).contains("AttributeName=pk");
        assertThat(new CdkJavaExporter().stackSource(table)).contains("\"pk\"");
    }

    /** Every property of a lone component of each type, as the rules' own context reports it. */
    private static Map<String, Map<String, Setting>> whatTheRulesAssume() {
        Map<String, Map<String, Setting>> seen = new HashMap<>();
        List<String> types = CATALOG.types().stream().map(ComponentType::id).toList();
        RuleInfo info = RuleInfo.builder("OPS-999", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO).title("probe")
                .rationale("records settings").remedy("none").build();
        ComponentRule probe = new ComponentRule(info, types.toArray(String[]::new)) {
            @Override
            protected void check(Component c, RuleContext ctx, Findings out) {
                Map<String, Setting> byProperty = seen.computeIfAbsent(c.type(), k -> new HashMap<>());
                CATALOG.type(c.type()).orElseThrow().properties().forEach(p -> byProperty.put(p.id(), ctx.setting(c, p.id())));
            }
        };
        RuleEngine engine = new RuleEngine(CATALOG, List.of(probe));
        for (String type : types) {
            engine.check(design(type));
        }
        return seen;
    }

    private static Architecture design(String type) {
        return Architecture.of("Defaults", "", List.of(Component.of("c", type, "Subject", 0, 0)), List.of(), List.of(),
                List.of(), List.of(), Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> exported(Map<String, Object> resources, ResourceMapping m) {
        for (Object r : resources.values()) {
            Map<String, Object> res = (Map<String, Object>) r;
            Object meta = res.get("Metadata");
            boolean own = meta instanceof Map<?, ?> mm && "c".equals(mm.get(ExportContext.META_COMPONENT));
            if (own && m.resourceType().equals(res.get("Type"))) {
                Map<String, Object> props = (Map<String, Object>) res.getOrDefault("Properties", Map.of());
                if (m.matches(props)) {
                    return Optional.of(props);
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources(Map<String, Object> template) {
        return (Map<String, Object>) template.get("Resources");
    }

    private static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() == y.longValue();
        }
        return String.valueOf(a).equals(String.valueOf(b));
    }
}
