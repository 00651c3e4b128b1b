package org.patternboard.model.rules.reliability;

import java.util.List;
import java.util.Map;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.CommonFixes;
import org.patternboard.model.rules.Invocations;
import org.patternboard.model.rules.Types;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-004: a function invoked asynchronously has neither an on-failure destination nor a DLQ. */
public final class AsyncFunctionWithoutFailureDestination extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-004", Pillar.RELIABILITY, Severity.ERROR)
            .title("Asynchronously invoked function without failure destination")
            .rationale("S3, SNS, EventBridge and other asynchronous callers hand the event to Lambda and move on; when"
                    + " the function still fails after Lambda's retries, the event is discarded unless an on-failure"
                    + " destination or dead-letter queue catches it.")
            .remedy("Add an on-failure destination (an SQS queue, SNS topic, EventBridge bus or function) with failsTo,"
                    + " and alarm on it.")
            .references("REL 2", "serverless-rules:ES1007", "cdk-nag:Serverless-LambdaAsyncFailureDestination",
                    "cdk-nag:Serverless-LambdaDLQ", "checkov:CKV_AWS_116")
            .quickFix()
            .build();

    public AsyncFunctionWithoutFailureDestination() {
        super(INFO, Types.LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        List<Connection> async = Invocations.asynchronous(ctx, fn.id());
        if (async.isEmpty() || !Invocations.failureDestinations(ctx, fn.id()).isEmpty()) {
            return;
        }
        List<String> callers = async.stream().map(Connection::from).distinct().toList();
        out.report(String.join(", ", callers.stream().map(ctx::name).toList()) + " invoke"
                        + (callers.size() == 1 ? "s" : "") + " this function asynchronously; after Lambda's retries ("
                        + ctx.setting(fn, "maximumRetryAttempts").describe() + ") a failed event is discarded, because"
                        + " the function has no on-failure destination",
                ctx.fix("Add a failure destination to " + fn.name(),
                        b -> CommonFixes.addDeadLetterQueue(b, fn.id(), Map.of())),
                callers.toArray(String[]::new));
    }
}
