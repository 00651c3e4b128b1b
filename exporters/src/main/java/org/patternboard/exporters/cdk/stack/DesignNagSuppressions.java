package org.patternboard.exporters.cdk.stack;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.patternboard.exporters.cloudformation.nag.DesignSuppressions;
import org.patternboard.exporters.cloudformation.nag.NagCatalog;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.rules.BuiltInRules;
import org.patternboard.model.rules.Rule;

/**
 * The CDK export's half of "a Patternboard rule suppressed in the design is suppressed in cdk-nag": after the
 * constructs, one {@code suppressNag(...)} call per suppressed AwsSolutions rule writes the same
 * {@code cdk_nag.rules_to_suppress} metadata as the CloudFormation export onto the resources of the suppression's
 * target (its construct and children, or the whole stack for {@code *}) whose type the rule checks. The generated
 * project needs no cdk-nag dependency for it.
 */
final class DesignNagSuppressions {
    private static final List<Rule> RULES = BuiltInRules.all();
    private static final ClassName CFN_RESOURCE = ClassName.get("software.amazon.awscdk", "CfnResource");
    private static final ClassName ICONSTRUCT = ClassName.get("software.constructs", "IConstruct");

    private DesignNagSuppressions() {
    }

    /** Writes the calls for the design's suppressions; whether any was written (the stack then needs {@link #method}). */
    static boolean write(StackContext ctx) {
        boolean any = false;
        for (Suppression s : ctx.design().suppressions()) {
            boolean whole = Suppression.WHOLE_DESIGN.equals(s.target());
            if (!whole && !ctx.hasVariable(s.target())) {
                continue;
            }
            List<DesignSuppressions.NagSuppression> list = DesignSuppressions.of(s, RULES, NagCatalog.standard());
            if (list.isEmpty()) {
                continue;
            }
            if (!any) {
                ctx.blankLine();
                ctx.comment("cdk-nag: the Patternboard rules the design suppresses, with the design's reasons");
            }
            any = true;
            CodeBlock scope = whole ? CodeBlock.of("this") : ctx.ref(s.target());
            for (DesignSuppressions.NagSuppression n : list) {
                CodeBlock types = CodeBlock.join(n.types().stream().map(t -> CodeBlock.of("$S", t)).toList(), ", ");
                ctx.statement(CodeBlock.of("suppressNag($L, $S, $S, $T.of($L))", scope, n.rule(), n.reason(), List.class, types));
            }
        }
        return any;
    }

    static MethodSpec method() {
        return MethodSpec.methodBuilder("suppressNag")
                .addJavadoc("Adds a cdk-nag suppression to every resource under {@code scope} of one of {@code types}.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(ParameterSpec.builder(ICONSTRUCT, "scope").addModifiers(Modifier.FINAL).build())
                .addParameter(ParameterSpec.builder(String.class, "rule").addModifiers(Modifier.FINAL).build())
                .addParameter(ParameterSpec.builder(String.class, "reason").addModifiers(Modifier.FINAL).build())
                .addParameter(ParameterSpec.builder(ParameterizedTypeName.get(List.class, String.class), "types")
                        .addModifiers(Modifier.FINAL).build())
                .beginControlFlow("for ($T child : scope.getNode().findAll())", ICONSTRUCT)
                .beginControlFlow("if (child instanceof $T resource && types.contains(resource.getCfnResourceType()))", CFN_RESOURCE)
                .addStatement("$T<Object> entries = new $T<>()", List.class, ArrayList.class)
                .beginControlFlow("if (resource.getMetadata($S) instanceof $T<?, ?> nag && nag.get($S) instanceof $T<?> list)",
                        "cdk_nag", Map.class, "rules_to_suppress", List.class)
                .addStatement("entries.addAll(list)")
                .endControlFlow()
                .addStatement("entries.add($T.of($S, rule, $S, reason))", Map.class, "id", "reason")
                .addStatement("resource.addMetadata($S, $T.of($S, entries))", "cdk_nag", Map.class, "rules_to_suppress")
                .endControlFlow()
                .endControlFlow()
                .build();
    }
}
