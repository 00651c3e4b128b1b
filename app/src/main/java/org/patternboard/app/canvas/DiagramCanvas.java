package org.patternboard.app.canvas;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import org.patternboard.app.viewmodel.DesignCheck;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.app.viewmodel.Selection;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Severity;

/**
 * The diagram editor: one {@link Canvas} node that paints only what is visible (so 2,000 components pan
 * like 50), plus the gestures of a diagram tool ({@link CanvasInput}). The design is changed only
 * through the view-model's edits.
 */
public final class DiagramCanvas extends Pane {
    public static final double GRID = 20;

    private final DesignViewModel vm;
    private final Canvas canvas = new Canvas();
    private final CanvasRenderer renderer = new CanvasRenderer();
    private final Overlay overlay = new Overlay();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport", Viewport.identity());
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    /** Null on a read-only canvas (presentation mode): no gestures, no selection, no grid. */
    private final CanvasInput input;
    private SceneIndex index;
    private Architecture indexed;
    private Map<String, Badge> badges = Map.of();
    private CanvasColors colors = CanvasColors.defaults();
    private String hover;
    private boolean redrawPending;
    private boolean fitPending;
    private long frames;
    private long lastPaintNanos;
    /** A panel floating over the canvas's bottom-left corner (the minimap) that "fit" keeps clear of. */
    private java.util.function.Supplier<javafx.geometry.Dimension2D> bottomLeftOverlay = () -> null;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            redrawPending = false;
            paint();
        }
    };

    public DiagramCanvas(DesignViewModel vm) {
        this(vm, true);
    }

    /** The same drawing without any editing: for presenting the design. */
    public static DiagramCanvas readOnly(DesignViewModel vm) {
        return new DiagramCanvas(vm, false);
    }

    private DiagramCanvas(DesignViewModel vm, boolean editable) {
        this.vm = vm;
        getStyleClass().add("diagram-canvas");
        getChildren().add(canvas);
        setFocusTraversable(editable);
        setMinSize(editable ? 200 : 0, editable ? 150 : 0);
        input = editable ? new CanvasInput(this, vm) : null;
        if (!editable) {
            showGrid.set(false);
        }
        vm.designProperty().addListener((o, a, b) -> requestRedraw());
        vm.selectionProperty().addListener((o, a, b) -> requestRedraw());
        vm.checkProperty().addListener((o, a, b) -> {
            badges = badgesOf(b);
            requestRedraw();
        });
        viewport.addListener((o, a, b) -> requestRedraw());
        showGrid.addListener((o, a, b) -> requestRedraw());
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                refreshColors();
                b.getStylesheets().addListener((javafx.collections.ListChangeListener<String>) ch -> refreshColors());
            }
        });
    }

    private static Map<String, Badge> badgesOf(DesignCheck check) {
        if (check == null) {
            return Map.of();
        }
        Map<String, Badge> map = new HashMap<>();
        for (Finding f : check.findings()) {
            if (f.suppressed()) {
                continue;
            }
            for (String t : f.targets()) {
                Badge old = map.get(t);
                Severity worst = old == null || f.severity().atLeast(old.worst()) ? f.severity() : old.worst();
                map.put(t, new Badge(old == null ? 1 : old.count() + 1, worst));
            }
        }
        return map;
    }

    /** Re-reads the theme's colour tokens (after a theme switch). */
    public void refreshColors() {
        colors = CanvasColors.resolve(this);
        requestRedraw();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (fitPending && w > 0 && h > 0) {
                fitPending = false;
                fitToContent();
            }
            requestRedraw();
        }
    }

    // ---- drawing ----

    /** Schedules one repaint on the next pulse; many requests in one pulse paint once. */
    public void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            timer.start();
        }
    }

    /** Paints now (the benchmark calls this to time frames). */
    public void paint() {
        long t0 = System.nanoTime();
        SceneIndex idx = index();
        renderer.draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                new CanvasRenderer.State(viewport.get(), idx, input == null ? Set.of() : vm.selection().ids(), hover, badges,
                        overlay, colors,
                        showGrid.get()));
        frames++;
        lastPaintNanos = System.nanoTime() - t0;
    }

    /** How long the last {@link #paint()} took on the UI thread (issuing the drawing commands). */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Frames painted so far. */
    public long frameCount() {
        return frames;
    }

    /** Cards drawn in the last frame (culling at work). */
    public int lastDrawnCards() {
        return renderer.lastCards;
    }

    SceneIndex index() {
        Architecture a = vm.design();
        if (index == null || indexed != a) {
            index = new SceneIndex(DiagramScene.of(a, vm.catalog()));
            indexed = a;
        }
        return index;
    }

    /** The scene currently drawn (for exports that draw the same picture). */
    public DiagramScene scene() {
        return index().scene;
    }

    Overlay overlay() {
        return overlay;
    }

    /**
     * Shows a comparison over the design until {@link #clearDiff()}: {@code marks} maps element ids to "added"
     * or "changed"; {@code removed} are the boxes removed elements had in the other design.
     */
    public void showDiff(Map<String, String> marks, java.util.List<Box> removed) {
        overlay.diffMarks = Map.copyOf(marks);
        overlay.diffRemoved = java.util.List.copyOf(removed);
        requestRedraw();
    }

    /** Colours cards by cost: {@code shares} of the most expensive card (0..1), {@code labels} drawn on them. */
    public void showHeat(Map<String, Double> shares, Map<String, String> labels) {
        overlay.heat = Map.copyOf(shares);
        overlay.heatLabels = Map.copyOf(labels);
        requestRedraw();
    }

    /** The heat shown now (empty when the overlay is off). */
    public Map<String, Double> heat() {
        return overlay.heat;
    }

    public void clearDiff() {
        showDiff(Map.of(), java.util.List.of());
    }

    /** The comparison marks shown now (empty when none). */
    public Map<String, String> diffMarks() {
        return overlay.diffMarks;
    }

    void setHover(String id) {
        if (!java.util.Objects.equals(hover, id)) {
            hover = id;
            nameTip(id);
            requestRedraw();
        }
    }

    private final javafx.scene.control.Tooltip nameTip = new javafx.scene.control.Tooltip();

    /** A card whose name is cut short on the canvas shows it whole in a tooltip while the pointer is on it. */
    private void nameTip(String id) {
        DiagramScene.Card card = id == null ? null : index().scene.cards().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElse(null);
        if (card != null && card.nameCut()) {
            nameTip.setText(card.component().name());
            javafx.scene.control.Tooltip.install(this, nameTip);
        } else {
            javafx.scene.control.Tooltip.uninstall(this, nameTip);
        }
    }

    /** The text of the name tooltip when one is shown, else null. */
    public String nameTipText() {
        return getProperties().get("javafx.scene.control.Tooltip") == nameTip ? nameTip.getText() : null;
    }

    public CanvasColors colors() {
        return colors;
    }

    /** The whole design drawn into an image (PNG export), {@code pixelScale} pixels per design unit. */
    public javafx.scene.image.WritableImage renderImage(double pixelScale) {
        SceneIndex idx = index();
        Box b = idx.scene.bounds();
        Box area = (b == null ? new Box(0, 0, 320, 120) : b).inflate(32);
        // Textures above 8192 pixels are refused by most pipelines; scale down for huge designs.
        double s = Math.min(pixelScale, 8192 / Math.max(area.w(), area.h()));
        Canvas c = new Canvas(Math.ceil(area.w() * s), Math.ceil(area.h() * s));
        Viewport v = new Viewport(s, -area.x() * s, -area.y() * s);
        renderer.draw(c.getGraphicsContext2D(), c.getWidth(), c.getHeight(),
                new CanvasRenderer.State(v, idx, Set.of(), null, Map.of(), new Overlay(), colors, false));
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setFill(colors.background());
        return c.snapshot(p, null);
    }

    // ---- viewport ----

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport viewport() {
        return viewport.get();
    }

    public void setViewport(Viewport v) {
        viewport.set(v);
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    public void zoomBy(double factor) {
        setViewport(viewport().zoomAt(getWidth() / 2, getHeight() / 2, factor));
    }

    public void zoomTo(double scale) {
        setViewport(viewport().zoomTo(getWidth() / 2, getHeight() / 2, scale));
    }

    /** Shows the whole design (Ctrl+0); before the first layout it happens as soon as the size is known. */
    public void fitToContent() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        Box b = index().scene.bounds();
        setViewport(b == null ? Viewport.identity() : fitAvoidingOverlay(b, getWidth(), getHeight()));
    }

    /** Sets the floating panel in the bottom-left corner (size including its margin; null when hidden). */
    public void setBottomLeftOverlay(java.util.function.Supplier<javafx.geometry.Dimension2D> overlay) {
        bottomLeftOverlay = overlay;
    }

    /**
     * Fits the design; if the bottom-left panel would then cover part of it, fits it above or beside the
     * panel instead, whichever shows it larger.
     */
    private Viewport fitAvoidingOverlay(Box b, double w, double h) {
        Viewport plain = Viewport.fit(b, w, h, 40, 1.0);
        if (plain.scale() < Viewport.READABLE_SCALE) {
            vm.notify("Zoomed to " + Math.round(Viewport.READABLE_SCALE * 100) + " %, where names can be read: "
                    + "double-click a frame's title to fit it, Ctrl+- to zoom out further");
            return Viewport.fitReadable(b, w, h, 40, 1.0);
        }
        javafx.geometry.Dimension2D o = bottomLeftOverlay.get();
        if (o == null || o.getWidth() >= w - 100 || o.getHeight() >= h - 100) {
            return plain;
        }
        boolean covered = plain.toScreenX(b.x()) < o.getWidth() && plain.toScreenY(b.maxY()) > h - o.getHeight();
        if (!covered) {
            return plain;
        }
        // The fit margin (40) already keeps the design that far from the edge next to the panel.
        double ow = o.getWidth() - 32;
        double oh = o.getHeight() - 32;
        Viewport above = Viewport.fit(b, w, h - oh, 40, 1.0);
        Viewport beside = Viewport.fit(b, w - ow, h, 40, 1.0).panBy(ow, 0);
        return above.scale() >= beside.scale() ? above : beside;
    }

    /** Fits one frame (double-click on its title): the way into a design too large to read at fit. */
    public void fitFrame(String groupId) {
        Box b = index().scene.box(groupId);
        if (b != null && getWidth() > 0) {
            setViewport(Viewport.fitReadable(b, getWidth(), getHeight(), 40, 1.5));
        }
    }

    /** Scrolls (and if needed zooms out) so that the elements are in view. */
    public void reveal(Set<String> ids) {
        Box b = null;
        SceneIndex idx = index();
        for (String id : ids) {
            Box box = idx.scene.box(idx.scene.visibleFor(id));
            if (box == null) {
                DiagramScene.Route r = idx.scene.routes().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                box = r == null ? null : r.bounds();
            }
            if (box != null) {
                b = b == null ? box : b.union(box);
            }
        }
        if (b == null || getWidth() <= 0) {
            return;
        }
        Viewport v = viewport();
        Box visible = v.visibleWorld(getWidth(), getHeight()).inflate(-20 / v.scale());
        if (visible.encloses(b)) {
            return;
        }
        if (b.w() * v.scale() > getWidth() - 80 || b.h() * v.scale() > getHeight() - 80) {
            setViewport(Viewport.fit(b, getWidth(), getHeight(), 60, v.scale()));
        } else {
            setViewport(v.centerOn(b.centerX(), b.centerY(), getWidth(), getHeight()));
        }
    }

    /** The world point at the centre of the view (where menu-inserted items go). */
    public Point2D viewCenterWorld() {
        Viewport v = viewport();
        return new Point2D(v.toWorldX(getWidth() / 2), v.toWorldY(getHeight() / 2));
    }

    public Point2D worldAt(double localX, double localY) {
        Viewport v = viewport();
        return new Point2D(v.toWorldX(localX), v.toWorldY(localY));
    }

    // ---- for tests and tools: where things are on screen ----

    /** Screen coordinates of an element's centre (cards, frames' title bands, notes, connection labels). */
    public Point2D screenPointOf(String id) {
        SceneIndex idx = index();
        Box b = idx.scene.box(id);
        double wx;
        double wy;
        if (b != null) {
            DiagramScene.Frame f = idx.frameById.get(id);
            wx = f != null && !f.collapsed() ? b.x() + 60 : b.centerX();
            wy = f != null && !f.collapsed() ? b.y() + DiagramScene.FRAME_HEADER / 2 : b.centerY();
        } else {
            DiagramScene.Route r = idx.scene.routes().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not drawn: " + id));
            wx = r.labelX();
            wy = r.labelY();
        }
        return toScreen(wx, wy);
    }

    /** Screen coordinates of a card's connect handle. */
    public Point2D screenHandleOf(String componentId) {
        Box b = index().scene.box(componentId);
        return toScreen(b.maxX(), b.centerY());
    }

    /** Screen coordinates of a world point. */
    public Point2D toScreen(double wx, double wy) {
        Viewport v = viewport();
        return localToScreen(v.toScreenX(wx), v.toScreenY(wy));
    }

    /** Ids of the visible elements whose boxes intersect a world rectangle. */
    Set<String> idsIn(Box area) {
        SceneIndex idx = index();
        Set<String> ids = new LinkedHashSet<>();
        idx.cards.query(area).forEach(c -> ids.add(c.id()));
        idx.notes.query(area).forEach(n -> ids.add(n.id()));
        idx.frames.query(area).forEach(f -> {
            if (area.encloses(f.box())) {
                ids.add(f.id());
            }
        });
        idx.routes.query(area).forEach(r -> {
            if (area.contains(r.labelX(), r.labelY())) {
                ids.add(r.id());
            }
        });
        return ids;
    }

    void select(Selection s) {
        vm.select(s);
    }
}
