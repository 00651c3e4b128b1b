package org.patternboard.exporters.cloudformation.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.exporters.importer.TemplateImporter;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Component;
import org.patternboard.model.edit.Edits;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignWriter;

@SuppressWarnings("unchecked")
class RoundTripExporterTest {
    private final RoundTripExporter exporter = new RoundTripExporter();

    static TemplateDocument resource(String name) {
        try (InputStream in = RoundTripExporterTest.class.getResourceAsStream("/import/" + name)) {
            return TemplateSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Architecture imported(TemplateDocument doc) {
        return new TemplateImporter().importTemplate(doc).design();
    }

    private static Map<String, Object> resources(Map<String, Object> template) {
        return (Map<String, Object>) template.get("Resources");
    }

    /** A deep copy of the template as read, to compare expected changes against. */
    private static Map<String, Object> copy(TemplateDocument doc) {
        return (Map<String, Object>) deepCopy(doc.root());
    }

    private static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), deepCopy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return new java.util.ArrayList<>(l.stream().map(RoundTripExporterTest::deepCopy).toList());
        }
        return v;
    }

    @Test
    void anUneditedDesignGivesBackItsTemplateExactlyInOrder() {
        for (String name : List.of("sam-orders.yaml", "cfn-notifications.json", "foreach-topics.yaml", "composer-groups.yaml", "sam-generated.yaml")) {
            TemplateDocument doc = resource(name);
            RoundTripExporter.Result r = exporter.export(imported(doc));
            assertThat(r.warnings()).as(name).isEmpty();
            assertThat(r.template()).as(name).isEqualTo(doc.root());
            assertThat(List.copyOf(r.template().keySet())).as(name).isEqualTo(List.copyOf(doc.root().keySet()));
            assertThat(List.copyOf(resources(r.template()).keySet())).as(name)
                    .isEqualTo(List.copyOf(resources(doc.root()).keySet()));
        }
    }

    @Test
    void theTemplateSurvivesSavingAndLoadingTheDesignFile() throws Exception {
        for (String name : List.of("sam-orders.yaml", "cfn-notifications.json", "foreach-topics.yaml", "composer-groups.yaml", "sam-generated.yaml")) {
            TemplateDocument doc = resource(name);
            Architecture reloaded = DesignFiles.parse(new DesignWriter().write(imported(doc)), name + ".pboard.json");
            assertThat(exporter.export(reloaded).template()).as(name).isEqualTo(doc.root());
        }
    }

    @Test
    void aChangedPropertyChangesOnlyItsPath() {
        TemplateDocument doc = resource("sam-orders.yaml");
        Architecture a = imported(doc);
        a = a.withComponent(a.componentOrNull("OrderQueue").withProperty("visibilityTimeout", 120L));
        // memorySize came from Globals: changing it writes the function's own MemorySize, not the global.
        a = a.withComponent(a.componentOrNull("ProcessOrder").withProperty("memorySize", 1024L));
        Map<String, Object> expected = copy(doc);
        ((Map<String, Object>) ((Map<String, Object>) resources(expected).get("OrderQueue")).get("Properties"))
                .put("VisibilityTimeout", 120L);
        ((Map<String, Object>) ((Map<String, Object>) resources(expected).get("ProcessOrder")).get("Properties"))
                .put("MemorySize", 1024L);
        RoundTripExporter.Result r = exporter.export(a);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.template()).isEqualTo(expected);
    }

    @Test
    void aChangedConnectionPropertyIsWrittenIntoItsLinkingResource() {
        TemplateDocument doc = resource("cfn-notifications.json");
        Architecture a = imported(doc);
        org.patternboard.model.design.Connection c = a.connections().stream()
                .filter(x -> x.from().equals("AlertQueue") && x.to().equals("Worker")).findFirst().orElseThrow();
        a = a.withConnection(c.withProperty("batchSize", 7L));
        Map<String, Object> expected = copy(doc);
        ((Map<String, Object>) ((Map<String, Object>) resources(expected).get("WorkerQueueMapping")).get("Properties"))
                .put("BatchSize", 7L);
        assertThat(exporter.export(a).template()).isEqualTo(expected);
    }

    @Test
    void aChangedPropertyOfAConnectionFromASamEventIsWrittenIntoTheEvent() {
        TemplateDocument doc = resource("sam-orders.yaml");
        Architecture a = imported(doc);
        org.patternboard.model.design.Connection c = a.connections().stream()
                .filter(x -> x.from().equals("OrderQueue") && x.to().equals("ProcessOrder")).findFirst().orElseThrow();
        a = a.withConnection(c.withProperty("batchSize", 8L));
        Map<String, Object> expected = copy(doc);
        Map<String, Object> fn = (Map<String, Object>) resources(expected).get("ProcessOrder");
        Map<String, Object> events = (Map<String, Object>) ((Map<String, Object>) fn.get("Properties")).get("Events");
        ((Map<String, Object>) ((Map<String, Object>) events.get("Queue")).get("Properties")).put("BatchSize", 8L);
        assertThat(exporter.export(a).template()).isEqualTo(expected);
    }

    @Test
    void renamingAComponentRenamesItsLogicalIdAndEveryReference() {
        TemplateDocument doc = resource("sam-orders.yaml");
        Architecture a = imported(doc);
        a = a.withComponent(a.componentOrNull("OrderQueue").withName("IncomingOrders"));
        Map<String, Object> out = exporter.export(a).template();
        assertThat(resources(out).keySet()).contains("IncomingOrders").doesNotContain("OrderQueue");
        assertThat(List.copyOf(resources(out).keySet()).indexOf("IncomingOrders"))
                .isEqualTo(List.copyOf(resources(doc.root()).keySet()).indexOf("OrderQueue"));
        String create = resources(out).get("CreateOrder").toString();
        assertThat(create).contains("{Ref=IncomingOrders}").contains("[IncomingOrders, QueueName]").doesNotContain("OrderQueue");
        assertThat(resources(out).get("ProcessOrder").toString()).contains("[IncomingOrders, Arn]");
    }

    @Test
    void deletingAComponentDropsItsResourcesAndWarnsAboutReferencesLeft() {
        TemplateDocument doc = resource("cfn-notifications.json");
        Architecture before = imported(doc);
        // As the canvas deletes: the component and its connections.
        Architecture a = new Edits(Catalog.standard()).remove(before, List.of("Worker")).apply(before);
        RoundTripExporter.Result r = exporter.export(a);
        // The function's role and permission were folded into it and go with it; so do its mapping and the rule's link.
        assertThat(resources(r.template()).keySet()).doesNotContain("Worker", "WorkerRole", "HourlyPermission", "WorkerQueueMapping");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("Hourly still refers to Worker"));
    }

    @Test
    void componentsDrawnNewAreExportedIntoTheSameTemplate() {
        TemplateDocument doc = resource("cfn-notifications.json");
        Architecture a = imported(doc).withComponent(Component.of("audit", "aws.sqs.queue", "AuditQueue", 0, 0));
        RoundTripExporter.Result r = exporter.export(a);
        assertThat(resources(r.template())).containsKey("AuditQueue");
        assertThat(((Map<String, Object>) resources(r.template()).get("AuditQueue")).get("Type")).isEqualTo("AWS::SQS::Queue");
        for (String id : resources(doc.root()).keySet()) {
            assertThat(resources(r.template()).get(id)).as(id).isEqualTo(resources(doc.root()).get(id));
        }
    }

    @Test
    void aNewComponentIsWiredToImportedOnesWithLeastPrivilege() {
        TemplateDocument doc = resource("cfn-notifications.json");
        Architecture a = imported(doc).withComponent(Component.of("auditor", "aws.lambda.function", "Auditor", 0, 0)
                .withProperty("runtime", "nodejs24.x").withProperty("handler", "index.handler"));
        a = a.withConnection(org.patternboard.model.design.Connection.of("n1", "AlertQueue", "auditor",
                org.patternboard.model.catalog.ConnectionKind.TRIGGERS));
        a = a.withConnection(org.patternboard.model.design.Connection.of("n2", "auditor", "Settings",
                org.patternboard.model.catalog.ConnectionKind.READS));
        RoundTripExporter.Result r = exporter.export(a);
        Map<String, Object> res = resources(r.template());
        for (String id : resources(doc.root()).keySet()) {
            assertThat(res.get(id)).as(id).isEqualTo(resources(doc.root()).get(id));
        }
        String added = res.entrySet().stream().filter(e -> !resources(doc.root()).containsKey(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).toList().toString();
        // The event source mapping and the new function's grants name the template's own queue and table.
        assertThat(added).contains("AWS::Lambda::EventSourceMapping").contains("[AlertQueue, Arn]")
                .contains("[Settings, Arn]").contains("sqs:ReceiveMessage").contains("dynamodb:GetItem");
        assertThat(res.keySet()).doesNotContain("Alerts2", "AlertQueue2", "Settings2");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void editsToALoopsResourcesAreReportedNotLost() {
        Architecture a = imported(resource("foreach-topics.yaml"));
        a = a.withComponent(a.componentOrNull("RedInbox").withProperty("visibilityTimeout", 99L));
        RoundTripExporter.Result r = exporter.export(a);
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w).contains("Fn::ForEach::Team"));
    }

    @Test
    void aDrawnDesignIsNotARoundTrip() {
        assertThatThrownBy(() -> exporter.export(Architecture.empty("new")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not imported");
    }
}
