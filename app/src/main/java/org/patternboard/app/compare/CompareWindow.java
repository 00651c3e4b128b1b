package org.patternboard.app.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The comparison's lists (the text diff, line by line) in a window beside the canvas that shows the marks. */
final class CompareWindow {
    private final Stage stage = new Stage();
    private final Label summary = new Label();
    private final ListView<String> list = new ListView<>();

    CompareWindow(Window owner, Runnable onClose) {
        stage.initOwner(owner);
        summary.setId("compare-summary");
        summary.setWrapText(true);
        list.setId("compare-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("compare-added", "compare-removed", "compare-changed", "compare-heading");
                if (!empty && item != null) {
                    String t = item.strip();
                    getStyleClass().add(!item.startsWith(" ") ? "compare-heading"
                            : t.startsWith("+") ? "compare-added" : t.startsWith("-") ? "compare-removed" : "compare-changed");
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label legend = new Label("On the canvas: green added, amber changed, red dashed removed (where it was).");
        legend.setWrapText(true);
        Button close = new Button("Close");
        close.setId("compare-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        VBox root = new VBox(8, summary, list, legend, buttons);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 560, 520));
        stage.setOnHidden(e -> onClose.run());
    }

    void show(String title, String summaryText, List<String> lines) {
        stage.setTitle(title);
        summary.setText(summaryText);
        list.getItems().setAll(lines);
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    void close() {
        stage.close();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
