package org.patternboard.app.present;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.patternboard.model.story.FlowWalk;
import org.patternboard.model.story.Slide;

/**
 * Where the presenter is: which visible slide and, on a flow slide, how many steps are lit (0 = none yet).
 * Next lights the next step before it moves to the next slide; back goes to the previous slide with all of
 * its steps lit, as Keynote returns to the end of a build. While the screen is blank, any move only
 * brings the picture back.
 */
public final class Presentation {
    /** Slide index in the visible slides, and lit steps on it. */
    public record Position(int slide, int step) {
    }

    private final List<Slide> slides;
    private final Map<String, FlowWalk> walks;
    private final ReadOnlyObjectWrapper<Position> position = new ReadOnlyObjectWrapper<>(new Position(0, 0));
    private final BooleanProperty blank = new SimpleBooleanProperty(false);

    public Presentation(List<Slide> slides, Map<String, FlowWalk> walks) {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("nothing to present: every slide is hidden");
        }
        this.slides = List.copyOf(slides);
        this.walks = Map.copyOf(walks);
    }

    public List<Slide> slides() {
        return slides;
    }

    public Slide current() {
        return slides.get(position.get().slide());
    }

    /** The slide after the current one, or null on the last. */
    public Slide next() {
        int i = position.get().slide() + 1;
        return i < slides.size() ? slides.get(i) : null;
    }

    /** The walk of a flow slide (null for other kinds). */
    public FlowWalk walkOf(Slide s) {
        return walks.get(s.id());
    }

    public int stepsOf(Slide s) {
        FlowWalk w = walkOf(s);
        return w == null ? 0 : w.size();
    }

    public ReadOnlyObjectProperty<Position> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public Position position() {
        return position.get();
    }

    public BooleanProperty blankProperty() {
        return blank;
    }

    public boolean isBlank() {
        return blank.get();
    }

    public void toggleBlank() {
        blank.set(!blank.get());
    }

    public void forward() {
        if (unblank()) {
            return;
        }
        Position p = position.get();
        if (p.step() < stepsOf(slides.get(p.slide()))) {
            position.set(new Position(p.slide(), p.step() + 1));
        } else if (p.slide() < slides.size() - 1) {
            position.set(new Position(p.slide() + 1, 0));
        }
    }

    public void back() {
        if (unblank()) {
            return;
        }
        Position p = position.get();
        if (p.step() > 0) {
            position.set(new Position(p.slide(), p.step() - 1));
        } else if (p.slide() > 0) {
            position.set(new Position(p.slide() - 1, stepsOf(slides.get(p.slide() - 1))));
        }
    }

    public void first() {
        if (!unblank()) {
            position.set(new Position(0, 0));
        }
    }

    public void last() {
        if (!unblank()) {
            position.set(new Position(slides.size() - 1, 0));
        }
    }

    private boolean unblank() {
        if (blank.get()) {
            blank.set(false);
            return true;
        }
        return false;
    }
}
