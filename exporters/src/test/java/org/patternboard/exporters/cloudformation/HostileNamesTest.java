package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.CfnLint;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;

/**
 * Names users type are not code: quotes, line breaks, ${...}, comment terminators, non-Latin scripts, very
 * long names and names that collide once sanitised still give valid, lint-clean templates.
 */
class HostileNamesTest {
    static final List<String> NAMES = List.of(
            "Orders \"queue\" 'x'",
            "line one\nline two\r\n\tend",
            "${AWS::Region} ${Foo} ${!Bar}",
            "*/ DROP TABLE x; /*",
            "Очередь заказов",
            "訂單處理",
            "Café Crème",
            "a".repeat(200),
            "orders-queue",
            "Orders Queue",
            "orders_queue",
            "StageName",
            "EnvironmentName",
            "",
            "123 starts with a digit",
            "🚀🔥",
            "Role",
            "OrdersQueue2");

    static final List<String> TYPES = List.of("aws.sqs.queue", "aws.lambda.function", "aws.dynamodb.table",
            "aws.sns.topic", "aws.stepfunctions.stateMachine", "aws.s3.bucket", "aws.events.eventBus",
            "aws.apigateway.restApi", "aws.rds.dbInstance", "aws.efs.fileSystem", "aws.kinesis.stream",
            "aws.cognito.userPool", "aws.mq.broker", "aws.rds.dbProxy", "aws.elbv2.applicationLoadBalancer",
            "aws.cloudfront.distribution", "aws.ecs.fargateService", "aws.events.rule");

    static Architecture hostileDesign() {
        DesignBuilder b = new DesignBuilder("Hostile \"design\"\n${AWS::StackName} */ " + "x".repeat(1500));
        b.group(new Group("vpc", GroupKind.VPC, "VPC \"main\" ${x}", null, 0, 0, 1000, 1000, null, false, Map.of()));
        for (int i = 0; i < NAMES.size(); i++) {
            String type = TYPES.get(i % TYPES.size());
            Map<String, Object> props = switch (type) {
                case "aws.dynamodb.table" -> Map.of("partitionKey", "id \"x\" ${y}");
                case "aws.lambda.function" -> Map.of("description", NAMES.get(i) + "\n${Desc}", "environment",
                        Map.of("MY-VAR ${x}", "value \"${AWS::Region}\"\n"));
                default -> Map.of();
            };
            b.componentIn("vpc", "n" + i, type, NAMES.get(i), props);
        }
        // wire the queue, the function, the table and the topic together (names collide after sanitising)
        b.connect("k1", "n0", "triggers", "n1");
        b.connect("k2", "n1", "readWrites", "n2");
        b.connect("k3", "n3", "subscribes", "n0", Map.of("filterPolicy", Map.of("type", List.of("a\"b", "${c}"))));
        b.connect("k4", "n1", "publishes", "n3");
        b.connect("k5", "n4", "orchestrates", "n1");
        b.connect("k6", "n5", "triggers", "n1", Map.of("prefix", "in/${x}\"", "suffix", ".csv"));
        b.connect("k7", "n7", "integrates", "n1", Map.of("path", "/a b/{id}/\"x\"/${y}", "method", "POST"));
        b.connect("k8", "n1", "readWrites", "n5", Map.of("prefix", "uploads/${x}/"));
        b.connect("k9", "n1", "connects", "n13");
        b.connect("k10", "n13", "connects", "n8");
        b.connect("k11", "n1", "mounts", "n9");
        b.connect("k12", "n15", "serves", "n5", Map.of("pathPattern", "/static/*"));
        b.connect("k13", "n17", "routes", "n1", Map.of("input", Map.of("k", "${v}")));
        b.connect("k14", "n6", "routes", "n17");
        b.connect("k15", "n14", "invokes", "n1", Map.of("pathPattern", "/api/*"));
        return b.build();
    }

    final CloudFormationExporter exporter = new CloudFormationExporter();

    @Test
    void logicalIdsAreAlphanumericShortUniqueAndStartWithALetter() {
        Architecture a = hostileDesign();
        Map<String, String> ids = exporter.logicalIds(a);
        assertThat(ids).hasSize(NAMES.size());
        Set<String> lower = new HashSet<>();
        for (String id : ids.values()) {
            assertThat(id).matches("[A-Za-z][A-Za-z0-9]*").hasSizeLessThanOrEqualTo(255);
            assertThat(lower.add(id.toLowerCase(Locale.ROOT))).as("unique ignoring case: " + id).isTrue();
        }
        assertThat(ids.get("n6")).isEqualTo("CafeCreme");
        assertThat(ids.get("n5")).as("no Latin letters: the type's name").isEqualTo("Bucket");
        assertThat(ids.values()).doesNotContain("StageName", "EnvironmentName");
        Map<?, ?> resources = (Map<?, ?>) exporter.template(a).get("Resources");
        for (Object id : resources.keySet()) {
            assertThat(String.valueOf(id)).matches("[A-Za-z][A-Za-z0-9]{0,254}");
        }
    }

    @Test
    void collidingNamesGetNumberedInComponentOrder() {
        Map<String, String> ids = exporter.logicalIds(hostileDesign());
        // components are taken in id order: n10 < n17 < n8 < n9
        assertThat(ids.get("n10")).isEqualTo("OrdersQueue");
        assertThat(ids.get("n17")).isEqualTo("OrdersQueue2");
        assertThat(ids.get("n8")).isEqualTo("OrdersQueue3");
        assertThat(ids.get("n9")).isEqualTo("OrdersQueue4");
    }

    @Test
    void hostileDesignLintsCleanAndYamlEqualsJson() throws Exception {
        Architecture a = hostileDesign();
        String json = exporter.toJson(a);
        String yaml = exporter.toYaml(a);
        JsonNode fromJson = new ObjectMapper().readTree(json);
        JsonNode fromYaml = new YAMLMapper().readTree(yaml);
        assertThat(fromYaml.equals(fromJson)).as("YAML and JSON parse to the same tree").isTrue();
        assertThat(fromJson.path("Description").asText()).doesNotContain("\n").hasSizeLessThanOrEqualTo(1024);
        CfnLint.requireInstalled();
        assertThat(CfnLint.errorsAndWarnings(CfnLint.lint(Map.of("hostile.json", json, "hostile.yaml", yaml)))).isEmpty();
    }

    /**
     * Component, connection and group ids are the user's text too: with "${...}" in them the resources'
     * Metadata used to break cfn-lint (E1029, 36 per template). They are exported as Fn::Join, and the
     * lint mapping and the round trip still read them back as the ids.
     */
    @Test
    void idsWithSubstitutionSyntaxLintCleanAndMapBack() throws Exception {
        DesignBuilder b = new DesignBuilder("ids");
        b.group(new Group("vpc-${AWS::Region}", GroupKind.VPC, "VPC", null, 0, 0, 1000, 1000, null, false, Map.of()));
        b.componentIn("vpc-${AWS::Region}", "queue-${Foo}", "aws.sqs.queue", "Orders", Map.of());
        b.componentIn("vpc-${AWS::Region}", "fn-${AWS::StackName}", "aws.lambda.function", "Worker", Map.of());
        b.component("topic-${x}", "aws.sns.topic", "Topic");
        b.connect("c-${y}", "queue-${Foo}", "triggers", "fn-${AWS::StackName}");
        b.connect("c2-${z}", "topic-${x}", "subscribes", "queue-${Foo}");
        b.connect("c3-${w}", "fn-${AWS::StackName}", "writes", "missing-${v}");
        Architecture a = b.build();
        String json = exporter.toJson(a);
        String yaml = exporter.toYaml(a);
        CfnLint.requireInstalled();
        assertThat(CfnLint.errorsAndWarnings(CfnLint.lint(Map.of("ids.json", json, "ids.yaml", yaml)))).isEmpty();
        Map<String, Object> template = exporter.template(a);
        Map<?, ?> resources = (Map<?, ?>) template.get("Resources");
        String queue = exporter.logicalIds(a).get("queue-${Foo}");
        assertThat(org.patternboard.exporters.cloudformation.lint.DesignLint.targets(template, List.of("Resources", queue)))
                .containsExactly("queue-${Foo}");
        Set<String> mapped = new HashSet<>();
        for (Object id : resources.keySet()) {
            mapped.addAll(org.patternboard.exporters.cloudformation.lint.DesignLint.targets(template,
                    List.of("Resources", String.valueOf(id))));
        }
        assertThat(mapped).contains("queue-${Foo}", "fn-${AWS::StackName}", "topic-${x}", "c-${y}", "c2-${z}");
    }
}
