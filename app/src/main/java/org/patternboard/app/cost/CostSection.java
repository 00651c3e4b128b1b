package org.patternboard.app.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.patternboard.app.viewmodel.CostTracker;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.LineItem;
import org.patternboard.model.cost.propagation.Flow;
import org.patternboard.model.cost.usage.DriverSpec;
import org.patternboard.model.cost.usage.UsageDrivers;
import org.patternboard.model.cost.usage.UsageEdits;
import org.patternboard.model.edit.Edit;

/**
 * The inspector's cost part for the selected component: its monthly cost, the line items, and the usage
 * drivers as fields (an entry point's monthly rate, a function's duration, a bucket's storage…). Enter
 * commits a value as one undoable edit; the estimate and the status bar follow at once.
 */
public final class CostSection extends javafx.scene.control.TitledPane {
    private final DesignViewModel vm;
    private final CostTracker tracker;
    private final UsageDrivers drivers = UsageDrivers.standard();
    private final UsageEdits edits = UsageEdits.standard();
    private final Label monthly = new Label();
    private final VBox items = new VBox(1);
    private final GridPane fields = new GridPane();
    private final Label error = new Label();
    private String shownId;

    public CostSection(DesignViewModel vm, CostTracker tracker) {
        this.vm = vm;
        this.tracker = tracker;
        setId("inspector-cost");
        getStyleClass().add("inspector-cost");
        // Collapsed, it is one line ("Monthly cost: $12.34") and leaves the property sheet its room.
        setExpanded(false);
        setAnimated(false);
        VBox body = new VBox(4);
        body.setPadding(new Insets(6, 12, 6, 12));
        monthly.setId("inspector-cost-monthly");
        monthly.getStyleClass().add("cost-total");
        fields.setHgap(8);
        fields.setVgap(4);
        error.getStyleClass().add("error-text");
        error.setManaged(false);
        error.setVisible(false);
        body.getChildren().addAll(monthly, items, fields, error);
        setContent(body);
        vm.selectionProperty().addListener((o, a, b) -> refresh());
        tracker.estimateProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        String id = vm.selection().single();
        ComponentCost cost = id == null ? null : tracker.estimate().component(id);
        setVisible(cost != null);
        setManaged(cost != null);
        if (cost == null) {
            shownId = null;
            return;
        }
        monthly.setText(cost.status() == ComponentCost.Status.UNPRICED ? "No price: " + cost.note()
                : cost.status() == ComponentCost.Status.FREE ? "$0: " + cost.note() : CostTracker.money(cost.monthly()));
        setText("Monthly cost: " + (cost.status() == ComponentCost.Status.UNPRICED ? "no price"
                : CostTracker.money(cost.status() == ComponentCost.Status.FREE ? 0 : cost.monthly())));
        List<Node> lines = new ArrayList<>();
        for (LineItem li : cost.lineItems()) {
            Label l = new Label(li.name() + ": " + quantity(li.quantity()) + " " + li.unit() + " \u2192 " + CostTracker.money(li.monthly()));
            l.getStyleClass().add("dim-text");
            lines.add(l);
        }
        items.getChildren().setAll(lines);
        boolean sameComponent = id.equals(shownId);
        shownId = id;
        if (sameComponent && fields.getChildren().stream().anyMatch(Node::isFocused)) {
            return; // do not rebuild under the user's typing
        }
        fields.getChildren().clear();
        int row = 0;
        Flow traffic = cost.traffic();
        if (traffic != null && (traffic.entrySource() == Flow.EntrySource.SET || traffic.entrySource() == Flow.EntrySource.DEFAULT)) {
            TextField rate = field("inspector-cost-rate", quantity(traffic.entry()),
                    text -> edits.setEntryRate(vm.design(), id, number(text)));
            rate.setTooltip(new Tooltip(traffic.entrySource() == Flow.EntrySource.DEFAULT
                    ? "A default rate: type this entry point's requests a month" : "Requests (or events) a month"));
            fields.addRow(row++, new Label("Requests a month"), rate);
        }
        for (Map.Entry<String, DriverSpec> e : drivers.of(cost.type()).entrySet()) {
            DriverSpec spec = e.getValue();
            Object value = cost.drivers().get(e.getKey());
            if (spec.property() != null || spec.product() != null || !(value instanceof Number n)) {
                continue; // from the component's own properties (edit those above) or computed from others
            }
            String key = e.getKey();
            TextField f = field("inspector-cost-" + key, quantity(n.doubleValue()),
                    text -> edits.setComponentUsage(vm.design(), id, key, number(text)));
            if (spec.description() != null) {
                f.setTooltip(new Tooltip(spec.description()));
            }
            fields.addRow(row++, new Label(key + (spec.unit() == null ? "" : " (" + spec.unit() + ")")), f);
        }
    }

    private TextField field(String id, String value, java.util.function.Function<String, Edit> edit) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(9);
        f.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                try {
                    Edit e = edit.apply(f.getText());
                    error.setVisible(false);
                    error.setManaged(false);
                    if (e != null) {
                        vm.apply(e);
                        vm.closeMerge();
                    }
                } catch (IllegalArgumentException ex) {
                    error.setText(ex.getMessage());
                    error.setVisible(true);
                    error.setManaged(true);
                }
                k.consume();
            }
        });
        return f;
    }

    /** Accepts 1000000, 1,000,000, 1e6, 2.5M or 300k; blank clears the override. */
    static Double number(String text) {
        String t = text.strip().replace(",", "").replace("_", "");
        if (t.isEmpty()) {
            return null;
        }
        double factor = 1;
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        if (last == 'k' || last == 'm' || last == 'b') {
            factor = last == 'k' ? 1e3 : last == 'm' ? 1e6 : 1e9;
            t = t.substring(0, t.length() - 1);
        }
        try {
            double v = Double.parseDouble(t) * factor;
            if (!Double.isFinite(v) || v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of zero or more (1000000, 1e6, 2.5M)");
        }
    }

    static String quantity(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) v)
                : String.format(java.util.Locale.ROOT, "%,.3f", v);
    }
}
