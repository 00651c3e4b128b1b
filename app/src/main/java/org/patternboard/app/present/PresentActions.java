package org.patternboard.app.present;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.viewmodel.DesignViewModel;

/**
 * What the main window's View › Present (F5) and View › Story… do: choose the screen, start the
 * presentation (with the presenter view on the other screen when there are two), open the slide sorter.
 */
public final class PresentActions {
    private final Stage owner;
    private final DesignViewModel vm;
    private final DiagramCanvas editorCanvas;
    private final Supplier<Boolean> largeText;
    private PresentationMode running;
    private StoryDialog story;

    public PresentActions(Stage owner, DesignViewModel vm, DiagramCanvas editorCanvas, Supplier<Boolean> largeText) {
        this.owner = owner;
        this.vm = vm;
        this.editorCanvas = editorCanvas;
        this.largeText = largeText;
    }

    /** Presents on the main window's screen, or on the one the presenter picks when there are several. */
    public void present() {
        if (running != null && running.isShowing()) {
            running.stage().requestFocus();
            return;
        }
        List<Screen> screens = Screen.getScreens();
        Screen home = homeScreen();
        Screen chosen = home;
        if (screens.size() > 1) {
            Optional<Screen> pick = chooseScreen(screens, home);
            if (pick.isEmpty()) {
                return;
            }
            chosen = pick.get();
        }
        Screen other = null;
        for (Screen s : screens) {
            if (!s.equals(chosen)) {
                other = s;
                break;
            }
        }
        present(new PresentationMode.Options(chosen, other, largeText.get(), owner.getScene().getStylesheets(), false));
    }

    /** Presents with explicit options (tests; the presenter view on any screen). */
    public PresentationMode present(PresentationMode.Options options) {
        running = PresentationMode.open(owner, vm, options);
        if (running != null) {
            running.setOnClosed(() -> owner.requestFocus());
        }
        return running;
    }

    private Screen homeScreen() {
        List<Screen> under = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight()));
        return under.isEmpty() ? Screen.getPrimary() : under.get(0);
    }

    private Optional<Screen> chooseScreen(List<Screen> screens, Screen home) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < screens.size(); i++) {
            javafx.geometry.Rectangle2D b = screens.get(i).getBounds();
            names.add("Screen " + (i + 1) + " (" + (int) b.getWidth() + " \u00d7 " + (int) b.getHeight() + ")"
                    + (screens.get(i).equals(home) ? " \u2014 this window" : ""));
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(names.get(screens.indexOf(home)), names);
        d.initOwner(owner);
        d.setTitle("Present");
        d.setHeaderText("Present on which screen? The presenter view opens on another one.");
        return d.showAndWait().map(n -> screens.get(names.indexOf(n)));
    }

    public void showStory() {
        if (story == null) {
            story = new StoryDialog(owner, vm, editorCanvas, owner.getScene().getStylesheets(), this::present);
        }
        story.show();
    }

    /** The presentation now showing, if any. */
    public PresentationMode running() {
        return running != null && running.isShowing() ? running : null;
    }

    public Stage storyStage() {
        return story == null ? null : story.stage();
    }
}
