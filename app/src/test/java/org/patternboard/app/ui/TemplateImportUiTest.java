package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.files.FileDialogs;
import org.patternboard.app.viewmodel.ClasspathBlocks;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening CloudFormation and SAM templates in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class TemplateImportUiTest {
    static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            # orders come in on a queue and a function stores them
            Resources:
              Orders:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 60
              Store:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  Role: arn:aws:iam::123456789012:role/store
                  Code: {ZipFile: "def handler(e, c): pass"}
              StoreOrders:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  EventSourceArn: !GetAtt Orders.Arn
                  FunctionName: !Ref Store
            """;

    @TempDir
    static Path home;
    @TempDir
    Path dir;

    MainWindow window;
    DesignViewModel vm;
    final TestDialogs dialogs = new TestDialogs();

    @Start
    void start(Stage stage) {
        Integrations integrations = new Integrations(null, ClasspathBlocks.load(), null, null, null, null);
        Architecture start = Architecture.of("Start", "", List.of(Component.of("b", "aws.s3.bucket", "Files", 100, 100)),
                List.of(), List.of(), List.of(), List.of(), Map.of());
        window = new MainWindow(stage, integrations, new AppHome(home), dialogs, start);
        vm = window.viewModel();
        stage.show();
        window.canvas().requestFocus();
    }

    @Test
    void openingATemplateShowsItsArchitectureAndLeavesTheFileAlone(FxRobot robot) throws Exception {
        Path template = dir.resolve("orders.yaml");
        Files.writeString(template, TEMPLATE);
        dialogs.discardAnswer = FileDialogs.Discard.DISCARD;
        dialogs.openAnswers.add(template);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        settle();
        Architecture a = fx(vm::design);
        assertThat(a.name()).isEqualTo("orders");
        assertThat(a.components()).extracting(Component::id).containsExactlyInAnyOrder("Orders", "Store");
        assertThat(a.connections()).singleElement().satisfies(c -> assertThat(c.kind().id()).isEqualTo("triggers"));
        assertThat(fx(() -> window.canvas().screenPointOf("Store"))).isNotNull();
        assertThat(dialogs.progressSteps).isPositive();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("Imported orders.yaml");
        assertThat(Files.readString(template)).isEqualTo(TEMPLATE);
    }

    @Test
    void aBrokenTemplateIsRefusedWithItsLineAndTheDesignStays(FxRobot robot) throws Exception {
        Path template = dir.resolve("broken.yaml");
        Files.writeString(template, "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: !Ref Nothing\n");
        dialogs.discardAnswer = FileDialogs.Discard.DISCARD;
        dialogs.openAnswers.add(template);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        settle();
        assertThat(dialogs.lastError).contains("broken.yaml:5:").contains("Nothing");
        assertThat(fx(vm::design).name()).isEqualTo("Start");
    }

    @Test
    void cancellingAnImportKeepsTheCurrentDesign(FxRobot robot) throws Exception {
        Path template = dir.resolve("orders.yaml");
        Files.writeString(template, TEMPLATE);
        dialogs.discardAnswer = FileDialogs.Discard.DISCARD;
        dialogs.cancelAfter = 2;
        dialogs.openAnswers.add(template);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        settle();
        assertThat(fx(vm::design).name()).isEqualTo("Start");
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("cancelled");
    }

    @Test
    void anyCloudFormationTypeIsFoundInThePaletteAndEditedFieldByField(FxRobot robot) {
        robot.clickOn("#palette-search").write("stepfunctions activity");
        settle();
        robot.doubleClickOn("#palette-cfn-AWS-StepFunctions-Activity");
        settle();
        Component added = fx(() -> vm.design().components().stream()
                .filter(c -> "AWS::StepFunctions::Activity".equals(c.property("resourceType"))).findFirst().orElseThrow());
        assertThat(added.type()).isEqualTo("aws.cloudformation.resource");
        assertThat(added.name()).isEqualTo("Activity");
        robot.doubleClickOn("#inspector-cfn-Name").write("orders-activity").push(KeyCode.ENTER);
        settle();
        assertThat(fx(() -> vm.design().componentOrNull(added.id()).property("cfnProperties")))
                .isEqualTo(Map.of("Name", "orders-activity"));
        // Adding with its type was one step, the name another: two undos remove the card.
        robot.push(KeyCode.ESCAPE);
        fx(() -> {
            window.canvas().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(fx(() -> vm.design().component(added.id()))).isEmpty();
    }

    @Test
    void editingOnePropertyAndSavingToTheTemplateChangesThatLineOnly(FxRobot robot) throws Exception {
        Path template = dir.resolve("orders.yaml");
        Files.writeString(template, TEMPLATE);
        dialogs.discardAnswer = FileDialogs.Discard.DISCARD;
        dialogs.openAnswers.add(template);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        settle();
        robot.clickOn(fx(() -> window.canvas().screenPointOf("Orders")));
        settle();
        robot.doubleClickOn("#inspector-visibilityTimeout").eraseText(2).write("120").push(KeyCode.ENTER);
        settle();
        assertThat(fx(() -> vm.design().componentOrNull("Orders").property("visibilityTimeout"))).isEqualTo(120L);
        fx(() -> {
            window.canvas().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        settle();
        assertThat(dialogs.lastError).isNull();
        List<String> before = TEMPLATE.lines().toList();
        List<String> after = Files.readString(template).lines().toList();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(i == 6 ? "      VisibilityTimeout: 120" : before.get(i));
        }
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("Saved the changes to orders.yaml");

        // A second change after the first save is patched onto the saved file.
        robot.clickOn(fx(() -> window.canvas().screenPointOf("Orders")));
        settle();
        robot.doubleClickOn("#inspector-visibilityTimeout").eraseText(3).write("90").push(KeyCode.ENTER);
        settle();
        fx(() -> {
            window.canvas().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        settle();
        assertThat(dialogs.lastError).isNull();
        assertThat(Files.readString(template)).isEqualTo(TEMPLATE.replace("VisibilityTimeout: 60", "VisibilityTimeout: 90"));
    }

    @Test
    void editingAComponentOfANestedStackSavesIntoItsChildTemplateOnly(FxRobot robot) throws Exception {
        String parent = """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Orders:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: stacks/orders.yaml
                """;
        String child = """
                # the orders stack keeps its queue
                Resources:
                  Inbox:
                    Type: AWS::SQS::Queue
                    Properties:
                      VisibilityTimeout: 60   # six times the consumer's timeout
                """;
        Path template = dir.resolve("main.yaml");
        Path childFile = dir.resolve("stacks/orders.yaml");
        Files.createDirectories(childFile.getParent());
        Files.writeString(template, parent);
        Files.writeString(childFile, child);
        dialogs.discardAnswer = FileDialogs.Discard.DISCARD;
        dialogs.openAnswers.add(template);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        settle();
        assertThat(fx(() -> vm.design().componentOrNull("Orders.Inbox"))).isNotNull();
        robot.clickOn(fx(() -> window.canvas().screenPointOf("Orders.Inbox")));
        settle();
        robot.doubleClickOn("#inspector-visibilityTimeout").eraseText(2).write("120").push(KeyCode.ENTER);
        settle();
        fx(() -> {
            window.canvas().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        settle();
        assertThat(dialogs.lastError).isNull();
        assertThat(Files.readString(template)).isEqualTo(parent);
        assertThat(Files.readString(childFile)).isEqualTo(child.replace("VisibilityTimeout: 60", "VisibilityTimeout: 120"));
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("stacks/orders.yaml");

        // The saved child is remembered: a second edit is patched onto it, not refused as changed by someone else.
        robot.clickOn(fx(() -> window.canvas().screenPointOf("Orders.Inbox")));
        settle();
        robot.doubleClickOn("#inspector-visibilityTimeout").eraseText(3).write("90").push(KeyCode.ENTER);
        settle();
        fx(() -> {
            window.canvas().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        settle();
        assertThat(dialogs.lastError).isNull();
        assertThat(Files.readString(childFile)).isEqualTo(child.replace("VisibilityTimeout: 60", "VisibilityTimeout: 90"));
        assertThat(Files.readString(template)).isEqualTo(parent);
    }
}
