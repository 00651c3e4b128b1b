package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.model.design.Component;

/** What EventBridge rules, schedules and pipes need to know about their targets. */
final class EventTargets {
    private EventTargets() {
    }

    /** The ARN a rule, schedule or pipe target takes. */
    static Object arn(ExportContext ctx, Component target) {
        return switch (target.type()) {
            case "aws.logs.logGroup" -> ctx.reference(target, "targetArn");
            case "external.httpEndpoint" -> ctx.reference(target, "apiDestinationArn");
            case "aws.apigateway.restApi" -> ctx.reference(target, "stageExecuteArn");
            default -> ctx.reference(target, "arn");
        };
    }

    /** Whether EventBridge needs a role to deliver to the target (else a resource policy admits it). */
    static boolean needsRole(Component target) {
        return switch (target.type()) {
            case "aws.lambda.function", "aws.sqs.queue", "aws.sns.topic", "aws.logs.logGroup" -> false;
            default -> true;
        };
    }

    static boolean isFifoQueue(ExportContext ctx, Component target) {
        return SqsEmitter.QUEUE.equals(target.type()) && ctx.props(target).bool("fifo", false);
    }

    /** ECS RunTask parameters for a Fargate task target (rules and schedules spell them alike). */
    static Map<String, Object> ecsParameters(ExportContext ctx, Component task, String vpcConfigKey) {
        return Fn.map(
                "TaskDefinitionArn", ctx.reference(task, "arn"),
                "LaunchType", "FARGATE",
                "TaskCount", 1L,
                "NetworkConfiguration", Fn.map(vpcConfigKey, Fn.map(
                        "Subnets", ctx.reference(task, "subnets"),
                        "SecurityGroups", List.of(ctx.reference(task, "securityGroupId")),
                        "AssignPublicIp", "DISABLED")));
    }
}
