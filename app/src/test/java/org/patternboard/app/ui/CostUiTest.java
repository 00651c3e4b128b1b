package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.viewmodel.Selection;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.rules.Finding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14 in the app: type an entry rate in the inspector and the total in the status bar follows; apply a
 * cost quick fix (arm64 for an x86 function) and the total drops; undo brings it back; the heat overlay
 * colours the most expensive card fully.
 */
@ExtendWith(ApplicationExtension.class)
class CostUiTest {
    static final String DESIGN = """
            {"format": "patternboard", "schemaVersion": 1, "name": "Orders",
             "components": [
               {"id": "api", "type": "aws.apigatewayv2.httpApi", "name": "OrdersApi", "x": 40, "y": 80},
               {"id": "fn", "type": "aws.lambda.function", "name": "PlaceOrder", "x": 320, "y": 80,
                "properties": {"memorySize": 1024, "architecture": "x86_64", "runtime": "nodejs24.x"}},
               {"id": "table", "type": "aws.dynamodb.table", "name": "Orders", "x": 600, "y": 80,
                "properties": {"partitionKey": "pk"}}],
             "connections": [
               {"id": "c1", "from": "api", "to": "fn", "kind": "integrates"},
               {"id": "c2", "from": "fn", "to": "table", "kind": "writes"}]}
            """;

    @TempDir
    static Path home;

    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Architecture a = DesignFiles.parse(DESIGN, "orders");
        window = new MainWindow(stage, Integrations.standard(), new AppHome(home), new TestDialogs(), a);
        stage.show();
    }

    private double total() {
        return fx(() -> window.cost().estimate().total());
    }

    private String statusText(FxRobot robot) {
        return fx(() -> robot.lookup("#status-cost").queryAs(Hyperlink.class).getText());
    }

    @Test
    void entryRateMovesTheTotalAQuickFixLowersItAndUndoRestoresIt(FxRobot robot) {
        double before = total();
        String statusBefore = statusText(robot);
        assertThat(statusBefore).startsWith("\u2248 $");

        fx(() -> {
            window.viewModel().select(Selection.of("api"));
            return null;
        });
        waitUntil("the inspector shows the API's cost", () -> fx(() -> robot.lookup("#inspector-cost").queryAll().stream()
                .anyMatch(javafx.scene.Node::isVisible)));
        javafx.scene.control.TitledPane costPane = robot.lookup("#inspector-cost").queryAs(javafx.scene.control.TitledPane.class);
        assertThat(fx(costPane::getText)).startsWith("Monthly cost: $");
        assertThat(fx(costPane::isExpanded)).as("collapsed until asked").isFalse();
        robot.clickOn(costPane.lookup(".title"));
        waitUntil("the inspector shows the API's rate", () -> fx(costPane::isExpanded)
                && !robot.lookup("#inspector-cost-rate").queryAll().isEmpty());
        TextField rate = robot.lookup("#inspector-cost-rate").queryAs(TextField.class);
        robot.clickOn(rate);
        fx(() -> {
            rate.selectAll();
            return null;
        });
        robot.write("50M").push(KeyCode.ENTER);
        waitUntil("the total follows the rate", () -> total() > before * 5);
        double busy = total();
        assertThat(statusText(robot)).isNotEqualTo(statusBefore).contains(window.cost().estimate().total() >= 100
                ? String.format(java.util.Locale.ROOT, "$%,.0f", busy) : "$");
        assertThat(fx(() -> robot.lookup("#inspector-cost-monthly").queryAs(Label.class).getText())).startsWith("$");

        waitUntil("COST-011 is reported on the x86 function", () -> fx(() -> costFinding() != null));
        Finding arm = fx(this::costFinding);
        assertThat(arm.quickFix()).isPresent();
        fx(() -> {
            window.viewModel().apply(arm.quickFix().get());
            window.viewModel().closeMerge();
            return null;
        });
        waitUntil("the quick fix lowers the total", () -> total() < busy - 1);
        assertThat(fx(() -> window.viewModel().design().component("fn").orElseThrow().property("architecture")))
                .isEqualTo("arm64");

        robot.clickOn(window.canvas()).push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil("undo restores the x86 total", () -> Math.abs(total() - busy) < 1e-6);

        // What-if: the Cost tab prices the design at x0.1, x10 and x100 of today's traffic.
        double x100 = fx(() -> window.cost().scaled(100).total());
        assertThat(x100).isGreaterThan(busy * 10);
        Label whatIf = robot.lookup("#cost-what-if-100_0").queryAs(Label.class);
        assertThat(fx(whatIf::getText)).startsWith("\u00d7100: " + org.patternboard.app.viewmodel.CostTracker.money(x100));

        ToggleButton heat = robot.lookup("#cost-heat").queryAs(ToggleButton.class);
        fx(() -> {
            heat.setSelected(true);
            return null;
        });
        var shares = fx(() -> window.canvas().heat());
        String priciest = fx(() -> window.cost().estimate().biggest(1).get(0).id());
        assertThat(shares.get(priciest)).isEqualTo(1.0);
        assertThat(shares.values()).allMatch(v -> v >= 0 && v <= 1);
    }

    private Finding costFinding() {
        var check = window.viewModel().checkProperty().get();
        return check == null ? null : check.findings().stream().filter(f -> f.ruleId().equals("COST-011"))
                .findFirst().orElse(null);
    }
}
