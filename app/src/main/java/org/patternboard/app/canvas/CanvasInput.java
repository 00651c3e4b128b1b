package org.patternboard.app.canvas;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.patternboard.app.viewmodel.BlockInfo;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.app.viewmodel.Selection;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;

/**
 * The canvas gestures. One runs at a time, picked when a button goes down:
 *
 * <pre>
 * press                                   gesture
 * middle button, or Space + primary       PAN      (drag scrolls the view)
 * primary on a card's handle              CONNECT  (release on a card: legal kinds only)
 * primary on a frame's chevron            toggle collapse (no drag)
 * primary on a selected frame's corner    RESIZE   (one edit on release)
 * primary on a card, note, frame title    MOVE     (select first; Shift/Ctrl toggles)
 * primary on empty canvas                 MARQUEE  (Shift adds to the selection)
 * </pre>
 * Wheel scrolls, Ctrl+wheel zooms at the pointer, palette items dropped here are inserted.
 */
final class CanvasInput {
    private enum Gesture { NONE, PAN, CONNECT, MOVE, MARQUEE, RESIZE }

    private static final double DRAG_THRESHOLD = 3;

    private final DiagramCanvas view;
    private final DesignViewModel vm;
    private Gesture gesture = Gesture.NONE;
    private boolean spaceDown;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    // MOVE
    private String anchorId;
    private double anchorX;
    private double anchorY;
    private Set<String> moving = Set.of();
    private double movedX;
    private double movedY;
    // MARQUEE
    private Selection before = Selection.empty();
    private boolean additive;
    // RESIZE
    private String resizeId;
    private Box resizeStart;
    private boolean nudging;
    private ContextMenu kindMenu;

    CanvasInput(DiagramCanvas view, DesignViewModel vm) {
        this.view = view;
        this.vm = vm;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.setHover(null));
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            view.setViewport(view.viewport().zoomAt(e.getX(), e.getY(), e.getZoomFactor()));
            e.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, this::paletteOver);
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> {
            view.overlay().dropGhost = null;
            view.requestRedraw();
        });
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::paletteDropped);
    }

    private double tolerance() {
        return 6 / view.viewport().scale();
    }

    // ---- mouse ----

    private void pressed(MouseEvent e) {
        view.requestFocus();
        closeKindMenu();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
        Point2D w = view.worldAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = Gesture.PAN;
            view.setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        SceneIndex idx = view.index();
        if (e.getButton() == MouseButton.SECONDARY) {
            SceneIndex.Hit hit = idx.hit(w.getX(), w.getY(), tolerance(), vm.selection().ids());
            if (hit != null && !vm.selection().contains(hit.id())) {
                vm.select(Selection.of(hit.id()));
            } else if (hit == null && !e.isShiftDown()) {
                vm.select(Selection.empty());
            }
            return; // the context menu is the window's
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String handle = handleAt(w.getX(), w.getY());
        if (handle != null) {
            gesture = Gesture.CONNECT;
            Overlay o = view.overlay();
            o.connectFrom = handle;
            o.connectX = w.getX();
            o.connectY = w.getY();
            o.connectTarget = null;
            o.connectHint = "Drag to a component";
            view.requestRedraw();
            e.consume();
            return;
        }
        SceneIndex.Hit hit = idx.hit(w.getX(), w.getY(), tolerance(), vm.selection().ids());
        if (hit != null && hit.kind() == SceneIndex.HitKind.FRAME_TOGGLE) {
            Group g = vm.design().group(hit.id()).orElseThrow();
            vm.edit(a -> vm.edits().setCollapsed(a, g.id(), !g.collapsed()));
            gesture = Gesture.NONE;
            e.consume();
            return;
        }
        if (hit != null && hit.kind() == SceneIndex.HitKind.FRAME_RESIZE) {
            gesture = Gesture.RESIZE;
            resizeId = hit.id();
            resizeStart = idx.scene.box(hit.id());
            e.consume();
            return;
        }
        if (hit != null && e.getClickCount() == 2) {
            doubleClicked(hit);
            gesture = Gesture.NONE;
            e.consume();
            return;
        }
        if (hit != null) {
            String id = hit.id();
            Selection s = vm.selection();
            if (e.isShiftDown() || e.isShortcutDown()) {
                s = s.toggle(id);
                vm.select(s);
            } else if (!s.contains(id)) {
                s = Selection.of(id);
                vm.select(s);
            }
            if (!s.contains(id) || hit.kind() == SceneIndex.HitKind.ROUTE) {
                gesture = Gesture.NONE;
                e.consume();
                return;
            }
            gesture = Gesture.MOVE;
            anchorId = id;
            double[] pos = position(vm.design(), id);
            anchorX = pos[0];
            anchorY = pos[1];
            moving = vm.movableIds(s.ids());
            movedX = 0;
            movedY = 0;
            e.consume();
            return;
        }
        gesture = Gesture.MARQUEE;
        additive = e.isShiftDown() || e.isShortcutDown();
        before = vm.selection();
        e.consume();
    }

    private void doubleClicked(SceneIndex.Hit hit) {
        switch (hit.kind()) {
            case COLLAPSED_FRAME -> vm.edit(a -> vm.edits().setCollapsed(a, hit.id(), false));
            case FRAME_HEADER -> {
                vm.select(Selection.of(hit.id()));
                view.fitFrame(hit.id());
            }
            case NOTE -> {
                Note n = vm.design().note(hit.id()).orElseThrow();
                javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(n.text());
                d.setTitle("Edit note");
                d.setHeaderText(null);
                d.setContentText("Text:");
                d.initOwner(view.getScene().getWindow());
                d.showAndWait().ifPresent(text -> vm.edit(a -> vm.edits().rename(a, n.id(), text)));
            }
            default -> vm.select(Selection.of(hit.id()));
        }
    }

    private void dragged(MouseEvent e) {
        double dxs = e.getX() - lastX;
        double dys = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        Point2D w = view.worldAt(e.getX(), e.getY());
        Point2D w0 = view.worldAt(pressX, pressY);
        switch (gesture) {
            case PAN -> view.setViewport(view.viewport().panBy(dxs, dys));
            case CONNECT -> updateConnect(w);
            case MOVE -> {
                double tx = anchorX + w.getX() - w0.getX();
                double ty = anchorY + w.getY() - w0.getY();
                if (view.snapToGridProperty().get() && !e.isAltDown()) {
                    tx = Math.round(tx / DiagramCanvas.GRID) * DiagramCanvas.GRID;
                    ty = Math.round(ty / DiagramCanvas.GRID) * DiagramCanvas.GRID;
                }
                double[] now = position(vm.design(), anchorId);
                double dx = tx - now[0];
                double dy = ty - now[1];
                if ((dx != 0 || dy != 0) && vm.move(moving, dx, dy)) {
                    movedX += dx;
                    movedY += dy;
                }
                view.setCursor(Cursor.MOVE);
            }
            case MARQUEE -> {
                view.overlay().marquee = Box.spanning(w0.getX(), w0.getY(), w.getX(), w.getY());
                view.requestRedraw();
            }
            case RESIZE -> {
                double nw = Math.max(160, resizeStart.w() + w.getX() - w0.getX());
                double nh = Math.max(100, resizeStart.h() + w.getY() - w0.getY());
                if (view.snapToGridProperty().get()) {
                    nw = Math.round(nw / DiagramCanvas.GRID) * DiagramCanvas.GRID;
                    nh = Math.round(nh / DiagramCanvas.GRID) * DiagramCanvas.GRID;
                }
                view.overlay().dropGhost = new Box(resizeStart.x(), resizeStart.y(), nw, nh);
                view.overlay().dropLabel = null;
                view.requestRedraw();
            }
            default -> {
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        Gesture g = gesture;
        gesture = Gesture.NONE;
        switch (g) {
            case PAN -> view.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            case CONNECT -> finishConnect(e);
            case MOVE -> {
                vm.closeMerge();
                if (movedX != 0 || movedY != 0) {
                    vm.finishMove(moving, movedX, movedY);
                }
                view.setCursor(Cursor.DEFAULT);
            }
            case MARQUEE -> {
                Box m = view.overlay().marquee;
                view.overlay().marquee = null;
                if (m != null && dragged) {
                    Set<String> ids = view.idsIn(m);
                    vm.select(additive ? before.plus(ids) : Selection.of(ids));
                } else if (!additive) {
                    vm.select(Selection.empty());
                }
                view.requestRedraw();
            }
            case RESIZE -> {
                Box r = view.overlay().dropGhost;
                view.overlay().dropGhost = null;
                if (r != null) {
                    vm.edit(a -> vm.edits().resize(a, resizeId, r.w(), r.h()));
                }
                view.requestRedraw();
            }
            default -> {
            }
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        Point2D w = view.worldAt(e.getX(), e.getY());
        if (spaceDown) {
            view.setCursor(Cursor.OPEN_HAND);
            return;
        }
        if (handleAt(w.getX(), w.getY()) != null) {
            view.setCursor(Cursor.CROSSHAIR);
            return;
        }
        SceneIndex.Hit hit = view.index().hit(w.getX(), w.getY(), tolerance(), vm.selection().ids());
        view.setHover(hit == null ? null : hit.id());
        if (hit == null) {
            view.setCursor(Cursor.DEFAULT);
        } else {
            view.setCursor(switch (hit.kind()) {
                case FRAME_TOGGLE, ROUTE -> Cursor.HAND;
                case FRAME_RESIZE -> Cursor.SE_RESIZE;
                default -> Cursor.DEFAULT;
            });
        }
    }

    /** The card whose connect handle is at a world point (only hovered or selected cards show one). */
    private String handleAt(double x, double y) {
        double r = CanvasRenderer.HANDLE_RADIUS + 4 / view.viewport().scale();
        SceneIndex idx = view.index();
        for (DiagramScene.Card c : idx.cards.query(new Box(x - r, y - r, 2 * r, 2 * r))) {
            boolean shown = vm.selection().contains(c.id()) || c.id().equals(hoverCandidate(x, y, c));
            if (shown && Math.hypot(x - c.box().maxX(), y - c.box().centerY()) <= r) {
                return c.id();
            }
        }
        return null;
    }

    private static String hoverCandidate(double x, double y, DiagramScene.Card c) {
        // The pointer is on (or just off) the card's right edge: it is the hovered card.
        return c.box().inflate(CanvasRenderer.HANDLE_RADIUS + 2).contains(x, y) ? c.id() : null;
    }

    private void updateConnect(Point2D w) {
        Overlay o = view.overlay();
        o.connectX = w.getX();
        o.connectY = w.getY();
        DiagramScene.Card target = view.index().cardAt(w.getX(), w.getY(), o.connectFrom);
        o.connectTarget = target == null ? null : target.id();
        if (target == null) {
            o.connectHint = "Drag to a component";
        } else {
            String fromType = vm.design().componentOrNull(o.connectFrom).type();
            List<ConnectionKind> kinds = vm.catalog().drawableKinds(fromType, target.component().type());
            o.connectLegal = !kinds.isEmpty();
            o.connectHint = kinds.isEmpty()
                    ? vm.catalog().whyNotDrawable(fromType, target.component().type()).orElse("not allowed")
                    : kinds.get(0).id() + (kinds.size() > 1 ? "  (+" + (kinds.size() - 1) + " more kinds)" : "");
        }
        view.requestRedraw();
    }

    private void finishConnect(MouseEvent e) {
        Overlay o = view.overlay();
        String from = o.connectFrom;
        String to = o.connectTarget;
        boolean legal = o.connectLegal;
        String hint = o.connectHint;
        o.clear();
        view.requestRedraw();
        if (from == null || to == null) {
            return;
        }
        if (!legal) {
            vm.notify(hint);
            return;
        }
        Architecture before = vm.design();
        if (!vm.edit(a -> vm.edits().connect(a, from, to, null))) {
            return;
        }
        String created = null;
        for (Connection c : vm.design().connections()) {
            if (before.connection(c.id()).isEmpty()) {
                created = c.id();
            }
        }
        vm.closeMerge();
        vm.select(Selection.of(created));
        List<ConnectionKind> kinds = vm.catalog().legalKinds(before.componentOrNull(from).type(),
                before.componentOrNull(to).type());
        if (kinds.size() > 1 && created != null) {
            showKindMenu(created, kinds, e.getScreenX(), e.getScreenY());
        }
    }

    /** After connecting: the legal kinds, the default ticked; picking another changes the kind (undoable). */
    private void showKindMenu(String connectionId, List<ConnectionKind> kinds, double screenX, double screenY) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("kind-menu");
        Label title = new Label("Connection kind");
        title.getStyleClass().add("menu-title");
        CustomMenuItem header = new CustomMenuItem(title, false);
        header.setDisable(true);
        menu.getItems().addAll(header, new SeparatorMenuItem());
        ToggleGroup group = new ToggleGroup();
        ConnectionKind current = vm.design().connection(connectionId).map(Connection::kind).orElse(kinds.get(0));
        for (ConnectionKind k : kinds) {
            RadioMenuItem item = new RadioMenuItem(k.id() + (k == kinds.get(0) ? "  (default)" : ""));
            item.setId("kind-" + k.id());
            item.setToggleGroup(group);
            item.setSelected(k == current);
            item.setOnAction(ev -> {
                if (vm.design().connection(connectionId).map(c -> c.kind() != k).orElse(false)) {
                    vm.edit(a -> vm.edits().changeKind(a, connectionId, k));
                }
            });
            menu.getItems().add(item);
        }
        kindMenu = menu;
        menu.show(view, screenX + 8, screenY + 8);
    }

    private void closeKindMenu() {
        if (kindMenu != null) {
            kindMenu.hide();
            kindMenu = null;
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isMetaDown()) {
            double factor = Math.pow(1.0015, e.getDeltaY());
            view.setViewport(view.viewport().zoomAt(e.getX(), e.getY(), factor));
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            view.setViewport(view.viewport().panBy(dx, dy));
        }
        e.consume();
    }

    // ---- keys ----

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            if (!spaceDown) {
                spaceDown = true;
                view.setCursor(Cursor.OPEN_HAND);
            }
            e.consume();
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && !e.isShortcutDown()) {
            vm.deleteSelection();
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            if (gesture != Gesture.NONE) {
                gesture = Gesture.NONE;
                view.overlay().clear();
                vm.closeMerge();
                view.requestRedraw();
            } else {
                vm.select(Selection.empty());
            }
            e.consume();
        } else if (code.isArrowKey() && !e.isShortcutDown() && !vm.selection().isEmpty()) {
            double step = e.isShiftDown() ? DiagramCanvas.GRID : 1;
            double dx = code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0;
            double dy = code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0;
            nudging = true;
            vm.move(vm.movableIds(vm.selection().ids()), dx, dy);
            e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            view.setCursor(Cursor.DEFAULT);
            e.consume();
        } else if (e.getCode().isArrowKey() && nudging) {
            nudging = false;
            vm.closeMerge(); // one key hold = one undo step
            e.consume();
        }
    }

    // ---- palette drops ----

    private void paletteOver(MouseDragEvent e) {
        String item = vm.paletteDragProperty().get();
        if (item == null) {
            return;
        }
        Box ghost = ghostFor(item, view.worldAt(e.getX(), e.getY()));
        view.overlay().dropGhost = ghost;
        view.overlay().dropLabel = labelFor(item);
        view.requestRedraw();
        e.consume();
    }

    private void paletteDropped(MouseDragEvent e) {
        String item = vm.paletteDragProperty().get();
        view.overlay().dropGhost = null;
        view.overlay().dropLabel = null;
        view.requestRedraw();
        if (item == null) {
            return;
        }
        vm.paletteDragProperty().set(null);
        Box ghost = ghostFor(item, view.worldAt(e.getX(), e.getY()));
        drop(item, ghost.x(), ghost.y());
        view.requestFocus();
        e.consume();
    }

    /** Inserts a palette item ("type:<id>", "cfn:<CloudFormation type>" or "block:<id>") with its top-left corner at a world point. */
    void drop(String item, double x, double y) {
        if (item.startsWith("block:")) {
            vm.insertBlock(item.substring("block:".length()), x, y);
        } else if (item.startsWith("type:")) {
            vm.addComponent(item.substring("type:".length()), x, y);
        } else if (item.startsWith("cfn:")) {
            vm.addResource(item.substring("cfn:".length()), x, y);
        }
    }

    private Box ghostFor(String item, Point2D w) {
        double width = Component.DEFAULT_WIDTH;
        double height = Component.DEFAULT_HEIGHT;
        double ox = width / 2;
        double oy = height / 2;
        if (item.startsWith("block:") && vm.blocks() != null) {
            BlockInfo b = block(item.substring("block:".length()));
            Group frame = b == null ? null : b.design().groups().stream().filter(g -> g.parent() == null).findFirst().orElse(null);
            if (frame != null) {
                width = frame.width();
                height = frame.height();
                ox = 40;
                oy = 15;
            }
        }
        double x = w.getX() - ox;
        double y = w.getY() - oy;
        if (view.snapToGridProperty().get()) {
            x = Math.round(x / DiagramCanvas.GRID) * DiagramCanvas.GRID;
            y = Math.round(y / DiagramCanvas.GRID) * DiagramCanvas.GRID;
        }
        return new Box(x, y, width, height);
    }

    private String labelFor(String item) {
        if (item.startsWith("block:")) {
            BlockInfo b = block(item.substring("block:".length()));
            return b == null ? item : b.name();
        }
        return vm.catalog().displayName(item.substring("type:".length()));
    }

    private BlockInfo block(String id) {
        return vm.blocks().blocks().stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
    }

    static double[] position(Architecture a, String id) {
        Component c = a.componentOrNull(id);
        if (c != null) {
            return new double[] {c.x(), c.y()};
        }
        Group g = a.group(id).orElse(null);
        if (g != null) {
            return new double[] {g.x(), g.y()};
        }
        Note n = a.note(id).orElse(null);
        if (n != null) {
            return new double[] {n.x(), n.y()};
        }
        return new double[] {0, 0};
    }
}
