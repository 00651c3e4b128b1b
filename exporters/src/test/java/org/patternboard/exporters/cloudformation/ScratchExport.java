package org.patternboard.exporters.cloudformation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Manual check while developing: exports a small design to /tmp/cfx. */
public final class ScratchExport {
    public static void main(String[] args) throws Exception {
        var a = new DesignBuilder("Scratch")
                .component("q", "aws.sqs.queue", "Orders queue")
                .component("dlq", "aws.sqs.queue", "Orders DLQ")
                .component("fn", "aws.lambda.function", "Worker")
                .component("t", "aws.sns.topic", "Events")
                .connect("c1", "q", "triggers", "fn", Map.of("batchSize", 5L))
                .connect("c2", "q", "failsTo", "dlq")
                .connect("c3", "t", "subscribes", "q", Map.of("filterPolicy", Map.of("status", java.util.List.of("created")), "rawMessageDelivery", true))
                .connect("c4", "fn", "publishes", "t")
                .build();
        CloudFormationExporter x = new CloudFormationExporter();
        Files.writeString(Path.of("/tmp/cfx/scratch.json"), x.toJson(a));
        Files.writeString(Path.of("/tmp/cfx/scratch.yaml"), x.toYaml(a));
    }
}
