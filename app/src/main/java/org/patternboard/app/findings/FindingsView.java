package org.patternboard.app.findings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.patternboard.app.viewmodel.DesignCheck;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.app.viewmodel.Selection;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.Severity;

/**
 * Findings of the current design grouped by pillar and severity, refreshed as the design changes. Clicking
 * a finding selects and reveals its targets; a quick fix applies the rule's edit; a finding can be suppressed
 * with a reason (kept in the design, shown greyed when "Show suppressed" is on).
 */
public final class FindingsView extends VBox {
    /** A tree row: a group heading or a finding. */
    public record Row(String heading, Finding finding, Severity severity) {
    }

    private final DesignViewModel vm;
    private final Consumer<Set<String>> reveal;
    private final TreeTableView<Row> table = new TreeTableView<>();
    private final CheckBox showSuppressed = new CheckBox("Show suppressed");
    private final Label errors = chip("error");
    private final Label warnings = chip("warning");
    private final Label infos = chip("info");
    private final Label status = new Label();
    private final Set<String> collapsed = new HashSet<>();

    public FindingsView(DesignViewModel vm, Consumer<Set<String>> reveal) {
        this.vm = vm;
        this.reveal = reveal;
        getStyleClass().add("findings");
        status.getStyleClass().add("status-message");
        status.setId("findings-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox summary = new HBox(errors, warnings, infos, status, spacer, showSuppressed);
        summary.getStyleClass().add("findings-summary");
        showSuppressed.selectedProperty().addListener((o, a, b) -> rebuild());
        table.setId("findings-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(findingColumn(), ruleColumn(), targetsColumn(), actionsColumn()));
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("finding-suppressed");
                if (!empty && item != null && item.finding() != null && item.finding().suppressed()) {
                    getStyleClass().add("finding-suppressed");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() != null && b.getValue().finding() != null) {
                Set<String> targets = new LinkedHashSet<>();
                Architecture design = vm.design();
                for (String t : b.getValue().finding().targets()) {
                    if (design.hasElement(t)) {
                        targets.add(t);
                    }
                }
                if (!targets.isEmpty()) {
                    vm.select(Selection.of(targets));
                    reveal.accept(targets);
                }
            }
        });
        Label placeholder = new Label(vm.hasChecker() ? "No findings: the design meets every rule." : 
                "The Well-Architected rule engine is not part of this build, so there are no findings to show.");
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(summary, table);
        vm.checkProperty().addListener((o, a, b) -> rebuild());
        vm.checkErrorProperty().addListener((o, a, b) -> rebuild());
        vm.designProperty().addListener((o, a, b) -> updateStatus());
        rebuild();
    }

    private static Label chip(String severity) {
        Label l = new Label();
        l.getStyleClass().addAll("count-chip", severity);
        l.setId("findings-count-" + severity);
        return l;
    }

    private void updateStatus() {
        if (!vm.hasChecker()) {
            status.setText("Rule engine not available");
        } else if (!vm.checkErrorProperty().get().isEmpty()) {
            status.setText(vm.checkErrorProperty().get());
        } else if (vm.checkProperty().get() == null) {
            status.setText("Checking\u2026");
        } else {
            status.setText("");
        }
    }

    private void rebuild() {
        updateStatus();
        DesignCheck check = vm.checkProperty().get();
        List<Finding> findings = check == null ? List.of() : check.findings();
        int[] counts = new int[Severity.values().length];
        for (Finding f : findings) {
            if (!f.suppressed()) {
                counts[f.severity().ordinal()]++;
            }
        }
        errors.setText(counts[Severity.ERROR.ordinal()] + " errors");
        warnings.setText(counts[Severity.WARNING.ordinal()] + " warnings");
        infos.setText(counts[Severity.INFO.ordinal()] + " info");
        Map<Pillar, Map<Severity, List<Finding>>> grouped = new EnumMap<>(Pillar.class);
        for (Finding f : findings) {
            if (f.suppressed() && !showSuppressed.isSelected()) {
                continue;
            }
            grouped.computeIfAbsent(f.pillar(), k -> new EnumMap<>(Severity.class))
                    .computeIfAbsent(f.severity(), k -> new ArrayList<>()).add(f);
        }
        TreeItem<Row> root = new TreeItem<>(new Row("root", null, null));
        for (Map.Entry<Pillar, Map<Severity, List<Finding>>> p : grouped.entrySet()) {
            int n = p.getValue().values().stream().mapToInt(List::size).sum();
            TreeItem<Row> pillar = new TreeItem<>(new Row(p.getKey().title() + "  (" + n + ")", null, null));
            String key = p.getKey().id();
            pillar.setExpanded(!collapsed.contains(key));
            pillar.expandedProperty().addListener((o, a, b) -> {
                if (b) {
                    collapsed.remove(key);
                } else {
                    collapsed.add(key);
                }
            });
            for (Map.Entry<Severity, List<Finding>> s : p.getValue().entrySet()) {
                for (Finding f : s.getValue()) {
                    pillar.getChildren().add(new TreeItem<>(new Row(null, f, f.severity())));
                }
            }
            root.getChildren().add(pillar);
        }
        table.setRoot(root);
    }

    private TreeTableColumn<Row, Row> findingColumn() {
        TreeTableColumn<Row, Row> col = new TreeTableColumn<>("Finding");
        col.setPrefWidth(520);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        col.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                if (empty || row == null) {
                    return;
                }
                if (row.finding() == null) {
                    Label l = new Label(row.heading());
                    l.setStyle("-fx-font-weight: bold;");
                    setGraphic(l);
                    return;
                }
                Finding f = row.finding();
                Region dot = new Region();
                dot.getStyleClass().addAll("severity-dot", f.severity().id());
                Label text = new Label(f.title() + (f.suppressed() ? "  \u2014 suppressed: " + f.suppressionReason() : ""));
                HBox box = new HBox(8, dot, text);
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setGraphic(box);
                Tooltip tip = new Tooltip(f.message() + (f.remedy() == null || f.remedy().isBlank() ? "" : "\n\nFix: " + f.remedy()));
                tip.setWrapText(true);
                tip.setMaxWidth(520);
                setTooltip(tip);
            }
        });
        return col;
    }

    private TreeTableColumn<Row, String> ruleColumn() {
        TreeTableColumn<Row, String> col = new TreeTableColumn<>("Rule");
        col.setPrefWidth(90);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().getValue().finding() == null ? "" : c.getValue().getValue().finding().ruleId()));
        return col;
    }

    private TreeTableColumn<Row, String> targetsColumn() {
        TreeTableColumn<Row, String> col = new TreeTableColumn<>("Where");
        col.setPrefWidth(260);
        col.setCellValueFactory(c -> {
            Finding f = c.getValue().getValue().finding();
            if (f == null) {
                return new ReadOnlyObjectWrapper<>("");
            }
            Architecture a = vm.design();
            List<String> names = new ArrayList<>();
            for (String t : f.targets()) {
                names.add(a.component(t).map(x -> x.name()).orElse(t));
            }
            return new ReadOnlyObjectWrapper<>(names.isEmpty() ? "whole design" : String.join(", ", names));
        });
        return col;
    }

    private TreeTableColumn<Row, Row> actionsColumn() {
        TreeTableColumn<Row, Row> col = new TreeTableColumn<>("");
        col.setPrefWidth(190);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        col.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(null);
                setText(null);
                if (empty || row == null || row.finding() == null) {
                    return;
                }
                Finding f = row.finding();
                String key = f.ruleId() + "-" + (f.targets().isEmpty() ? "design" : f.targets().get(0));
                HBox box = new HBox(6);
                if (f.quickFix().isPresent() && !f.suppressed()) {
                    Button fix = new Button("Quick fix");
                    fix.getStyleClass().addAll("small", "primary");
                    fix.setId("quickfix-" + key);
                    fix.setTooltip(new Tooltip(f.quickFix().get().description()));
                    fix.setOnAction(e -> {
                        vm.apply(f.quickFix().get());
                        vm.closeMerge();
                        vm.notify("Fixed " + f.ruleId() + ": " + f.quickFix().get().description());
                    });
                    box.getChildren().add(fix);
                }
                if (f.suppressed()) {
                    Button undo = new Button("Unsuppress");
                    undo.getStyleClass().add("small");
                    undo.setOnAction(e -> vm.edit(a -> vm.edits().unsuppress(a, f.ruleId(), target(f))));
                    box.getChildren().add(undo);
                } else {
                    Button suppress = new Button("Suppress\u2026");
                    suppress.getStyleClass().add("small");
                    suppress.setId("suppress-" + key);
                    suppress.setOnAction(e -> suppress(f));
                    box.getChildren().add(suppress);
                }
                setGraphic(box);
            }
        });
        return col;
    }

    private static String target(Finding f) {
        return f.targets().isEmpty() ? Suppression.WHOLE_DESIGN : f.targets().get(0);
    }

    private void suppress(Finding f) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Suppress " + f.ruleId());
        d.setHeaderText("Suppress \u201c" + f.title() + "\u201d\nReviewers will read the reason.");
        d.setContentText("Reason:");
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
            d.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(d.getEditor().textProperty().isEmpty());
        d.showAndWait().filter(r -> !r.isBlank())
                .ifPresent(reason -> suppressWith(f, reason));
    }

    /** Suppresses a finding with a reason (the dialog's action; tests call it directly). */
    public boolean suppressWith(Finding f, String reason) {
        return vm.edit(a -> vm.edits().suppress(a, f.ruleId(), target(f), reason));
    }

    public TreeTableView<Row> table() {
        return table;
    }
}
