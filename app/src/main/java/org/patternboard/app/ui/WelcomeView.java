package org.patternboard.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first thing a new user sees (and Help › Welcome later): New, Open, Import template, the Gallery and
 * the recent designs, each one click or one key away. Enter opens the selected recent design.
 */
final class WelcomeView {
    /** What the buttons do; MainWindow supplies its own actions. */
    record Actions(Runnable newDesign, Runnable open, Runnable importTemplate, Runnable gallery,
            java.util.function.Consumer<Path> openRecent) {
    }

    private WelcomeView() {
    }

    static Dialog<Void> create(Window owner, List<Path> recent, Actions actions, List<String> stylesheets) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Welcome to Patternboard");
        dialog.setHeaderText("Design AWS serverless architectures, checked against the Well-Architected pillars");
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getStyleClass().add("welcome");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        HBox starts = new HBox(8,
                button("New design", "welcome-new", dialog, actions.newDesign()),
                button("Open\u2026", "welcome-open", dialog, actions.open()),
                button("Import template\u2026", "welcome-import", dialog, actions.importTemplate()),
                button("Gallery\u2026", "welcome-gallery", dialog, actions.gallery()));

        ListView<Path> list = new ListView<>();
        list.setId("welcome-recent");
        list.getItems().setAll(recent.stream().filter(Files::isRegularFile).toList());
        list.setPrefHeight(Math.min(10, Math.max(3, list.getItems().size())) * 26 + 4);
        list.setPlaceholder(new Label("No recent designs yet"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName() + "  \u2014  " + p.getParent());
            }
        });
        Runnable openSelected = () -> {
            Path p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                dialog.close();
                actions.openRecent().accept(p);
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
                e.consume();
            }
        });
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        VBox content = new VBox(12, starts, new Label("Recent designs"), list);
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(e -> (list.getItems().isEmpty() ? starts.getChildren().get(0) : list).requestFocus());
        return dialog;
    }

    private static Button button(String text, String id, Dialog<Void> dialog, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> {
            dialog.close();
            action.run();
        });
        return b;
    }
}
