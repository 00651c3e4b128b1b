package org.patternboard.app.inspector;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** A multi-line text editor for list and map values (one entry per line). */
final class LinesDialog {
    private LinesDialog() {
    }

    static Optional<String> edit(Node owner, String title, String initial, String hint) {
        Dialog<String> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        TextArea text = new TextArea(initial);
        text.getStyleClass().add("code-area");
        text.setPrefRowCount(10);
        d.getDialogPane().setContent(new VBox(6, new Label(hint), text));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        return d.showAndWait();
    }
}
