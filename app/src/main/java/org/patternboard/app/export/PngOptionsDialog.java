package org.patternboard.app.export;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks how to draw a PNG export: the scale (1× to 4× pixels per design unit) and whether the background is transparent. */
public final class PngOptionsDialog extends Dialog<PngOptionsDialog.Options> {
    public record Options(double scale, boolean transparent) {
    }

    static final List<Double> SCALES = List.of(1.0, 2.0, 3.0, 4.0);

    private final ChoiceBox<Double> scale = new ChoiceBox<>();
    private final CheckBox transparent = new CheckBox("Transparent background");

    public PngOptionsDialog(Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Export diagram as PNG");
        setHeaderText("Image size and background");
        scale.setId("png-scale");
        scale.getItems().setAll(SCALES);
        scale.setValue(2.0);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : String.format("%d\u00d7", s.intValue());
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("\u00d7", ""));
            }
        });
        transparent.setId("png-transparent");
        getDialogPane().setContent(new VBox(10, new HBox(8, new Label("Scale"), scale), transparent));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? new Options(scale.getValue(), transparent.isSelected()) : null);
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public Optional<Options> ask() {
        return showAndWait();
    }
}
