package org.patternboard.app.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.canvas.Viewport;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.model.story.FlowWalk;
import org.patternboard.model.story.Slide;
import org.patternboard.model.story.SlideKind;
import org.patternboard.model.story.Story;
import org.patternboard.model.story.StoryGenerator;

/**
 * The full-screen presentation of a design: the canvas drawing without any editing chrome, one slide at a
 * time from the design's story, with a camera that glides between slides, step badges on flows, a caption
 * bar, a block panel on frame slides, a blank screen, a laser pointer and, with a second screen, a
 * presenter view. Keys as in PowerPoint and Keynote (see {@link #handle(KeyEvent)}).
 */
public final class PresentationMode {
    /** Set to "true" to make camera moves instant (tests, slow machines). */
    public static final String INSTANT_PROPERTY = "patternboard.present.instant";

    /** Where to present; {@code presenterScreen} null: no presenter view. */
    public record Options(Screen screen, Screen presenterScreen, boolean largeText, List<String> stylesheets,
            boolean instant) {
    }

    private final DesignViewModel vm;
    private final Presentation presentation;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final DiagramCanvas canvas;
    private final StepLayer steps;
    private final CaptionBar caption = new CaptionBar();
    private final SlidePanel panel = new SlidePanel();
    private final Region blank = new Region();
    private final LaserPointer laser = new LaserPointer();
    private final CameraAnimator camera;
    private final PresenterView presenter;
    private Runnable onClosed = () -> { };
    private int shownSlide = -1;
    private boolean closed;

    private PresentationMode(Window owner, DesignViewModel vm, Presentation presentation, Options o) {
        this.vm = vm;
        this.presentation = presentation;
        canvas = DiagramCanvas.readOnly(vm);
        steps = new StepLayer(canvas);
        camera = new CameraAnimator(canvas, o.instant() || Boolean.getBoolean(INSTANT_PROPERTY));
        blank.setId("present-blank");
        blank.getStyleClass().add("present-blank");
        blank.visibleProperty().bind(presentation.blankProperty());
        BorderPane chrome = new BorderPane();
        chrome.setPickOnBounds(false);
        chrome.setBottom(caption);
        chrome.setRight(panel);
        BorderPane.setAlignment(panel, Pos.TOP_RIGHT);
        BorderPane.setMargin(panel, new javafx.geometry.Insets(24));
        Pane laserLayer = new Pane(laser);
        laserLayer.setMouseTransparent(true);
        StackPane root = new StackPane(canvas, steps, chrome, blank, laserLayer);
        root.setId("presentation");
        root.getStyleClass().add("presentation");
        if (o.largeText()) {
            root.getStyleClass().add("large-text");
        }
        Rectangle2D b = o.screen().getBounds();
        // Stylesheets before the root: the canvas reads its colour tokens as soon as it is in a scene.
        Scene scene = new Scene(new Pane(), b.getWidth(), b.getHeight());
        scene.getStylesheets().setAll(o.stylesheets());
        scene.getStylesheets().add(PresentationMode.class.getResource("present.css").toExternalForm());
        scene.setRoot(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
        laser.attach(scene);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setTitle("Presenting \u2014 Patternboard");
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> cleanUp());
        presenter = o.presenterScreen() == null ? null
                : new PresenterView(vm, presentation, o.presenterScreen(), o.stylesheets(), o.largeText());
        presentation.positionProperty().addListener((x, a, p) -> showPosition());
        canvas.widthProperty().addListener((x, a, w) -> refit());
        canvas.heightProperty().addListener((x, a, h) -> refit());
    }

    /** Opens the presentation of the view-model's design; null (and a status message) when every slide is hidden. */
    public static PresentationMode open(Window owner, DesignViewModel vm, Options options) {
        Story story = StoryGenerator.standard().storyOf(vm.design());
        List<Slide> visible = story.visible();
        if (visible.isEmpty()) {
            vm.notify("Nothing to present: every slide is hidden (View \u203a Story\u2026)");
            return null;
        }
        Map<String, FlowWalk> walks = new LinkedHashMap<>();
        for (Slide s : visible) {
            if (s.kind() == SlideKind.FLOW) {
                walks.put(s.id(), FlowWalk.of(vm.design(), s.target()));
            }
        }
        PresentationMode mode = new PresentationMode(owner, vm, new Presentation(visible, walks), options);
        mode.show();
        return mode;
    }

    private void show() {
        stage.show();
        stage.setFullScreen(true);
        if (presenter != null) {
            presenter.show();
        }
        showPosition();
        stage.requestFocus();
    }

    /** The keys: →, Space, PageDown, ↓ forward; ←, PageUp, ↑, Backspace back; Home, End; B or . blank; Esc leaves. */
    void handle(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN, ENTER -> presentation.forward();
            case LEFT, PAGE_UP, UP, BACK_SPACE -> presentation.back();
            case HOME -> presentation.first();
            case END -> presentation.last();
            case B, PERIOD -> presentation.toggleBlank();
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showPosition() {
        Presentation.Position p = presentation.position();
        Slide s = presentation.current();
        FlowWalk walk = presentation.walkOf(s);
        panel.show(s.kind() == SlideKind.FRAME
                ? FrameSummary.of(vm.design(), s.target(), vm.blocks(), vm.checkProperty().get()) : null);
        if (p.slide() != shownSlide) {
            boolean first = shownSlide < 0;
            shownSlide = p.slide();
            Viewport target = targetViewport();
            if (first) {
                canvas.setViewport(target);
            } else {
                camera.moveTo(target);
            }
        }
        steps.show(s, walk, p.step());
        caption.show(SlideTitles.title(s, vm.design()), p.step(), presentation.stepsOf(s), p.slide(),
                presentation.slides().size());
        if (presenter != null) {
            presenter.update();
        }
    }

    private Viewport targetViewport() {
        Slide s = presentation.current();
        Box world = SlideFraming.worldOf(s, presentation.walkOf(s), canvas.scene());
        double right = s.kind() == SlideKind.FRAME ? SlidePanel.WIDTH + 48 : 0;
        return SlideFraming.fit(world, canvas.getWidth(), canvas.getHeight(), right, CaptionBar.HEIGHT);
    }

    /** A new screen size: jump to the fitted camera (no animation). */
    private void refit() {
        if (shownSlide >= 0 && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            camera.stop();
            canvas.setViewport(targetViewport());
        }
    }

    public void close() {
        if (!closed) {
            stage.close();
            cleanUp();
        }
    }

    private void cleanUp() {
        if (closed) {
            return;
        }
        closed = true;
        camera.stop();
        if (presenter != null) {
            presenter.close();
        }
        onClosed.run();
    }

    public void setOnClosed(Runnable r) {
        onClosed = r == null ? () -> { } : r;
    }

    // ---- for the app and tests ----

    public Stage stage() {
        return stage;
    }

    public Presentation presentation() {
        return presentation;
    }

    public boolean isShowing() {
        return !closed && stage.isShowing();
    }

    /** Connection ids whose step badges are lit now. */
    public List<String> litSteps() {
        return steps.litConnections();
    }

    public boolean isAnimating() {
        return camera.isRunning();
    }

    public void setInstant(boolean instant) {
        camera.setInstant(instant);
    }

    /** The viewport the presentation canvas shows now, and the one the current slide fits. */
    public Viewport viewport() {
        return canvas.viewport();
    }

    public Viewport slideViewport() {
        return targetViewport();
    }

    public Stage presenterStage() {
        return presenter == null ? null : presenter.stage();
    }

    List<String> titles() {
        List<String> t = new ArrayList<>();
        for (Slide s : presentation.slides()) {
            t.add(SlideTitles.title(s, vm.design()));
        }
        return t;
    }
}
