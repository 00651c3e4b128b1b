package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.cdk.synth.InProcessCompiler;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * An EventBridge rule routing to every kind of target with an input, retries, an event age and a dead-letter
 * queue: each CDK target class takes only some of these, under its own setter names, and the stack must compile.
 */
class RuleTargetOptionsTest {
    static final List<String> TARGETS = List.of("aws.lambda.function", "aws.sqs.queue", "aws.sns.topic",
            "aws.stepfunctions.stateMachine", "aws.kinesis.stream", "aws.kinesisfirehose.deliveryStream", "aws.events.eventBus",
            "aws.logs.logGroup", "aws.ecs.fargateTask", "aws.apigateway.restApi", "external.httpEndpoint");

    @Test
    void everyTargetCompilesWithInputRetriesAndDeadLetterQueue(@TempDir Path dir) throws Exception {
        new CdkJavaExporter().write(design(), dir);

        assertThat(GeneratedSources.compileErrors(dir, new InProcessCompiler())).isEmpty();
        String stack = Files.readString(GeneratedSources.main(dir).stream().filter(p -> p.toString().endsWith("Stack.java")).findFirst().orElseThrow());
        assertThat(stack).contains("new SqsQueue(", ".message(RuleTargetInput.fromObject(", ".event(RuleTargetInput.fromObject(",
                        ".input(RuleTargetInput.fromObject(", ".postBody(RuleTargetInput.fromObject(", "new FirehoseDeliveryStream(",
                        "DeliveryStream.fromDeliveryStreamArn(this, ")
                .doesNotContain("KinesisFirehoseStream", "CloudWatchLogGroupProps")
                .contains("the CDK's EventBus target takes no input", "the CDK's CloudWatchLogGroup target takes no input");
    }

    static Architecture design() {
        List<Component> components = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        components.add(component("rule", "aws.events.rule"));
        components.add(component("dlq", "aws.sqs.queue"));
        connections.add(new Connection("fail", "rule", "dlq", ConnectionKind.FAILS_TO, Map.of(), Map.of()));
        int i = 0;
        for (String type : TARGETS) {
            String id = "t" + (++i);
            components.add(component(id, type));
            connections.add(new Connection("c" + i, "rule", id, ConnectionKind.ROUTES,
                    Map.of("input", Map.of("source", "patternboard"), "maximumRetryAttempts", 3, "maximumEventAge", 3600), Map.of()));
        }
        return Architecture.of("Rule targets", "", components, connections, List.of(), List.of(), List.of(), Map.of());
    }

    private static Component component(String id, String type) {
        return new Component(id, type, "Target " + id, 0, 0, null, null, null, Map.of(), Map.of());
    }
}
