package org.patternboard.app.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.model.design.Architecture;

/**
 * Live code of the current design (CloudFormation YAML, CDK Java): regenerated off the UI thread a moment
 * after the last edit, and only for the tab that is showing.
 */
public final class CodePreview {
    /** One generated view: a tab title and how to produce its text (null: not available in this build). */
    public record Source(String id, String title, Function<Architecture, String> generator) {
    }

    private final DesignViewModel vm;
    private final List<Tab> tabs = new ArrayList<>();
    private final List<Source> sources;
    private final List<TextArea> areas = new ArrayList<>();
    private final List<Architecture> shown = new ArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "patternboard-preview");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong version = new AtomicLong();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));

    public CodePreview(DesignViewModel vm, List<Source> sources) {
        this.vm = vm;
        this.sources = List.copyOf(sources);
        for (Source s : sources) {
            Tab tab = new Tab(s.title());
            tab.setId("tab-" + s.id());
            tab.setClosable(false);
            TextArea area = new TextArea();
            area.setId("code-" + s.id());
            area.setEditable(false);
            area.getStyleClass().add("code-area");
            areas.add(area);
            shown.add(null);
            if (s.generator() == null) {
                Label l = new Label(s.title() + " export is not part of this build yet.");
                l.getStyleClass().add("placeholder");
                tab.setContent(new StackPane(l));
            } else {
                tab.setContent(area);
            }
            tab.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    refresh();
                }
            });
            tabs.add(tab);
        }
        debounce.setOnFinished(e -> refresh());
        vm.designProperty().addListener((o, a, b) -> debounce.playFromStart());
    }

    public List<Tab> tabs() {
        return tabs;
    }

    /** Regenerates the visible tab's code if the design changed since it was generated. */
    public void refresh() {
        for (int i = 0; i < tabs.size(); i++) {
            Source s = sources.get(i);
            if (!tabs.get(i).isSelected() || s.generator() == null) {
                continue;
            }
            Architecture design = vm.design();
            if (shown.get(i) == design) {
                continue;
            }
            int index = i;
            long v = version.incrementAndGet();
            worker.submit(() -> {
                String text;
                try {
                    text = s.generator().apply(design);
                } catch (RuntimeException e) {
                    text = "// Could not generate " + s.title() + ":\n// " + e;
                }
                String result = text;
                Platform.runLater(() -> {
                    if (v == version.get() || shown.get(index) == null) {
                        TextArea area = areas.get(index);
                        double scroll = area.getScrollTop();
                        area.setText(result);
                        area.setScrollTop(scroll);
                        shown.set(index, design);
                    }
                });
            });
        }
    }

    /** The text a tab currently shows (tests). */
    public String text(String id) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(id)) {
                return areas.get(i).getText();
            }
        }
        throw new IllegalArgumentException(id);
    }
}
