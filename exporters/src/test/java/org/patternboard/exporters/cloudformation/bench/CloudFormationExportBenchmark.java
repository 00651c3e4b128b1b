package org.patternboard.exporters.cloudformation.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Export speed on generated designs of 100, 1,000 and 5,000 components: medians of the template build, the
 * JSON and the YAML export. Run from the repository root:
 *
 * <pre>mvn -q -pl exporters -am -Pbenchmark -DskipTests verify</pre>
 *
 * The designs repeat a 10-component cell (API → topic → two filtered queues → two functions → table,
 * a bucket notifying a function, a state machine orchestrating both functions, an alarm on a function).
 * A template of 5,000 components exceeds CloudFormation's 500-resource limit; the benchmark measures the
 * exporter, not a deployable stack.
 */
public final class CloudFormationExportBenchmark {
    private static final int WARMUP = 5;
    private static final int RUNS = 11;

    private CloudFormationExportBenchmark() {
    }

    public static void main(String[] args) {
        CloudFormationExporter exporter = new CloudFormationExporter();
        System.out.println("components  connections  resources  template(ms)  json(ms)  yaml(ms)   (medians of " + RUNS + ")");
        for (int size : new int[] {100, 1_000, 5_000}) {
            Architecture a = design(size);
            int resources = ((Map<?, ?>) exporter.template(a).get("Resources")).size();
            double template = median(() -> exporter.template(a));
            double json = median(() -> exporter.toJson(a));
            double yaml = median(() -> exporter.toYaml(a));
            System.out.printf("%10d  %11d  %9d  %12.1f  %8.1f  %8.1f%n", a.components().size(),
                    a.connections().size(), resources, template, json, yaml);
        }
    }

    private static double median(Runnable task) {
        for (int i = 0; i < WARMUP; i++) {
            task.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** {@code size} components: size/10 cells of 10 connected components. */
    static Architecture design(int size) {
        List<Component> components = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        for (int cell = 0; cell < size / 10; cell++) {
            String p = String.format("cell%05d-", cell);
            add(components, p + "api", "aws.apigateway.restApi", "Orders API " + cell, Map.of());
            add(components, p + "topic", "aws.sns.topic", "Orders " + cell, Map.of());
            add(components, p + "q1", "aws.sqs.queue", "Created orders " + cell, Map.of());
            add(components, p + "q2", "aws.sqs.queue", "Other orders " + cell, Map.of());
            add(components, p + "f1", "aws.lambda.function", "Created handler " + cell, Map.of());
            add(components, p + "f2", "aws.lambda.function", "Other handler " + cell, Map.of("runtime", "python3.13"));
            add(components, p + "table", "aws.dynamodb.table", "Orders table " + cell, Map.of("partitionKey", "id"));
            add(components, p + "bucket", "aws.s3.bucket", "Uploads " + cell, Map.of());
            add(components, p + "sm", "aws.stepfunctions.stateMachine", "Order flow " + cell, Map.of());
            add(components, p + "alarm", "aws.cloudwatch.alarm", "Handler errors " + cell, Map.of());
            connect(connections, p + "c1", p + "api", ConnectionKind.INTEGRATES, p + "topic", Map.of("path", "/orders"));
            connect(connections, p + "c2", p + "topic", ConnectionKind.SUBSCRIBES, p + "q1",
                    Map.of("filterPolicy", Map.of("status", List.of("created"))));
            connect(connections, p + "c3", p + "topic", ConnectionKind.SUBSCRIBES, p + "q2", Map.of());
            connect(connections, p + "c4", p + "q1", ConnectionKind.TRIGGERS, p + "f1", Map.of());
            connect(connections, p + "c5", p + "q2", ConnectionKind.TRIGGERS, p + "f2", Map.of());
            connect(connections, p + "c6", p + "f1", ConnectionKind.READ_WRITES, p + "table", Map.of());
            connect(connections, p + "c7", p + "bucket", ConnectionKind.TRIGGERS, p + "f2", Map.of());
            connect(connections, p + "c8", p + "sm", ConnectionKind.ORCHESTRATES, p + "f1", Map.of());
            connect(connections, p + "c9", p + "sm", ConnectionKind.ORCHESTRATES, p + "f2", Map.of());
            connect(connections, p + "c10", p + "alarm", ConnectionKind.MONITORS, p + "f1", Map.of());
        }
        return Architecture.of("Benchmark " + size, "", components, connections, List.of(), List.of(), List.of(), Map.of());
    }

    private static void add(List<Component> list, String id, String type, String name, Map<String, Object> props) {
        list.add(new Component(id, type, name, list.size() * 10.0, 0, null, null, null, props, Map.of()));
    }

    private static void connect(List<Connection> list, String id, String from, ConnectionKind kind, String to,
            Map<String, Object> props) {
        list.add(new Connection(id, from, to, kind, new LinkedHashMap<>(props), Map.of()));
    }
}
