package org.patternboard.app.present;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.canvas.Viewport;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.story.FlowWalk;
import org.patternboard.model.story.Slide;

/**
 * Drawn over the diagram: the numbered step badges of a flow walk-through (circled numbers on the
 * connections, like AWS reference architectures; lit steps in orange, the current one glowing, the rest
 * faint), and outlines around a slide's highlighted elements. Screen-space, so badges keep their size.
 */
final class StepLayer extends Pane {
    static final Color LIT = Color.web("#ff9900");
    static final Color FAILURE = Color.web("#d13212");
    private static final double BADGE_RADIUS = 14;

    private final DiagramCanvas diagram;
    private final Canvas canvas = new Canvas();
    private Slide slide;
    private FlowWalk walk;
    private int step;
    private final List<String> lit = new ArrayList<>();

    StepLayer(DiagramCanvas diagram) {
        this.diagram = diagram;
        setMouseTransparent(true);
        getChildren().add(canvas);
        diagram.viewportProperty().addListener((o, a, b) -> draw());
    }

    void show(Slide s, FlowWalk w, int litSteps) {
        slide = s;
        walk = w;
        step = litSteps;
        draw();
    }

    /** Connection ids of the lit steps, in step order (what the audience sees lit). */
    List<String> litConnections() {
        return List.copyOf(lit);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        lit.clear();
        if (slide == null) {
            return;
        }
        DiagramScene scene = diagram.scene();
        Viewport v = diagram.viewport();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (String id : slide.highlight()) {
            String shown = scene.visibleFor(id);
            Box b = scene.box(shown == null ? id : shown);
            if (b != null) {
                outline(gc, v, b.inflate(6));
            }
        }
        if (walk == null) {
            return;
        }
        for (FlowWalk.Step s : walk.steps()) {
            DiagramScene.Route r = route(scene, s.connection());
            if (r == null) {
                continue;
            }
            boolean on = s.number() <= step;
            if (on) {
                lit.add(s.connection());
                stroke(gc, v, r, s.failure() ? FAILURE : LIT, s.number() == step ? 6 : 4);
            }
        }
        for (FlowWalk.Step s : walk.steps()) {
            DiagramScene.Route r = route(scene, s.connection());
            if (r != null) {
                double[] at = along(r, 0.78);
                badge(gc, v.toScreenX(at[0]), v.toScreenY(at[1]), s, s.number() <= step, s.number() == step);
            }
        }
    }

    /** The point at fraction {@code t} of the route's length: near its end (routes from one source share their start), clear of the kind label in the middle. */
    static double[] along(DiagramScene.Route r, double t) {
        double total = 0;
        for (int i = 1; i < r.xs().length; i++) {
            total += Math.hypot(r.xs()[i] - r.xs()[i - 1], r.ys()[i] - r.ys()[i - 1]);
        }
        double want = total * t;
        for (int i = 1; i < r.xs().length; i++) {
            double len = Math.hypot(r.xs()[i] - r.xs()[i - 1], r.ys()[i] - r.ys()[i - 1]);
            if (len > 0 && want <= len) {
                double f = want / len;
                return new double[] {r.xs()[i - 1] + (r.xs()[i] - r.xs()[i - 1]) * f,
                        r.ys()[i - 1] + (r.ys()[i] - r.ys()[i - 1]) * f};
            }
            want -= len;
        }
        return new double[] {r.labelX(), r.labelY()};
    }

    private static DiagramScene.Route route(DiagramScene scene, String id) {
        for (DiagramScene.Route r : scene.routes()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    private static void stroke(GraphicsContext gc, Viewport v, DiagramScene.Route r, Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.beginPath();
        for (int i = 0; i < r.xs().length; i++) {
            double x = v.toScreenX(r.xs()[i]);
            double y = v.toScreenY(r.ys()[i]);
            if (i == 0) {
                gc.moveTo(x, y);
            } else {
                gc.lineTo(x, y);
            }
        }
        gc.stroke();
    }

    private static void outline(GraphicsContext gc, Viewport v, Box b) {
        gc.setStroke(LIT);
        gc.setLineWidth(4);
        gc.setEffect(new DropShadow(18, LIT));
        gc.strokeRoundRect(v.toScreenX(b.x()), v.toScreenY(b.y()), b.w() * v.scale(), b.h() * v.scale(), 16, 16);
        gc.setEffect(null);
    }

    private static void badge(GraphicsContext gc, double x, double y, FlowWalk.Step s, boolean on, boolean current) {
        double r = current ? BADGE_RADIUS * 1.25 : BADGE_RADIUS;
        Color fill = on ? (s.failure() ? FAILURE : LIT) : Color.gray(0.55, 0.55);
        if (current) {
            gc.setEffect(new DropShadow(20, fill));
        }
        gc.setFill(fill);
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setEffect(null);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setFill(Color.WHITE);
        gc.setFont(Font.font("System", FontWeight.BOLD, current ? 17 : 14));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Integer.toString(s.number()), x, y);
    }
}
