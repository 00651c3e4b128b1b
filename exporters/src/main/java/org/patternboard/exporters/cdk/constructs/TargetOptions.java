package org.patternboard.exporters.cdk.constructs;

import java.util.Map;

/**
 * What each of the CDK's EventBridge target classes accepts, since their props differ: the setter for the
 * input sent to the target (none for some), whether retries and a dead-letter queue can be set, and the name
 * of the props struct (not always the target's name plus "Props").
 */
record TargetOptions(String propsClass, String input, boolean retry, boolean deadLetterQueue) {
    private static final Map<String, TargetOptions> BY_TARGET = Map.ofEntries(
            Map.entry("LambdaFunction", new TargetOptions("LambdaFunctionProps", "event", true, true)),
            Map.entry("SqsQueue", new TargetOptions("SqsQueueProps", "message", true, true)),
            Map.entry("SnsTopic", new TargetOptions("SnsTopicProps", "message", true, true)),
            Map.entry("KinesisStream", new TargetOptions("KinesisStreamProps", "message", true, true)),
            Map.entry("FirehoseDeliveryStream", new TargetOptions("FirehoseDeliveryStreamProps", "message", false, false)),
            Map.entry("SfnStateMachine", new TargetOptions("SfnStateMachineProps", "input", true, true)),
            Map.entry("EventBus", new TargetOptions("EventBusProps", null, false, true)),
            Map.entry("CloudWatchLogGroup", new TargetOptions("LogGroupProps", null, true, true)),
            Map.entry("EcsTask", new TargetOptions("EcsTaskProps", null, true, true)),
            Map.entry("ApiGateway", new TargetOptions("ApiGatewayProps", "postBody", true, true)),
            Map.entry("ApiDestination", new TargetOptions("ApiDestinationProps", "event", true, true)));

    static TargetOptions of(String targetClass) {
        TargetOptions options = BY_TARGET.get(targetClass);
        if (options == null) {
            throw new IllegalArgumentException("no options known for the EventBridge target " + targetClass);
        }
        return options;
    }
}
