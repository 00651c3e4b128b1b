package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-003: a function that only passes an API request on to one AWS service the API could call directly. */
public final class FunctionOnlyForwards extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-003", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("Function only forwards an API request to one service")
            .rationale("When a function does nothing but pass a request from API Gateway to SQS, SNS, EventBridge,"
                    + " DynamoDB, Kinesis or Step Functions, a direct service integration does the same without a cold"
                    + " start, a concurrency limit, code to maintain or a per-request charge.")
            .remedy("Integrate the API directly with the service (mapping template or HTTP API parameter mapping) and"
                    + " drop the function, unless it transforms or validates the data.")
            .references("PER 1", "COST 1", "WA:SUS05-BP03")
            .build();

    public FunctionOnlyForwards() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        List<Connection> in = ctx.incoming(fn.id());
        List<Connection> outs = ctx.outgoing(fn.id());
        if (in.size() != 1 || outs.size() != 1 || in.get(0).kind() != ConnectionKind.INTEGRATES) {
            return;
        }
        Connection call = outs.get(0);
        String api = ctx.typeOf(in.get(0).from());
        String target = ctx.typeOf(call.to());
        boolean forwards = switch (call.kind()) {
            case PUBLISHES, WRITES, INVOKES -> true;
            default -> false;
        };
        if (forwards && (api.equals(REST_API) || api.equals(HTTP_API))
                && ctx.catalog().isLegal(api, ConnectionKind.INTEGRATES, target)) {
            out.report("the only thing this function does is pass requests from " + ctx.name(in.get(0).from()) + " to "
                    + ctx.name(call.to()) + ", which the API can integrate with directly", in.get(0).from(), call.to());
        }
    }
}
