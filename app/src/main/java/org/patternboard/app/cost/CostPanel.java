package org.patternboard.app.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.patternboard.app.viewmodel.CostTracker;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.GroupCost;
import org.patternboard.model.cost.estimate.Unpriced;

/**
 * The Cost tab: the monthly total, the biggest items (click one to show it), the frames' totals, what has no
 * price, a what-if row that scales all traffic ×0.1, ×10 and ×100 and says where cost grows faster than the
 * traffic, and the switch for the heat overlay on the canvas.
 */
public final class CostPanel extends ScrollPane {
    static final double[] WHAT_IF = {0.1, 10, 100};
    private final CostTracker tracker;
    private final Consumer<String> reveal;
    private final Label total = new Label();
    private final VBox biggest = new VBox(2);
    private final GridPane groups = new GridPane();
    private final VBox unpriced = new VBox(2);
    private final HBox whatIf = new HBox(16);
    private final Label assumptions = new Label();
    private final ToggleButton heat = new ToggleButton("Heat overlay");

    public CostPanel(CostTracker tracker, Consumer<String> reveal) {
        this.tracker = tracker;
        this.reveal = reveal;
        setId("cost-panel");
        setFitToWidth(true);
        total.setId("cost-total");
        total.getStyleClass().add("cost-total");
        biggest.setId("cost-biggest");
        whatIf.setId("cost-what-if");
        heat.setId("cost-heat");
        groups.setHgap(12);
        assumptions.setWrapText(true);
        assumptions.getStyleClass().add("dim-text");
        VBox body = new VBox(8, new HBox(16, total, heat), title("Biggest items"), biggest, title("By frame"), groups,
                unpriced, title("What if all traffic were"), whatIf, assumptions);
        body.setPadding(new Insets(8, 12, 8, 12));
        setContent(body);
        tracker.estimateProperty().addListener((o, a, b) -> refresh(b));
        refresh(tracker.estimate());
    }

    public ToggleButton heatToggle() {
        return heat;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-subtitle");
        return l;
    }

    private void refresh(CostEstimate e) {
        total.setText(CostTracker.money(e.total()) + " a month (" + e.region() + ", list prices of " + e.pricesAsOf() + ")");
        List<javafx.scene.Node> rows = new ArrayList<>();
        for (ComponentCost c : e.biggest(8)) {
            Hyperlink link = new Hyperlink(CostTracker.money(c.monthly()) + "  " + c.name() + "  (" + itemsOf(c) + ")");
            link.setId("cost-item-" + c.id());
            link.setOnAction(x -> reveal.accept(c.id()));
            rows.add(link);
        }
        biggest.getChildren().setAll(rows);
        groups.getChildren().clear();
        int r = 0;
        for (GroupCost g : e.groups()) {
            groups.addRow(r++, new Label(g.label()), new Label(CostTracker.money(g.monthly())));
        }
        List<javafx.scene.Node> missing = new ArrayList<>();
        for (Unpriced u : e.unpriced()) {
            Label l = new Label("No price: " + u.id() + " (" + u.type() + "): " + u.reason());
            l.getStyleClass().add("warning-text");
            missing.add(l);
        }
        unpriced.getChildren().setAll(missing);
        whatIf.getChildren().setAll(whatIfLabels(e.total()));
        assumptions.setText(String.join(" \u00b7 ", e.assumptions()));
    }

    private List<javafx.scene.Node> whatIfLabels(double base) {
        List<javafx.scene.Node> out = new ArrayList<>();
        for (double f : WHAT_IF) {
            double t = tracker.scaled(f).total();
            String growth = base <= 0 ? "" : growth(f, t / base);
            Label l = new Label("\u00d7" + (f < 1 ? "0.1" : String.valueOf((int) f)) + ": " + CostTracker.money(t) + growth);
            l.setId("cost-what-if-" + String.valueOf(f).replace('.', '_'));
            out.add(l);
        }
        return out;
    }

    /** Fixed monthly charges make cost grow slower than traffic; tiers end, provisioned capacity runs out. */
    static String growth(double factor, double ratio) {
        if (ratio > factor * 1.05) {
            return "  (faster than traffic: \u00d7" + String.format(java.util.Locale.ROOT, "%.1f", ratio) + ")";
        }
        if (ratio < factor * 0.95) {
            return "  (\u00d7" + String.format(java.util.Locale.ROOT, "%.1f", ratio) + ")";
        }
        return "";
    }

    private static String itemsOf(ComponentCost c) {
        List<String> names = new ArrayList<>();
        c.lineItems().stream().sorted((a, b) -> Double.compare(b.monthly(), a.monthly())).limit(2)
                .forEach(i -> names.add(i.name()));
        return String.join(", ", names);
    }
}
