package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.CodeBlock;
import java.util.List;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;

/**
 * Roles that AWS services assume to deliver to a target (Scheduler, Pipes), and the grants that let them:
 * the same grant methods a function gets, with the role as grantee.
 */
final class ServiceRoles {
    private ServiceRoles() {
    }

    static String role(StackContext ctx, Component owner, String service) {
        return ctx.local(FirehoseConstructWriter.ROLE, ctx.var(owner) + "Role",
                Call.construct(FirehoseConstructWriter.ROLE, ctx.newConstructId(ctx.constructId(owner) + "Role"))
                        .set("assumedBy", "new $T($S)", FirehoseConstructWriter.SERVICE_PRINCIPAL, service).build());
    }

    /** The ARN of a delivery target, granting the role what delivering takes; null when it cannot be a target. */
    static CodeBlock deliverTo(StackContext ctx, Component target, String role) {
        String v = ctx.var(target);
        switch (target.type()) {
            case "aws.lambda.function" -> {
                ctx.statement("$N.grantInvoke($N)", v, role);
                return CodeBlock.of("$N.getFunctionArn()", v);
            }
            case "aws.stepfunctions.stateMachine" -> {
                ctx.statement("$N.grantStartExecution($N)", v, role);
                return CodeBlock.of("$N.getStateMachineArn()", v);
            }
            case "aws.sqs.queue" -> {
                ctx.statement("$N.grantSendMessages($N)", v, role);
                return CodeBlock.of("$N.getQueueArn()", v);
            }
            case "aws.sns.topic" -> {
                ctx.statement("$N.grantPublish($N)", v, role);
                return CodeBlock.of("$N.getTopicArn()", v);
            }
            case "aws.events.eventBus" -> {
                ctx.statement("$N.grantPutEventsTo($N)", v, role);
                return CodeBlock.of("$N.getEventBusArn()", v);
            }
            case "aws.kinesis.stream" -> {
                ctx.statement("$N.grantWrite($N)", v, role);
                return CodeBlock.of("$N.getStreamArn()", v);
            }
            case "aws.kinesisfirehose.deliveryStream" -> {
                statement(ctx, role, List.of("firehose:PutRecord", "firehose:PutRecordBatch"), CodeBlock.of("$N.getAttrArn()", v));
                return CodeBlock.of("$N.getAttrArn()", v);
            }
            case "aws.ecs.fargateTask" -> {
                ctx.statement("$N.grantRun($N)", v, role);
                return CodeBlock.of("$L.getClusterArn()", EcsConstructWriter.cluster(ctx, target));
            }
            case "aws.logs.logGroup" -> {
                ctx.statement("$N.grantWrite($N)", v, role);
                return CodeBlock.of("$N.getLogGroupArn()", v);
            }
            case ExternalWriter.HTTP_ENDPOINT -> {
                String destination = ApiDestinations.of(target, ctx);
                statement(ctx, role, List.of("events:InvokeApiDestination"), CodeBlock.of("$N.getApiDestinationArn()", destination));
                return CodeBlock.of("$N.getApiDestinationArn()", destination);
            }
            default -> {
                return null;
            }
        }
    }

    static void statement(StackContext ctx, String role, List<String> actions, CodeBlock resource) {
        ctx.statement("$T.addToPrincipal($L)", Grants.GRANT, Call.struct(Grants.GRANT_ON_PRINCIPAL)
                .set("grantee", CodeBlock.of("$N", role))
                .set("actions", org.patternboard.exporters.cdk.stack.Literals.strings(actions))
                .set("resourceArns", "$T.of($L)", List.class, resource).build());
    }

    static CodeBlock cdk(String simple) {
        return CodeBlock.of("$T", Cdk.core(simple));
    }
}
