package org.patternboard.app.present;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.model.edit.SetStory;
import org.patternboard.model.story.Camera;
import org.patternboard.model.story.Slide;
import org.patternboard.model.story.SlideKind;
import org.patternboard.model.story.Story;
import org.patternboard.model.story.StoryGenerator;

/**
 * The slide sorter (View › Story…): the design's slides in order, with Move Up/Down, Hide/Show, Add Slide
 * (the current view and selection), Delete (added slides only), caption and notes. Every change is a
 * {@link SetStory} edit, so undo covers it and the story is saved with the design.
 */
final class StoryDialog {
    private final DesignViewModel vm;
    private final DiagramCanvas editorCanvas;
    private final Runnable present;
    private final Stage stage = new Stage();
    private final ListView<Slide> list = new ListView<>();
    private final TextField caption = new TextField();
    private final TextArea notes = new TextArea();
    private final Button hide = new Button("Hide");
    private final Button delete = new Button("Delete");

    StoryDialog(Window owner, DesignViewModel vm, DiagramCanvas editorCanvas, List<String> stylesheets,
            Runnable present) {
        this.vm = vm;
        this.editorCanvas = editorCanvas;
        this.present = present;
        list.setId("story-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Slide s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ".  " + SlideTitles.title(s, vm.design())
                        + "   (" + s.kind().id() + (s.hidden() ? ", hidden" : "") + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selected(b));
        caption.setId("story-caption");
        caption.setPromptText("Caption (empty: the slide's default title)");
        notes.setId("story-notes");
        notes.setPromptText("Speaker notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        Button up = button("Move Up", "story-up", () -> move(-1));
        Button down = button("Move Down", "story-down", () -> move(1));
        hide.setId("story-hide");
        hide.setOnAction(e -> toggleHidden());
        Button add = button("Add Slide", "story-add", this::addSlide);
        delete.setId("story-delete");
        delete.setOnAction(e -> deleteSlide());
        Button apply = button("Apply Caption and Notes", "story-apply", this::applyText);
        caption.setOnAction(e -> applyText());
        Button start = button("Present", "story-present", present);
        VBox buttons = new VBox(8, up, down, hide, add, delete, new Label(" "), start);
        buttons.getChildren().forEach(n -> {
            if (n instanceof Button b) {
                b.setMaxWidth(Double.MAX_VALUE);
            }
        });
        VBox text = new VBox(6, new Label("Caption"), caption, new Label("Speaker notes"), notes, apply);
        BorderPane root = new BorderPane(list);
        root.setRight(buttons);
        root.setBottom(text);
        BorderPane.setMargin(buttons, new Insets(0, 0, 0, 10));
        BorderPane.setMargin(text, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 560, 520);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Story \u2014 Patternboard");
        if (owner != null) {
            stage.initOwner(owner);
        }
        vm.designProperty().addListener((o, a, b) -> refresh());
        refresh();
        list.getSelectionModel().selectFirst();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private Story story() {
        return StoryGenerator.standard().storyOf(vm.design());
    }

    private void refresh() {
        Slide sel = list.getSelectionModel().getSelectedItem();
        Story story = story();
        list.getItems().setAll(story.slides());
        if (sel != null) {
            int i = story.indexOf(sel.id());
            if (i >= 0) {
                list.getSelectionModel().select(i);
            }
        }
        selected(list.getSelectionModel().getSelectedItem());
    }

    private void selected(Slide s) {
        caption.setText(s == null ? "" : s.caption());
        notes.setText(s == null ? "" : s.notes());
        hide.setText(s != null && s.hidden() ? "Show" : "Hide");
        delete.setDisable(s == null || s.kind() != SlideKind.CUSTOM);
    }

    private Slide current() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void change(Story next, String what) {
        vm.apply(new SetStory(next, what));
    }

    private void move(int delta) {
        Slide s = current();
        if (s != null) {
            change(story().moved(s.id(), delta), "Move slide " + SlideTitles.title(s, vm.design()));
        }
    }

    private void toggleHidden() {
        Slide s = current();
        if (s != null) {
            change(story().with(s.withHidden(!s.hidden())), (s.hidden() ? "Show" : "Hide") + " slide");
        }
    }

    /** A custom slide of what the editor shows now: its camera and its selection. */
    private void addSlide() {
        Story story = story();
        Box seen = editorCanvas.viewport().visibleWorld(Math.max(1, editorCanvas.getWidth()),
                Math.max(1, editorCanvas.getHeight()));
        Slide s = new Slide(story.newCustomId(), SlideKind.CUSTOM, null, new Camera(seen.x(), seen.y(), seen.w(), seen.h()),
                List.copyOf(vm.selection().ids()), "", "", false);
        int at = current() == null ? story.slides().size() : story.indexOf(current().id()) + 1;
        change(story.inserted(at, s), "Add slide");
        list.getSelectionModel().select(at);
    }

    private void deleteSlide() {
        Slide s = current();
        if (s != null && s.kind() == SlideKind.CUSTOM) {
            change(story().without(s.id()), "Delete slide");
        }
    }

    private void applyText() {
        Slide s = current();
        if (s != null && (!s.caption().equals(caption.getText()) || !s.notes().equals(notes.getText()))) {
            change(story().with(s.withCaption(caption.getText()).withNotes(notes.getText())), "Edit slide text");
        }
    }
}
