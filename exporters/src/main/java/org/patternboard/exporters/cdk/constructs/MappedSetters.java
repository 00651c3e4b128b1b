package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.CodeBlock;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.model.catalog.mapping.CdkSetter;
import org.patternboard.model.catalog.mapping.PropertyMapping;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import org.patternboard.model.design.Component;

/**
 * States simple properties on a construct from the catalog's mappings (their {@code "cdk"} option), the same
 * knowledge the CloudFormation export writes them with: one place says that a queue's {@code delaySeconds} is
 * {@code DelaySeconds} in a template and {@code deliveryDelay(Duration.seconds(n))} in CDK code. Each value
 * stated is also added to the resource's expectation, in its CloudFormation form, so the generated stack test
 * and the parity checks hold the CDK code to what the template export writes.
 */
final class MappedSetters {
    private MappedSetters() {
    }

    /**
     * Sets each named property on {@code call}, in the order given. A property is stated when the design or a
     * Well-Architected default sets it, or, for an {@code always} setter, whenever the CloudFormation export
     * writes it; otherwise the CDK's default, which is AWS's, applies.
     */
    static void apply(Component c, StackContext ctx, Call call, String resourceType, Map<String, Object> expected,
            String... propertyIds) {
        ResourceMapping mapping = ctx.catalog().mappingOf(c.type(), resourceType).orElseThrow(() -> new IllegalStateException(
                "no mapping of " + c.type() + " to " + resourceType + " in the catalog"));
        Props p = ctx.props(c);
        for (String id : propertyIds) {
            PropertyMapping pm = mapping.property(id).orElseThrow(() -> new IllegalStateException(
                    c.type() + " maps no property '" + id + "' to " + resourceType));
            CdkSetter setter = pm.cdkSetter().orElseThrow(() -> new IllegalStateException(
                    c.type() + " '" + id + "' has no \"cdk\" setter in its mapping"));
            Object value = MappedProperties.exported(pm, p);
            if (value == null || !(setter.always() || p.isExplicit(id))) {
                continue;
            }
            call.set(setter.setter(), code(setter, value));
            mapping.write(expected, pm, value);
        }
    }

    static CodeBlock code(CdkSetter s, Object value) {
        return switch (s.form()) {
            case "literal" -> value instanceof String text ? CodeBlock.of("$S", text) : CodeBlock.of("$L", value);
            case "duration" -> Cdk.duration(number(s, value));
            case "seconds" -> Cdk.seconds(number(s, value));
            case "minutes" -> Cdk.minutes(number(s, value));
            case "hours" -> Cdk.hours(number(s, value));
            case "days" -> Cdk.days(number(s, value));
            case "mebibytes" -> CodeBlock.of("$T.mebibytes($L)", Cdk.SIZE, number(s, value));
            case "gibibytes" -> CodeBlock.of("$T.gibibytes($L)", Cdk.SIZE, number(s, value));
            case "constant" -> Cdk.constant(Cdk.of(s.constantService(), s.constantClass()), s.constantName(String.valueOf(value)));
            default -> throw new IllegalStateException("unknown CDK form " + s.form());
        };
    }

    private static long number(CdkSetter s, Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException(s.setter() + " takes a number, not " + value);
    }
}
