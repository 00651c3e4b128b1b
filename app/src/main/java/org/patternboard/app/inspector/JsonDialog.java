package org.patternboard.app.inspector;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.patternboard.model.design.Values;

/**
 * A JSON editor: parses as you type (the error names line and column), refuses to close on invalid JSON or
 * on a value the design refuses, and applies the value as one edit.
 */
final class JsonDialog {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDialog() {
    }

    /** Shows the dialog; the value that was applied, if any ({@code Optional.of(null)} is not possible: unset → empty map). */
    static Optional<Object> edit(Node owner, String title, Object initial, Function<Object, Optional<String>> apply) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText("Edit " + title + " as JSON");
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        TextArea text = new TextArea(initial == null ? "" : Editors.toJson(initial, true));
        text.getStyleClass().add("code-area");
        text.setPrefColumnCount(60);
        text.setPrefRowCount(18);
        text.setId("json-editor");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setId("json-error");
        d.getDialogPane().setContent(new VBox(8, text, error));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        Object[] parsed = new Object[1];
        Runnable validate = () -> {
            try {
                parsed[0] = parse(text.getText());
                error.setText("");
                text.getStyleClass().remove(Editors.INVALID);
                ok.setDisable(false);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                error.setText((at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                        + e.getOriginalMessage());
                if (!text.getStyleClass().contains(Editors.INVALID)) {
                    text.getStyleClass().add(Editors.INVALID);
                }
                ok.setDisable(true);
            }
        };
        text.textProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        Object[] applied = new Object[1];
        boolean[] done = new boolean[1];
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> refused = apply.apply(parsed[0]);
            if (refused.isPresent()) {
                error.setText(refused.get());
                e.consume(); // keep the dialog open: nothing was changed
            } else {
                applied[0] = parsed[0];
                done[0] = true;
            }
        });
        d.showAndWait();
        return done[0] ? Optional.ofNullable(applied[0]).or(() -> Optional.of(java.util.Map.of())) : Optional.empty();
    }

    /** Blank text means "unset" (null). */
    static Object parse(String text) throws JsonProcessingException {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Values.freeze(MAPPER.readValue(text, Object.class));
    }
}
