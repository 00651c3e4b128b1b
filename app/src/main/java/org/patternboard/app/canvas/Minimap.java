package org.patternboard.app.canvas;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.exporters.diagram.DiagramStyle;

/**
 * An overview of the whole design with the visible area outlined; click or drag to move the view.
 * Two layers: the design (repainted when it changes) and the view rectangle (repainted when panning),
 * so panning a large design does not redraw thousands of tiles here.
 */
public final class Minimap extends StackPane {
    private static final double WIDTH = 168;
    private static final double HEIGHT = 104;
    private static final double PAD = 8;

    private final DiagramCanvas main;
    private final Canvas content = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private Box world;
    private double scale;
    private boolean contentDirty = true;
    private boolean frameDirty = true;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            paint();
        }
    };

    public Minimap(DiagramCanvas main) {
        this.main = main;
        getStyleClass().add("minimap");
        setId("minimap");
        setMaxSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        getChildren().addAll(content, frame);
        main.viewportProperty().addListener((o, a, b) -> {
            frameDirty = true;
            timer.start();
        });
        main.widthProperty().addListener((o, a, b) -> {
            frameDirty = true;
            timer.start();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
    }

    /** Called by the window when the design changed. */
    public void designChanged() {
        contentDirty = true;
        frameDirty = true;
        timer.start();
    }

    private void paint() {
        if (contentDirty) {
            paintContent();
            contentDirty = false;
        }
        if (frameDirty) {
            paintFrame();
            frameDirty = false;
        }
    }

    private void paintContent() {
        GraphicsContext gc = content.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        DiagramScene scene = main.scene();
        Box b = scene.bounds();
        world = b == null ? new Box(0, 0, 1000, 600) : b.inflate(60);
        scale = Math.min((WIDTH - 2 * PAD) / world.w(), (HEIGHT - 2 * PAD) / world.h());
        CanvasColors c = main.colors();
        for (DiagramScene.Frame f : scene.frames()) {
            Box r = map(f.box());
            gc.setStroke(Color.web(DiagramStyle.groupColor(f.group().kind())));
            gc.setLineWidth(1);
            gc.strokeRect(r.x(), r.y(), r.w(), r.h());
        }
        for (DiagramScene.Card card : scene.cards()) {
            Box r = map(card.box());
            gc.setFill(c.category(card.category()));
            gc.fillRect(r.x(), r.y(), Math.max(1.5, r.w()), Math.max(1.5, r.h()));
        }
    }

    private void paintFrame() {
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        if (world == null) {
            return;
        }
        Box v = map(main.viewport().visibleWorld(main.getWidth(), main.getHeight()));
        CanvasColors c = main.colors();
        gc.setFill(c.accent().deriveColor(0, 1, 1, 0.10));
        gc.fillRect(v.x(), v.y(), v.w(), v.h());
        gc.setStroke(c.accent());
        gc.setLineWidth(1.5);
        gc.strokeRect(v.x(), v.y(), v.w(), v.h());
    }

    private Box map(Box b) {
        double ox = PAD + ((WIDTH - 2 * PAD) - world.w() * scale) / 2;
        double oy = PAD + ((HEIGHT - 2 * PAD) - world.h() * scale) / 2;
        return new Box(ox + (b.x() - world.x()) * scale, oy + (b.y() - world.y()) * scale, b.w() * scale, b.h() * scale);
    }

    private void jump(MouseEvent e) {
        if (world == null || scale <= 0) {
            return;
        }
        double ox = PAD + ((WIDTH - 2 * PAD) - world.w() * scale) / 2;
        double oy = PAD + ((HEIGHT - 2 * PAD) - world.h() * scale) / 2;
        double wx = world.x() + (e.getX() - ox) / scale;
        double wy = world.y() + (e.getY() - oy) / scale;
        main.setViewport(main.viewport().centerOn(wx, wy, main.getWidth(), main.getHeight()));
        e.consume();
    }
}
