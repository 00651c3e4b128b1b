package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MessagePayload;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.PublishAttributes;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Direct AWS service integrations of REST and WebSocket APIs: the service action's URI and a mapping
 * template that builds its request, so no function sits between the API and SQS, SNS, DynamoDB, Step
 * Functions, EventBridge, S3, Kinesis or Firehose. A design's own requestTemplate replaces the generated
 * one (used as written).
 */
final class ServiceIntegrations {
    private static final String FORM = "'application/x-www-form-urlencoded'";

    private ServiceIntegrations() {
    }

    private static final java.util.Set<String> SERVICES = java.util.Set.of(SqsEmitter.QUEUE, SnsEmitter.TOPIC,
            DynamoDbEmitter.TABLE, StepFunctionsEmitter.STATE_MACHINE, EventsEmitter.BUS, S3Emitter.BUCKET,
            KinesisEmitter.STREAM, FirehoseEmitter.DELIVERY_STREAM);

    /** Whether an API can call the type directly (else the connection is someone else's to export). */
    static boolean supports(String type) {
        return SERVICES.contains(type) || LambdaEmitter.FUNCTION.equals(type) || "external.httpEndpoint".equals(type)
                || LoadBalancerEmitter.ALB.equals(type) || LoadBalancerEmitter.NLB.equals(type);
    }

    /** A service request: URI, HTTP method, mapping template and request parameters. */
    record Call(Object uri, String httpMethod, Object template, Map<String, Object> parameters) {
    }

    static Call call(Component api, Connection conn, Component target, ExportContext ctx, Props cp) {
        String id = ctx.id(target);
        String action = cp.string("action");
        boolean reads = conn.kind() == ConnectionKind.READS;
        String prefix = "arn:${AWS::Partition}:apigateway:${AWS::Region}:";
        String message = MessagePayload.urlEncoded(cp.string("method"));
        return switch (target.type()) {
            case SqsEmitter.QUEUE -> {
                String group = ctx.props(target).bool("fifo", false) ? "&MessageGroupId=default" : "";
                yield new Call(Fn.sub(prefix + "sqs:path/${AWS::AccountId}/${" + id + ".QueueName}"), "POST",
                        "Action=SendMessage&MessageBody=" + message + group,
                        Fn.map("integration.request.header.Content-Type", FORM));
            }
            case SnsEmitter.TOPIC -> new Call(Fn.sub(prefix + "sns:path//"), "POST",
                    Fn.sub("Action=Publish&TopicArn=$util.urlEncode('${" + id + "}')&Message=" + message
                            + PublishAttributes.template(PublishAttributes.keys(ctx.outgoing(target, ConnectionKind.SUBSCRIBES), ctx::props))),
                    Fn.map("integration.request.header.Content-Type", FORM));
            case DynamoDbEmitter.TABLE -> {
                Props tp = ctx.props(target);
                String pk = json(tp.exported("partitionKey"));
                String op = action != null ? action : reads ? "GetItem" : "PutItem";
                String template = switch (op) {
                    case "GetItem" -> "{\"TableName\": \"${" + id + "}\", \"Key\": {" + pk
                            + ": {\"S\": \"$input.params('id')\"}}}";
                    case "PutItem" -> "{\"TableName\": \"${" + id + "}\", \"Item\": {" + pk
                            + ": {\"S\": \"$context.requestId\"}, \"body\": {\"S\": \"$util.escapeJavaScript($input.body)\"}}}";
                    default -> "{\"TableName\": \"${" + id + "}\"}";
                };
                yield new Call(Fn.sub(prefix + "dynamodb:action/" + clean(op)), "POST", Fn.sub(template), null);
            }
            case StepFunctionsEmitter.STATE_MACHINE -> new Call(Fn.sub(prefix + "states:action/StartExecution"), "POST",
                    Fn.sub("{\"input\": \"$util.escapeJavaScript($input.body)\", \"stateMachineArn\": \"${" + id + "}\"}"), null);
            case EventsEmitter.BUS -> new Call(Fn.sub(prefix + "events:action/PutEvents"), "POST",
                    Fn.sub("{\"Entries\": [{\"Source\": \"patternboard.api\", \"DetailType\": \"ApiRequest\", "
                            + "\"Detail\": \"$util.escapeJavaScript($input.body)\", \"EventBusName\": \"${BusName}\"}]}",
                            Fn.map("BusName", ctx.reference(target, "name"))),
                    Fn.map("integration.request.header.X-Amz-Target", "'AWSEvents.PutEvents'",
                            "integration.request.header.Content-Type", "'application/x-amz-json-1.1'"));
            case S3Emitter.BUCKET -> reads
                    ? new Call(Fn.sub(prefix + "s3:path/${" + id + "}/{key}"), "GET", null,
                            Fn.map("integration.request.path.key", "method.request.querystring.key"))
                    : new Call(Fn.sub(prefix + "s3:path/${" + id + "}/{key}"), "PUT", null,
                            Fn.map("integration.request.path.key", "context.requestId"));
            case KinesisEmitter.STREAM -> new Call(Fn.sub(prefix + "kinesis:action/PutRecord"), "POST",
                    Fn.sub("{\"StreamName\": \"${" + id + "}\", \"Data\": \"$util.base64Encode($input.body)\", "
                            + "\"PartitionKey\": \"$context.requestId\"}"), null);
            case FirehoseEmitter.DELIVERY_STREAM -> new Call(Fn.sub(prefix + "firehose:action/PutRecord"), "POST",
                    Fn.sub("{\"DeliveryStreamName\": \"${" + id + "}\", \"Record\": {\"Data\": \"$util.base64Encode($input.body)\"}}"),
                    null);
            default -> throw new IllegalStateException("no direct integration with " + target.type());
        };
    }

    /** A REST API method integration. */
    static Map<String, Object> rest(Component api, Connection conn, Component target, ExportContext ctx, Props cp,
            Resource method) {
        Call call = call(api, conn, target, ctx, cp);
        Map<String, Object> i = Fn.map(
                "Type", "AWS",
                "IntegrationHttpMethod", call.httpMethod(),
                "Uri", call.uri(),
                "Credentials", ctx.roleArn(api),
                "PassthroughBehavior", "NEVER");
        if (call.parameters() != null) {
            i.put("RequestParameters", call.parameters());
            if (call.parameters().containsValue("method.request.querystring.key")) {
                method.put("RequestParameters", Fn.map("method.request.querystring.key", true));
            }
        }
        Object template = template(cp, call);
        if (template != null) {
            i.put("RequestTemplates", Fn.map("application/json", template));
        }
        i.put("IntegrationResponses", List.of(Fn.map("StatusCode", "200")));
        return i;
    }

    /** The design's template as written, else the generated one. */
    static Object template(Props cp, Call call) {
        String own = cp.string("requestTemplate");
        return own != null && !own.isBlank() ? own : call.template();
    }

    private static String json(String s) {
        return LambdaEmitter.json(s);
    }

    /** Action names are API operation names: letters only. */
    private static String clean(String action) {
        String s = action.replaceAll("[^A-Za-z]", "");
        return s.isEmpty() ? "PutItem" : s;
    }
}
