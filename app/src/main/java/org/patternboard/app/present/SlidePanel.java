package org.patternboard.app.present;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.patternboard.model.rules.Finding;

/** The side panel of a frame slide: block name, summary, open findings. */
final class SlidePanel extends VBox {
    static final double WIDTH = 380;

    private final Label name = new Label();
    private final Label summary = new Label();
    private final Label header = new Label();
    private final VBox findings = new VBox(6);

    SlidePanel() {
        super(10);
        setId("present-block");
        getStyleClass().add("present-panel");
        setPadding(new Insets(18));
        setMaxWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxHeight(USE_PREF_SIZE);
        name.getStyleClass().add("present-panel-title");
        name.setId("present-block-name");
        name.setWrapText(true);
        summary.getStyleClass().add("present-panel-text");
        summary.setId("present-block-summary");
        summary.setWrapText(true);
        header.getStyleClass().add("present-panel-header");
        getChildren().addAll(name, summary, header, findings);
        setVisible(false);
    }

    void show(FrameSummary s) {
        if (s == null) {
            setVisible(false);
            return;
        }
        name.setText(s.name());
        summary.setText(s.summary());
        summary.setManaged(!s.summary().isBlank());
        summary.setVisible(!s.summary().isBlank());
        header.setText(s.findings().isEmpty() ? "No open findings" : "Open findings (" + s.findings().size() + ")");
        findings.getChildren().clear();
        int shown = 0;
        for (Finding f : s.findings()) {
            if (shown++ == 6) {
                findings.getChildren().add(text("\u2026 and " + (s.findings().size() - 6) + " more"));
                break;
            }
            Label l = text(f.ruleId() + "  " + f.title());
            l.getStyleClass().add("present-finding-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
            findings.getChildren().add(l);
        }
        findings.setId("present-block-findings");
        setVisible(true);
    }

    private static Label text(String t) {
        Label l = new Label(t);
        l.getStyleClass().add("present-panel-text");
        l.setWrapText(true);
        return l;
    }
}
