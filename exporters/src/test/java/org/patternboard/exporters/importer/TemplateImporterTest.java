package org.patternboard.exporters.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.io.DesignWriter;
import org.patternboard.model.rules.RuleEngine;

@SuppressWarnings("unchecked")
class TemplateImporterTest {
    private final TemplateImporter importer = new TemplateImporter();

    static TemplateDocument resource(String name) {
        try (InputStream in = TemplateImporterTest.class.getResourceAsStream("/import/" + name)) {
            return TemplateSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each connection as "from -kind-> to", sorted, so a test reads like the architecture. */
    static Set<String> edges(Architecture a) {
        return a.connections().stream().map(c -> c.from() + " -" + c.kind().id() + "-> " + c.to())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, String> types(Architecture a) {
        return a.components().stream().collect(Collectors.toMap(Component::id, Component::type, (x, y) -> x, java.util.TreeMap::new));
    }

    @Test
    void samFunctionsWithGlobalsEventsPoliciesAndConnectorsBecomeAnArchitecture() {
        ImportResult r = importer.importTemplate(resource("sam-orders.yaml"));
        Architecture a = r.design();
        assertThat(r.hasErrors()).as("%s", r.issues()).isFalse();
        assertThat(a.name()).isEqualTo("sam-orders");
        assertThat(a.description()).startsWith("Orders API");
        assertThat(types(a)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "OrdersTable", "aws.dynamodb.table", "OrderQueue", "aws.sqs.queue", "OrderDlq", "aws.sqs.queue",
                "CreateOrder", "aws.lambda.function", "ProcessOrder", "aws.lambda.function",
                "ArchiveBucket", "aws.s3.bucket", "Audit", "aws.cloudformation.resource",
                "ServerlessRestApi", "aws.apigateway.restApi", "ProcessOrderNightly", "aws.events.rule"));
        assertThat(edges(a)).containsExactly(
                "Audit -references-> CreateOrder",
                "CreateOrder -publishes-> OrderQueue",
                "CreateOrder -readWrites-> OrdersTable",
                "OrderQueue -failsTo-> OrderDlq",
                "OrderQueue -triggers-> ProcessOrder",
                "ProcessOrder -writes-> ArchiveBucket",
                "ProcessOrderNightly -routes-> ProcessOrder",
                "ServerlessRestApi -integrates-> CreateOrder");
        Component create = a.componentOrNull("CreateOrder");
        // Globals give what the function leaves out; the function's own value wins.
        assertThat(create.property("runtime")).isEqualTo("nodejs24.x");
        assertThat(create.property("memorySize")).isEqualTo(512L);
        assertThat(((Number) create.property("timeout")).longValue()).isEqualTo(20L);
        assertThat(((Number) a.componentOrNull("ProcessOrder").property("timeout")).longValue()).isEqualTo(10L);
        assertThat(a.componentOrNull("OrderQueue").property("maxReceiveCount")).isEqualTo(3L);
        assertThat(a.componentOrNull("ProcessOrderNightly").property("schedule")).isEqualTo("rate(1 day)");
        assertThat(a.componentOrNull("Audit").property("resourceType")).isEqualTo("Custom::AuditHook");
    }

    @Test
    void everySectionAndResourceIsKeptAsWrittenForTheRoundTrip() {
        Architecture a = importer.importTemplate(resource("sam-orders.yaml")).design();
        Map<String, Object> origin = (Map<String, Object>) a.extra().get("cloudFormationTemplate");
        Map<String, Object> sections = (Map<String, Object>) origin.get("sections");
        assertThat(sections.keySet()).containsExactlyInAnyOrder("AWSTemplateFormatVersion", "Transform", "Description",
                "Parameters", "Conditions", "Globals", "Outputs");
        assertThat(origin.get("sectionOrder")).isEqualTo(List.of("AWSTemplateFormatVersion", "Transform", "Description",
                "Parameters", "Conditions", "Globals", "Resources", "Outputs"));
        assertThat((List<Object>) origin.get("resourceOrder")).hasSize(7).startsWith("OrdersTable", "OrderQueue");
        assertThat(((Map<String, Object>) origin.get("source")).get("sha256").toString()).hasSize(64);
        Map<String, Object> bucket = (Map<String, Object>) a.componentOrNull("ArchiveBucket").extra().get("cloudFormation");
        assertThat(((Map<String, Object>) bucket.get("resource")).get("Condition")).isEqualTo("IsProd");
        Map<String, Object> fn = (Map<String, Object>) ((Map<String, Object>) a.componentOrNull("CreateOrder").extra().get("cloudFormation")).get("resource");
        assertThat(fn.toString()).contains("DynamoDBCrudPolicy").contains("{Ref=OrdersTable}");
    }

    @Test
    void plainCloudFormationLinksAndHelpersFoldIntoConnections() {
        ImportResult r = importer.importTemplate(resource("cfn-notifications.json"));
        Architecture a = r.design();
        assertThat(r.hasErrors()).as("%s", r.issues()).isFalse();
        // The role, the permission, the subscription and the event source mapping are not cards of their own.
        assertThat(types(a).keySet()).containsExactly("AlertQueue", "Alerts", "Hourly", "Settings", "Vendor", "Worker");
        assertThat(edges(a)).containsExactly(
                "AlertQueue -triggers-> Worker",
                "Alerts -subscribes-> AlertQueue",
                "Hourly -routes-> Worker",
                "Vendor -references-> Alerts",
                "Worker -reads-> Settings");
        Map<String, Object> worker = (Map<String, Object>) a.componentOrNull("Worker").extra().get("cloudFormation");
        assertThat(((Map<String, Object>) worker.get("helpers")).keySet()).contains("WorkerRole", "HourlyPermission");
        Map<String, Object> mapping = a.connections().stream().filter(c -> c.from().equals("AlertQueue") && c.to().equals("Worker"))
                .map(c -> (Map<String, Object>) c.extra().get("cloudFormation")).findFirst().orElseThrow();
        assertThat(mapping.get("logicalId")).isEqualTo("WorkerQueueMapping");
        assertThat(a.componentOrNull("Vendor").property("resourceType")).isEqualTo("Acme::Monitoring::Probe::MODULE");
        assertThat(a.componentOrNull("Worker").property("runtime")).isEqualTo("python3.13");
    }

    @Test
    void connectionPropertiesAreReadFromLinkingResourcesAndSamEvents() {
        Architecture cfn = importer.importTemplate(resource("cfn-notifications.json")).design();
        assertThat(connection(cfn, "AlertQueue", "Worker").properties()).isEqualTo(Map.of("batchSize", 5L));
        Architecture sam = importer.importTemplate(resource("sam-orders.yaml")).design();
        assertThat(connection(sam, "OrderQueue", "ProcessOrder").properties()).isEqualTo(Map.of("batchSize", 5L));
    }

    @Test
    void connectionPropertiesSurviveExportAndImport() {
        Architecture drawn = Architecture.of("Drawn", "", List.of(
                Component.of("q", "aws.sqs.queue", "Jobs", 0, 0),
                Component.of("fn", "aws.lambda.function", "Worker", 300, 0),
                Component.of("t", "aws.sns.topic", "News", 0, 200)),
                List.of(new org.patternboard.model.design.Connection("c1", "q", "fn", org.patternboard.model.catalog.ConnectionKind.TRIGGERS,
                                Map.of("batchSize", 50L, "maxBatchingWindow", 20L, "reportBatchItemFailures", true, "maxConcurrency", 5L), Map.of()),
                        new org.patternboard.model.design.Connection("c2", "t", "q", org.patternboard.model.catalog.ConnectionKind.SUBSCRIBES,
                                Map.of("rawMessageDelivery", true, "filterPolicy", Map.of("status", List.of("created")), "filterPolicyScope", "MessageBody"), Map.of())),
                List.of(), List.of(), List.of(), Map.of());
        String json = new CloudFormationExporter().toJson(drawn);
        Architecture back = importer.importTemplate(TemplateSource.parse(json, "drawn.json")).design();
        assertThat(connection(back, "Jobs", "Worker").properties()).isEqualTo(drawn.connection("c1").orElseThrow().properties());
        assertThat(connection(back, "News", "Jobs").properties()).isEqualTo(drawn.connection("c2").orElseThrow().properties());
    }

    private static org.patternboard.model.design.Connection connection(Architecture a, String from, String to) {
        return a.connections().stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst().orElseThrow();
    }

    @Test
    void forEachBlocksExpandIntoOneComponentPerValue() {
        ImportResult r = importer.importTemplate(resource("foreach-topics.yaml"));
        Architecture a = r.design();
        assertThat(r.hasErrors()).as("%s", r.issues()).isFalse();
        assertThat(types(a).keySet()).containsExactly("BlueInbox", "BlueTopic", "RedInbox", "RedTopic");
        assertThat(edges(a)).containsExactly("BlueTopic -subscribes-> BlueInbox", "RedTopic -subscribes-> RedInbox");
        assertThat(((Map<String, Object>) a.componentOrNull("RedTopic").extra().get("cloudFormation")).get("generatedBy"))
                .isEqualTo("Fn::ForEach::Team");
        Map<String, Object> origin = (Map<String, Object>) a.extra().get("cloudFormationTemplate");
        assertThat(((Map<String, Object>) origin.get("blocks")).keySet()).containsExactly("Fn::ForEach::Team");
    }

    @Test
    void composerGroupsAndNestedStacksBecomeFrames() {
        ImportResult r = importer.importTemplate(resource("composer-groups.yaml"));
        Architecture a = r.design();
        assertThat(a.groups()).extracting(g -> g.id() + ":" + g.label())
                .containsExactlyInAnyOrder("Ingest:Ingest path", "ChildStack:Nested stack Child");
        assertThat(a.componentOrNull("Inbox").parent()).isEqualTo("Ingest");
        assertThat(a.componentOrNull("Worker").parent()).isEqualTo("Ingest");
        assertThat(a.componentOrNull("Child").parent()).isEqualTo("ChildStack");
        org.patternboard.model.design.Group ingest = a.group("Ingest").orElseThrow();
        for (String id : List.of("Inbox", "Worker")) {
            Component c = a.componentOrNull(id);
            assertThat(c.x()).isGreaterThan(ingest.x());
            assertThat(c.x() + c.effectiveWidth()).isLessThan(ingest.x() + ingest.width());
            assertThat(c.y()).isGreaterThan(ingest.y());
        }
    }

    @Test
    void whatSamGeneratesAndWhatCustomResourcesReturnAreNotErrors() {
        ImportResult r = importer.importTemplate(resource("sam-generated.yaml"));
        assertThat(r.hasErrors()).as("%s", r.issues()).isFalse();
        // A connector whose ends are given by Arn still becomes its connection.
        assertThat(edges(r.design())).contains("Fn -reads-> Table");
    }

    @Test
    void brokenReferencesAreErrorsWithTheirPath() {
        String yaml = """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    DependsOn: Ghost
                    Properties:
                      Runtime: nodejs24.x
                      Handler: index.handler
                      Role: !GetAtt Missing.Arn
                      Code: {ZipFile: "exports.handler = async () => 1"}
                  Q:
                    Type: AWS::SQS::Queue
                    Properties:
                      RedrivePolicy:
                        deadLetterTargetArn: !GetAtt Fn.NoSuchAttribute
                  Api:
                    Type: AWS::Serverless::Api
                """;
        ImportResult r = importer.importTemplate(TemplateSource.parse(yaml, "broken.yaml"));
        assertThat(r.hasErrors()).isTrue();
        List<String> errors = new ArrayList<>();
        r.issues().stream().filter(i -> i.level() == ImportIssue.Level.ERROR).forEach(i -> errors.add(i.pathText() + ": " + i.message()));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Missing").contains("does not define"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Ghost"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("NoSuchAttribute"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Transform"));
        // Nothing is lost: every resource is still a component.
        assertThat(types(r.design()).keySet()).containsExactly("Api", "Fn", "Q");
    }

    @Test
    void aCircularDependencyIsAnError() {
        String yaml = """
                Resources:
                  A:
                    Type: AWS::SQS::Queue
                    DependsOn: C
                  B:
                    Type: AWS::SNS::Topic
                    Properties:
                      DisplayName: !GetAtt A.QueueName
                  C:
                    Type: AWS::SSM::Parameter
                    Properties:
                      Type: String
                      Value: !Sub "${B}"
                  D:
                    Type: AWS::SQS::Queue
                    DependsOn: A
                """;
        ImportResult r = importer.importTemplate(TemplateSource.parse(yaml, "cycle.yaml"));
        assertThat(r.issues()).filteredOn(i -> i.level() == ImportIssue.Level.ERROR).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("circular dependency: A \u2192 C \u2192 B \u2192 A"));
        StringBuilder chain = new StringBuilder("Resources:\n");
        for (int i = 0; i < 3000; i++) {
            chain.append("  Q").append(i).append(":\n    Type: AWS::SQS::Queue\n");
            if (i > 0) {
                chain.append("    DependsOn: Q").append(i - 1).append('\n');
            }
        }
        assertThat(importer.importTemplate(TemplateSource.parse(chain.toString(), "chain.yaml")).hasErrors()).isFalse();
    }

    @Test
    void aTemplateWithoutResourcesIsRefused() {
        assertThatThrownBy(() -> importer.importTemplate(TemplateSource.parse("Description: nothing\n", "empty.yaml")))
                .isInstanceOf(TemplateImportException.class).hasMessageContaining("no Resources");
    }

    @Test
    void progressIsReportedAndCancellingStopsTheImport() {
        AtomicInteger steps = new AtomicInteger();
        importer.importTemplate(resource("sam-orders.yaml"), (done, total, what) -> {
            assertThat(done).isBetween(1, total);
            steps.incrementAndGet();
            return true;
        });
        assertThat(steps.get()).isEqualTo(14);
        assertThatThrownBy(() -> importer.importTemplate(resource("sam-orders.yaml"), (done, total, what) -> done < 3))
                .isInstanceOf(ImportCancelledException.class);
    }

    @Test
    void importingIsDeterministicAndTheDesignValidatesAndExports() {
        DesignWriter writer = new DesignWriter();
        for (String name : List.of("sam-orders.yaml", "cfn-notifications.json", "foreach-topics.yaml", "composer-groups.yaml", "sam-generated.yaml")) {
            Architecture a = importer.importTemplate(resource(name)).design();
            assertThat(writer.write(importer.importTemplate(resource(name)).design())).isEqualTo(writer.write(a));
            assertThat(RuleEngine.standard().check(a)).isNotNull();
            String exported = new CloudFormationExporter().toYaml(a);
            assertThat(exported).contains("Resources:");
            // Every card is laid out on its own spot.
            assertThat(a.components().stream().map(c -> c.x() + "," + c.y()).distinct().count()).isEqualTo(a.components().size());
        }
    }
}
