package org.patternboard.app.present;

import org.patternboard.app.canvas.Viewport;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.story.FlowWalk;
import org.patternboard.model.story.Slide;

/** The world rectangle a slide shows, and the viewport that fits it into the free part of the screen. */
final class SlideFraming {
    private static final double MARGIN = 40;
    /** Zoomed in, but not so far that a single card fills a projector. */
    private static final double MAX_SCALE = 2.0;

    private SlideFraming() {
    }

    static Box worldOf(Slide s, FlowWalk walk, DiagramScene scene) {
        if (s.camera() != null) {
            return new Box(s.camera().x(), s.camera().y(), s.camera().width(), s.camera().height());
        }
        Box all = scene.bounds() == null ? new Box(0, 0, 800, 500) : scene.bounds();
        Box b = switch (s.kind()) {
            case FRAME -> boxOf(scene, s.target());
            case FLOW -> {
                Box union = null;
                for (String id : walk == null ? java.util.Set.of(s.target()) : walk.components()) {
                    Box box = boxOf(scene, id);
                    if (box != null) {
                        union = union == null ? box : union.union(box);
                    }
                }
                yield union;
            }
            default -> all;
        };
        return (b == null ? all : b).inflate(MARGIN);
    }

    private static Box boxOf(DiagramScene scene, String id) {
        String shown = scene.visibleFor(id);
        return scene.box(shown == null ? id : shown);
    }

    /** The viewport showing {@code world} inside {@code width × height}, leaving {@code right} and {@code bottom} free. */
    static Viewport fit(Box world, double width, double height, double right, double bottom) {
        return Viewport.fit(world, Math.max(100, width - right), Math.max(100, height - bottom), 16, MAX_SCALE);
    }
}
