package org.patternboard.app.ui;

import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.patternboard.app.viewmodel.DesignCheck;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.app.viewmodel.ExportNotice;
import org.patternboard.model.rules.Pillar;

/** Messages on the left, the selection in the middle, the six pillar scores on the right. */
final class StatusBar extends HBox {
    private final DesignViewModel vm;
    private final Label message = new Label("Ready");
    private final Label selection = new Label();
    private final Hyperlink openFolder = new Hyperlink("Open folder");
    private final Hyperlink showFindingsLink = new Hyperlink("Show findings");
    private final Map<Pillar, Label> chips = new java.util.EnumMap<>(Pillar.class);
    private final PauseTransition fade = new PauseTransition(Duration.seconds(8));

    private final Hyperlink cost = new Hyperlink();

    /** The design's monthly estimate, next to the scores; a click shows the Cost tab. */
    void showCost(org.patternboard.app.viewmodel.CostTracker tracker, Runnable showCostTab) {
        cost.setId("status-cost");
        cost.getStyleClass().add("status-link");
        cost.setOnAction(e -> showCostTab.run());
        Runnable update = () -> {
            var e = tracker.estimate();
            cost.setText("\u2248 " + org.patternboard.app.viewmodel.CostTracker.money(e.total()) + "/month"
                    + (e.unpriced().isEmpty() ? "" : " + " + e.unpriced().size() + " unpriced"));
        };
        tracker.estimateProperty().addListener((o, a, b) -> update.run());
        update.run();
        getChildren().add(getChildren().indexOf(selection) + 1, cost);
    }

    StatusBar(DesignViewModel vm, Runnable showFindings) {
        this.vm = vm;
        getStyleClass().add("status-bar");
        message.getStyleClass().add("status-message");
        message.setId("status-message");
        message.setMinWidth(0);
        message.setMaxWidth(620);
        selection.getStyleClass().add("status-message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        openFolder.setId("status-open-folder");
        showFindingsLink.setId("status-show-findings");
        for (Hyperlink link : List.of(openFolder, showFindingsLink)) {
            link.getStyleClass().add("status-link");
            link.setVisible(false);
            link.managedProperty().bind(link.visibleProperty());
        }
        showFindingsLink.setOnAction(e -> showFindings.run());
        openFolder.setOnAction(e -> {
            ExportNotice n = vm.lastExportProperty().get();
            if (n != null) {
                FolderOpener.open(n.folder(), vm::notify);
            }
        });
        vm.lastExportProperty().addListener((o, a, n) -> {
            openFolder.setVisible(n != null);
            showFindingsLink.setVisible(n != null && n.errors() > 0);
        });
        getChildren().addAll(message, openFolder, showFindingsLink, spacer, selection);
        for (Pillar p : Pillar.values()) {
            Label chip = new Label(p.rulePrefix());
            chip.getStyleClass().addAll("score-chip", "unknown");
            chip.setId("score-" + p.id());
            chip.setOnMouseClicked(e -> showFindings.run());
            chips.put(p, chip);
            getChildren().add(chip);
        }
        fade.setOnFinished(e -> message.setText(""));
        vm.messageProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                message.setText(b);
                message.setTooltip(new Tooltip(b));
                fade.playFromStart();
            }
        });
        vm.selectionProperty().addListener((o, a, b) -> updateSelection());
        vm.designProperty().addListener((o, a, b) -> updateSelection());
        vm.checkProperty().addListener((o, a, b) -> updateScores(b));
        updateSelection();
        updateScores(vm.checkProperty().get());
    }

    private void updateSelection() {
        int n = vm.selection().size();
        selection.setText(n == 0 ? vm.design().components().size() + " components" : n + " selected");
    }

    private void updateScores(DesignCheck check) {
        for (Pillar p : Pillar.values()) {
            Label chip = chips.get(p);
            chip.getStyleClass().removeAll("good", "fair", "poor", "unknown");
            Integer score = check == null ? null : check.scores().get(p);
            if (score == null) {
                chip.setText(p.rulePrefix() + " \u2013");
                chip.getStyleClass().add("unknown");
                chip.setTooltip(new Tooltip(p.title() + ": " + (vm.hasChecker() ? "checking\u2026" : "no rule engine in this build")));
            } else {
                chip.setText(p.rulePrefix() + " " + score);
                chip.getStyleClass().add(score >= 80 ? "good" : score >= 50 ? "fair" : "poor");
                chip.setTooltip(new Tooltip(p.title() + " score: " + score + " / 100"));
            }
        }
    }
}
