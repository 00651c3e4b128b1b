package org.patternboard.app.present;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.model.story.Slide;

/**
 * The presenter's own window on the other screen: the current slide's caption and speaker notes, the next
 * slide (caption and a small preview), and the time since the presentation started.
 */
final class PresenterView {
    private static final double PREVIEW_W = 420;
    private static final double PREVIEW_H = 260;

    private final Stage stage = new Stage();
    private final DesignViewModel vm;
    private final Presentation presentation;
    private final Label current = new Label();
    private final Label notes = new Label();
    private final Label next = new Label();
    private final Label timer = new Label("0:00");
    private final DiagramCanvas preview;
    private final Timeline clock;
    private int seconds;

    PresenterView(DesignViewModel vm, Presentation presentation, Screen screen, List<String> stylesheets,
            boolean largeText) {
        this.vm = vm;
        this.presentation = presentation;
        preview = DiagramCanvas.readOnly(vm);
        preview.setPrefSize(PREVIEW_W, PREVIEW_H);
        preview.setMinSize(PREVIEW_W, PREVIEW_H);
        preview.setMaxSize(PREVIEW_W, PREVIEW_H);
        current.setId("presenter-current");
        current.getStyleClass().add("presenter-current");
        current.setWrapText(true);
        notes.setId("presenter-notes");
        notes.getStyleClass().add("presenter-notes");
        notes.setWrapText(true);
        next.setId("presenter-next");
        next.getStyleClass().add("presenter-next");
        next.setWrapText(true);
        next.setMaxWidth(PREVIEW_W);
        timer.setId("presenter-timer");
        timer.getStyleClass().add("presenter-timer");
        VBox left = new VBox(16, current, notes);
        left.setPadding(new Insets(24));
        VBox right = new VBox(12, timer, new Label("Next"), new StackPane(preview), next);
        right.setPadding(new Insets(24));
        BorderPane root = new BorderPane(left);
        root.setRight(right);
        root.getStyleClass().add("presenter-view");
        if (largeText) {
            root.getStyleClass().add("large-text");
        }
        Scene scene = new Scene(new javafx.scene.layout.Pane(), 1100, 700);
        scene.getStylesheets().setAll(stylesheets);
        scene.getStylesheets().add(PresenterView.class.getResource("present.css").toExternalForm());
        scene.setRoot(root);
        stage.setScene(scene);
        stage.setTitle("Presenter view \u2014 Patternboard");
        Rectangle2D b = screen.getVisualBounds();
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            seconds++;
            timer.setText(seconds / 60 + ":" + String.format("%02d", seconds % 60));
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        clock.play();
    }

    void update() {
        Slide s = presentation.current();
        current.setText(SlideTitles.title(s, vm.design()));
        notes.setText(s.notes().isBlank() ? "(no notes)" : s.notes());
        Slide n = presentation.next();
        next.setText(n == null ? "End of the presentation" : SlideTitles.title(n, vm.design()));
        preview.setVisible(n != null);
        if (n != null) {
            preview.setViewport(SlideFraming.fit(SlideFraming.worldOf(n, presentation.walkOf(n), preview.scene()),
                    PREVIEW_W, PREVIEW_H, 0, 0));
        }
    }

    void close() {
        clock.stop();
        stage.close();
    }
}
