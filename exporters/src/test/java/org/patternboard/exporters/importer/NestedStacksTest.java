package org.patternboard.exporters.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.cloudformation.roundtrip.RoundTripExporter;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateSaveBack;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignWriter;
import org.patternboard.model.rules.RuleEngine;

/** Nested stacks whose child templates are local files: opened into their frames, and saved back into those files. */
@SuppressWarnings("unchecked")
class NestedStacksTest {
    @TempDir
    Path dir;

    /** A copy of a fixture folder, so that saving back can write into it. */
    private Path copy(String folder) throws IOException, URISyntaxException {
        Path from = Path.of(NestedStacksTest.class.getResource("/import/" + folder).toURI());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return dir;
    }

    private static ImportResult importFile(Path file) throws IOException {
        TemplateDocument doc = TemplateSource.parse(file);
        return new TemplateImporter().importTemplate(doc, file, ImportProgress.NONE);
    }

    /** Every file under the folder with its bytes, to tell which ones a save touched. */
    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static void write(Path root, TemplateSaveBack.Saved saved, Path parent) throws IOException {
        if (saved.changed()) {
            Files.writeString(parent, saved.text());
        }
        for (TemplateSaveBack.SavedChild c : saved.children()) {
            Files.writeString(root.resolve(c.path()), c.text());
        }
    }

    private static Group frameOf(Architecture a, String stack) {
        return a.groups().stream().filter(g -> g.extra().get("cloudFormation") instanceof Map<?, ?> m
                && stack.equals(m.get("nestedStack"))).findFirst().orElseThrow();
    }

    @Test
    void childTemplatesAreOpenedIntoTheFramesOfTheirStacks() throws Exception {
        Path root = copy("nested");
        ImportResult r = importFile(root.resolve("main.yaml"));
        Architecture a = r.design();
        assertThat(r.hasErrors()).as("%s", r.issues()).isFalse();
        // The children's components, their ids prefixed by the stack's; a grandchild's by both.
        assertThat(a.components().stream().map(Component::id).toList()).containsExactlyInAnyOrder(
                "Uploads", "OrdersStack", "Notifications", "Reports", "Vendor", "Shared",
                "OrdersStack.OrderQueue", "OrdersStack.OrderWorker", "OrdersStack.Audit", "OrdersStack.Audit.AuditTable",
                "Notifications.Alerts", "Notifications.Notifier");
        Component worker = a.componentOrNull("OrdersStack.OrderWorker");
        assertThat(worker.type()).isEqualTo("aws.lambda.function");
        assertThat(worker.name()).isEqualTo("OrderWorker");
        assertThat(worker.property("timeout")).isEqualTo(30L);
        assertThat(TemplateOrigin.logicalId(worker)).isEqualTo("OrderWorker");
        assertThat(TemplateOrigin.template(worker)).isEqualTo("stacks/orders.yaml");
        assertThat(TemplateOrigin.stack(worker)).isEqualTo("OrdersStack");
        Component auditTable = a.componentOrNull("OrdersStack.Audit.AuditTable");
        assertThat(TemplateOrigin.template(auditTable)).isEqualTo("stacks/audit.json");
        assertThat(TemplateOrigin.stack(auditTable)).isEqualTo("OrdersStack.Audit");
        // The child's helpers fold and its links connect inside the child, as in any template.
        assertThat(TemplateImporterTest.edges(a)).contains(
                "OrdersStack.OrderQueue -triggers-> OrdersStack.OrderWorker",
                "Notifications.Alerts -subscribes-> Notifications.Notifier");
        assertThat(TemplateOrigin.helpers(worker)).containsKey("OrderWorkerRole");

        // Each child sits in its stack's frame, the grandchild in a frame inside it.
        Group orders = frameOf(a, "OrdersStack");
        Group audit = frameOf(a, "OrdersStack.Audit");
        assertThat(a.componentOrNull("OrdersStack").parent()).isEqualTo(orders.id());
        assertThat(worker.parent()).isEqualTo(orders.id());
        assertThat(audit.parent()).isEqualTo(orders.id());
        assertThat(auditTable.parent()).isEqualTo(audit.id());
        assertThat(a.componentOrNull("Notifications.Notifier").parent()).isEqualTo(frameOf(a, "Notifications").id());
        assertThat(audit.x()).isGreaterThan(orders.x());
        assertThat(audit.y()).isGreaterThan(orders.y());
        assertThat(audit.x() + audit.width()).isLessThan(orders.x() + orders.width());
        assertThat(audit.y() + audit.height()).isLessThan(orders.y() + orders.height());
        for (Component c : a.components()) {
            Group frame = a.groups().stream().filter(g -> g.id().equals(c.parent())).findFirst().orElse(null);
            if (frame != null) {
                assertThat(c.x()).as(c.id()).isGreaterThan(frame.x());
                assertThat(c.y()).as(c.id()).isGreaterThan(frame.y());
            }
        }
        // Stacks left closed keep their frame around the card alone.
        assertThat(a.components().stream().filter(c -> c.parent() != null && c.parent().equals(frameOf(a, "Reports").id())))
                .extracting(Component::id).containsExactly("Reports");

        // The design file holds it all: it saves and loads.
        Architecture reloaded = DesignFiles.parse(new DesignWriter().write(a), "main.pboard.json");
        assertThat(reloaded.components()).hasSameSizeAs(a.components());
        assertThat(TemplateOrigin.nested(reloaded).keySet()).containsExactlyInAnyOrder("OrdersStack", "OrdersStack.Audit", "Notifications");
    }

    @Test
    void theRulesSeeTheChildrensComponents() throws Exception {
        Architecture a = importFile(copy("nested").resolve("main.yaml")).design();
        // The child queue has no dead-letter queue: a finding about a component of the child.
        assertThat(RuleEngine.standard().check(a).findings()).anySatisfy(f ->
                assertThat(f.targets()).contains("OrdersStack.OrderQueue"));
    }

    @Test
    void aParentResourcePassedToAStackIsAnEdgeOfItsCard() throws Exception {
        Architecture a = importFile(copy("nested").resolve("main.yaml")).design();
        // As any reference between two components: from the stack that refers to the bucket. No edge is drawn
        // through the child's parameter to what uses it inside.
        assertThat(TemplateImporterTest.edges(a)).contains("OrdersStack -references-> Uploads")
                .noneMatch(e -> e.startsWith("Uploads") || e.endsWith("OrderWorker") && e.contains("Uploads"));
    }

    @Test
    void missingRemoteAndRepositoryChildrenAreSaidNotFailed() throws Exception {
        ImportResult r = importFile(copy("nested").resolve("main.yaml"));
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(ImportIssue.Level.WARNING);
            assertThat(i.pathText()).isEqualTo("Resources.Reports.Properties.TemplateURL");
            assertThat(i.message()).contains("stacks/reports.yaml does not exist");
        });
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(ImportIssue.Level.INFO);
            assertThat(i.pathText()).isEqualTo("Resources.Shared.Properties.TemplateURL");
            assertThat(i.message()).contains("remote");
        });
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(ImportIssue.Level.INFO);
            assertThat(i.pathText()).isEqualTo("Resources.Vendor.Properties.Location");
            assertThat(i.message()).contains("Serverless Application Repository");
        });
    }

    @Test
    void anInvalidChildIsAWarningAndItsFrameStaysClosed() throws Exception {
        Path root = copy("nested");
        Files.writeString(root.resolve("notify.yaml"), "Resources:\n  Fn:\n    Type: AWS::SQS::Queue\n"
                + "    Properties:\n      RedrivePolicy: {deadLetterTargetArn: !GetAtt Nope.Arn}\n");
        Files.writeString(root.resolve("stacks/audit.json"), "{\"Resources\": [");
        ImportResult r = importFile(root.resolve("main.yaml"));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(ImportIssue.Level.WARNING);
            assertThat(i.pathText()).isEqualTo("Resources.Notifications.Properties.Location");
            assertThat(i.message()).contains("notify.yaml:5:").contains("Nope");
        });
        // A grandchild's problem is said at the parent's stack, naming the grandchild's file and line.
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(ImportIssue.Level.WARNING);
            assertThat(i.pathText()).isEqualTo("Resources.OrdersStack.Properties.TemplateURL");
            assertThat(i.message()).contains("stacks/audit.json:1:");
        });
        assertThat(r.design().componentOrNull("Notifications.Fn")).isNull();
        assertThat(r.design().componentOrNull("OrdersStack.Audit.AuditTable")).isNull();
        assertThat(r.design().componentOrNull("OrdersStack.OrderQueue")).isNotNull();
        assertThat(TemplateOrigin.nested(r.design()).keySet()).containsExactly("OrdersStack");
    }

    @Test
    void aCycleOfStacksIsCutWhereItCloses() throws Exception {
        Path root = copy("nested-cycle");
        ImportResult r = importFile(root.resolve("loop.yaml"));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.design().components().stream().map(Component::id).toList())
                .containsExactlyInAnyOrder("Bucket", "Inner", "Inner.Queue", "Inner.Back");
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(ImportIssue.Level.WARNING);
            assertThat(i.pathText()).isEqualTo("Resources.Inner.Properties.TemplateURL");
            assertThat(i.message()).contains("cycle: loop.yaml \u2192 loop-child.yaml \u2192 loop.yaml");
        });
    }

    @Test
    void nestingStopsAtItsDepthLimit() throws Exception {
        // level0.yaml nests level1.yaml, which nests level2.yaml, … each with one queue.
        int levels = NestedStacks.MAX_DEPTH + 3;
        for (int i = 0; i < levels; i++) {
            Files.writeString(dir.resolve("level" + i + ".yaml"), "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"
                    + "  Next:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: level" + (i + 1) + ".yaml\n");
        }
        ImportResult r = importFile(dir.resolve("level0.yaml"));
        assertThat(TemplateOrigin.nested(r.design())).hasSize(NestedStacks.MAX_DEPTH);
        String deepest = "Next." .repeat(NestedStacks.MAX_DEPTH) + "Q";
        assertThat(r.design().componentOrNull(deepest)).isNotNull();
        assertThat(r.design().componentOrNull("Next." + deepest)).isNull();
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(ImportIssue.Level.WARNING);
            assertThat(i.message()).contains("level" + (NestedStacks.MAX_DEPTH + 1) + ".yaml is not opened")
                    .contains(NestedStacks.MAX_DEPTH + " levels deep");
        });
    }

    @Test
    void twoStacksOfOneChildTemplateAreOpenedTwiceAndMustBeEditedAlike() throws Exception {
        Files.writeString(dir.resolve("main.yaml"), "Resources:\n  Blue:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties: {TemplateURL: queue.yaml}\n  Green:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties: {TemplateURL: queue.yaml}\n");
        String child = "Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 5\n";
        Files.writeString(dir.resolve("queue.yaml"), child);
        Path main = dir.resolve("main.yaml");
        Architecture a = importFile(main).design();
        assertThat(a.componentOrNull("Blue.Jobs")).isNotNull();
        assertThat(a.componentOrNull("Green.Jobs")).isNotNull();
        Architecture one = a.withComponent(a.componentOrNull("Blue.Jobs").withProperty("delaySeconds", 9L));
        TemplateSaveBack.Saved saved = new TemplateSaveBack().save(one, TemplateSource.parse(main));
        assertThat(saved.children()).isEmpty();
        assertThat(saved.warnings()).singleElement().satisfies(w -> assertThat(w).contains("queue.yaml").contains("Blue, Green"));
        Architecture both = one.withComponent(one.componentOrNull("Green.Jobs").withProperty("delaySeconds", 9L));
        assertThat(new TemplateSaveBack().save(both, TemplateSource.parse(main)).children()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(child.replace("DelaySeconds: 5", "DelaySeconds: 9")));
    }

    @Test
    void withoutAFileNoChildIsOpened() throws Exception {
        Path main = copy("nested").resolve("main.yaml");
        ImportResult r = new TemplateImporter().importTemplate(TemplateSource.parse(main));
        assertThat(r.design().components()).hasSize(6);
        assertThat(TemplateOrigin.nested(r.design())).isEmpty();
    }

    @Test
    void anUneditedDesignExportsTheParentAsReadAndEveryChildAsRead() throws Exception {
        Path root = copy("nested");
        Path main = root.resolve("main.yaml");
        Architecture a = importFile(main).design();
        for (Architecture design : List.of(a, DesignFiles.parse(new DesignWriter().write(a), "m.pboard.json"))) {
            RoundTripExporter.Result parent = new RoundTripExporter().export(design);
            assertThat(parent.warnings()).isEmpty();
            assertThat(parent.template()).isEqualTo(TemplateSource.parse(main).root());
            assertThat(((Map<String, ?>) parent.template().get("Resources")).keySet().stream().toList())
                    .containsExactly("Uploads", "OrdersStack", "Notifications", "Reports", "Vendor", "Shared");
            List<RoundTripExporter.Nested> nested = new RoundTripExporter().nested(design);
            assertThat(nested).extracting(RoundTripExporter.Nested::template)
                    .containsExactlyInAnyOrder("stacks/orders.yaml", "stacks/audit.json", "notify.yaml");
            for (RoundTripExporter.Nested n : nested) {
                assertThat(n.result().warnings()).as(n.template()).isEmpty();
                assertThat(n.result().template()).as(n.template()).isEqualTo(TemplateSource.parse(root.resolve(n.template())).root());
            }
        }
    }

    @Test
    void anUneditedSaveBackWritesNothing() throws Exception {
        Path root = copy("nested");
        Path main = root.resolve("main.yaml");
        Architecture a = importFile(main).design();
        Map<String, byte[]> before = snapshot();
        TemplateSaveBack.Saved saved = new TemplateSaveBack().save(a, TemplateSource.parse(main));
        assertThat(saved.changed()).isFalse();
        assertThat(saved.text()).isEqualTo(Files.readString(main));
        assertThat(saved.children()).isEmpty();
        assertThat(saved.warnings()).isEmpty();
        write(root, saved, main);
        assertThat(snapshot()).containsOnlyKeys(before.keySet()).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(before.get(k)));
    }

    @Test
    void anEditOfAChildComponentChangesOnlyItsLineInTheChildFile() throws Exception {
        Path root = copy("nested");
        Path main = root.resolve("main.yaml");
        Architecture a = importFile(main).design();
        a = a.withComponent(a.componentOrNull("OrdersStack.OrderQueue").withProperty("visibilityTimeout", 120L));
        a = a.withComponent(a.componentOrNull("OrdersStack.Audit.AuditTable").withName("OrderAudit"));
        Map<String, byte[]> before = snapshot();
        TemplateSaveBack.Saved saved = new TemplateSaveBack().save(a, TemplateSource.parse(main));
        assertThat(saved.warnings()).isEmpty();
        assertThat(saved.changed()).isFalse();
        assertThat(saved.children()).extracting(TemplateSaveBack.SavedChild::path)
                .containsExactlyInAnyOrder("stacks/orders.yaml", "stacks/audit.json");
        write(root, saved, main);
        Map<String, byte[]> after = snapshot();
        for (String file : before.keySet()) {
            if (!file.equals("stacks/orders.yaml") && !file.equals("stacks/audit.json")) {
                assertThat(after.get(file)).as(file).isEqualTo(before.get(file));
            }
        }
        assertThat(changedLines(before.get("stacks/orders.yaml"), after.get("stacks/orders.yaml")))
                .containsExactly("11:       VisibilityTimeout: 120");
        assertThat(changedLines(before.get("stacks/audit.json"), after.get("stacks/audit.json")))
                .containsExactly("5:     \"OrderAudit\": {");

        // Saving again changes nothing; a child changed by someone else since the import is refused.
        TemplateSaveBack.Saved twice = new TemplateSaveBack().save(a, TemplateSource.parse(main));
        assertThat(twice.children()).isEmpty();
        Architecture again = a.withComponent(a.componentOrNull("OrdersStack.OrderQueue").withProperty("visibilityTimeout", 90L));
        assertThatThrownBy(() -> new TemplateSaveBack().save(again, TemplateSource.parse(main)))
                .isInstanceOf(TemplateSaveBack.TemplateChangedException.class).hasMessageContaining("stacks/orders.yaml");
        // Remembering the saved state (as the app does after a save) allows the next one.
        Architecture remembered = TemplateOrigin.withNestedSource(again, "stacks/orders.yaml",
                TemplateOrigin.sha256(Files.readString(root.resolve("stacks/orders.yaml"))));
        assertThat(new TemplateSaveBack().save(remembered, TemplateSource.parse(main)).children())
                .extracting(TemplateSaveBack.SavedChild::path).containsExactly("stacks/orders.yaml");
    }

    @Test
    void anEditedSamChildIsPatchedWhileTheParentExportStaysAsRead() throws Exception {
        Path root = copy("nested");
        Path main = root.resolve("main.yaml");
        Architecture a = importFile(main).design();
        a = a.withComponent(a.componentOrNull("Notifications.Notifier").withProperty("memorySize", 512L));
        assertThat(new RoundTripExporter().export(a).template()).isEqualTo(TemplateSource.parse(main).root());
        TemplateSaveBack.Saved saved = new TemplateSaveBack().save(a, TemplateSource.parse(main));
        assertThat(saved.changed()).isFalse();
        assertThat(saved.children()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("notify.yaml");
            assertThat(changedLines(Files.readAllBytes(root.resolve("notify.yaml")), c.text().getBytes()))
                    .containsExactly("12:       MemorySize: 512");
        });
    }

    /** "line: text" of each line that differs, for files of the same number of lines. */
    private static List<String> changedLines(byte[] before, byte[] after) {
        List<String> b = new String(before).lines().toList();
        List<String> c = new String(after).lines().toList();
        assertThat(c).hasSameSizeAs(b);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            if (!b.get(i).equals(c.get(i))) {
                out.add((i + 1) + ": " + c.get(i));
            }
        }
        return out;
    }
}
