package org.patternboard.exporters.cdk.constructs;

import java.util.List;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.exporters.cloudformation.core.UsEast1Rule;

/** The stack's {@link UsEast1Rule}, declared once as a {@code CfnRule} when a distribution needs us-east-1. */
final class UsEast1 {
    private UsEast1() {
    }

    static void require(StackContext ctx) {
        ctx.shared("rule:" + UsEast1Rule.ID, () -> {
            ctx.comment("CloudFront takes certificates and CLOUDFRONT-scope web ACLs only from us-east-1");
            ctx.statement(Call.construct(Cdk.core("CfnRule"), ctx.newConstructId(UsEast1Rule.ID))
                    .set("assertions", "$T.of($L)", List.class, Call.struct(Cdk.core("CfnRuleAssertion"))
                            .set("assertValue", "$T.conditionEquals($T.REGION, $S)", Cdk.FN, Cdk.AWS, UsEast1Rule.REGION)
                            .string("assertDescription", UsEast1Rule.MESSAGE)
                            .build())
                    .buildStatement());
            return Boolean.TRUE;
        });
    }
}
