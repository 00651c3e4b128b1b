package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.exporters.cloudformation.core.MessagePayload;
import org.patternboard.exporters.cloudformation.core.PublishAttributes;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Direct AWS service integrations of a REST API ({@code AwsIntegration}): the service action, a Velocity
 * mapping template that builds the request from the API call, and a role the API assumes, granted exactly
 * that action on the target (one role per API).
 */
final class ServiceIntegrations {
    private static final String FORM = "'application/x-www-form-urlencoded'";

    private ServiceIntegrations() {
    }

    static CodeBlock rest(Component api, Connection conn, Component target, StackContext ctx) {
        String role = ctx.shared("apiRole:" + api.id(), () -> ctx.local(FirehoseConstructWriter.ROLE, ctx.var(api) + "Role",
                Call.construct(FirehoseConstructWriter.ROLE, ctx.newConstructId(ctx.constructId(api) + "Role"))
                        .set("assumedBy", "new $T($S)", FirehoseConstructWriter.SERVICE_PRINCIPAL, "apigateway.amazonaws.com").build()));
        String v = ctx.var(target);
        boolean read = conn.kind() == ConnectionKind.READS;
        String message = MessagePayload.urlEncoded(ctx.props(conn).string("method"));
        Call integration = Call.builder(RestApiConstructWriter.AWS_INTEGRATION, CodeBlock.of(""));
        Call options = Call.struct(RestApiConstructWriter.INTEGRATION_OPTIONS).set("credentialsRole", "$N", role);
        CodeBlock template;
        switch (target.type()) {
            case "aws.sqs.queue" -> {
                ctx.statement("$N.grantSendMessages($N)", v, role);
                integration.string("service", "sqs").set("path", "$T.ACCOUNT_ID + $S + $N.getQueueName()", Cdk.AWS, "/", v);
                options.set("requestParameters", "$T.of($S, $S)", Map.class, "integration.request.header.Content-Type", FORM);
                template = CodeBlock.of("$S", "Action=SendMessage&MessageBody=" + message);
            }
            case "aws.sns.topic" -> {
                ctx.statement("$N.grantPublish($N)", v, role);
                integration.string("service", "sns").string("path", "/");
                options.set("requestParameters", "$T.of($S, $S)", Map.class, "integration.request.header.Content-Type", FORM);
                template = CodeBlock.of("$S + $N.getTopicArn() + $S", "Action=Publish&TopicArn=$util.urlEncode('", v,
                        "')&Message=" + message + PublishAttributes.template(
                                PublishAttributes.keys(ctx.outgoing(target, ConnectionKind.SUBSCRIBES), ctx::props)));
            }
            case "aws.dynamodb.table" -> {
                ctx.statement("$N.$N($N)", v, read ? "grantReadData" : "grantWriteData", role);
                String pk = ctx.props(target).exported("partitionKey");
                integration.string("service", "dynamodb").string("action", read ? "GetItem" : "PutItem");
                template = read
                        ? CodeBlock.of("$S + $N.getTableName() + $S", "{\"TableName\": \"", v, "\", \"Key\": {\"" + json(pk)
                                + "\": {\"S\": \"$input.params('id')\"}}}")
                        : CodeBlock.of("$S + $N.getTableName() + $S", "{\"TableName\": \"", v, "\", \"Item\": {\"" + json(pk)
                                + "\": {\"S\": \"$context.requestId\"}, \"body\": {\"S\": \"$util.escapeJavaScript($input.body)\"}}}");
            }
            case "aws.stepfunctions.stateMachine" -> {
                ctx.statement("$N.grantStartExecution($N)", v, role);
                integration.string("service", "states").string("action", "StartExecution");
                template = CodeBlock.of("$S + $N.getStateMachineArn() + $S", "{\"stateMachineArn\": \"", v,
                        "\", \"input\": \"$util.escapeJavaScript($input.json('$'))\"}");
            }
            case "aws.events.eventBus" -> {
                ctx.statement("$N.grantPutEventsTo($N)", v, role);
                integration.string("service", "events").string("action", "PutEvents");
                options.set("requestParameters", "$T.of($S, $S, $S, $S)", Map.class,
                        "integration.request.header.X-Amz-Target", "'AWSEvents.PutEvents'",
                        "integration.request.header.Content-Type", "'application/x-amz-json-1.1'");
                template = CodeBlock.of("$S + $N.getEventBusName() + $S", "{\"Entries\": [{\"EventBusName\": \"", v,
                        "\", \"Source\": \"" + json(ctx.constructId(api)) + "\", \"DetailType\": \"request\", \"Detail\": \"$util.escapeJavaScript($input.body)\"}]}");
            }
            case "aws.kinesis.stream" -> {
                ctx.statement("$N.grantWrite($N)", v, role);
                integration.string("service", "kinesis").string("action", "PutRecord");
                template = CodeBlock.of("$S + $N.getStreamName() + $S", "{\"StreamName\": \"", v,
                        "\", \"Data\": \"$util.base64Encode($input.body)\", \"PartitionKey\": \"$context.requestId\"}");
            }
            case "aws.kinesisfirehose.deliveryStream" -> {
                ServiceRoles.statement(ctx, role, List.of("firehose:PutRecord"), CodeBlock.of("$N.getAttrArn()", v));
                integration.string("service", "firehose").string("action", "PutRecord");
                template = CodeBlock.of("$S + $N.getRef() + $S", "{\"DeliveryStreamName\": \"", v,
                        "\", \"Record\": {\"Data\": \"$util.base64Encode($input.body)\"}}");
            }
            case "aws.s3.bucket" -> {
                ctx.statement("$N.$N($N)", v, read ? "grantRead" : "grantPut", role);
                integration.string("service", "s3").set("path", "$N.getBucketName() + $S", v, "/{object}");
                options.set("requestParameters", "$T.of($S, $S)", Map.class, "integration.request.path.object",
                        read ? "method.request.querystring.key" : "context.requestId");
                integration.string("integrationHttpMethod", read ? "GET" : "PUT");
                template = null;
            }
            default -> {
                return null;
            }
        }
        if (!"aws.s3.bucket".equals(target.type())) {
            integration.string("integrationHttpMethod", "POST");
        }
        String custom = ctx.props(conn).string("requestTemplate", "");
        if (!custom.isBlank()) {
            template = CodeBlock.of("$S", custom);
        }
        if (template != null) {
            options.set("requestTemplates", "$T.of($S, $L)", Map.class, "application/json", template);
        }
        options.set("integrationResponses", "$T.of($T.builder().statusCode($S).build())", List.class,
                RestApiConstructWriter.INTEGRATION_RESPONSE, "200");
        integration.set("options", options.build());
        return integration.build();
    }

    /** Text inside a JSON string of a template. */
    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
