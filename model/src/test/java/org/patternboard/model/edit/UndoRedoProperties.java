package org.patternboard.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

class UndoRedoProperties {
    @Property(tries = 300)
    void undoAllRestoresTheStartAndRedoAllTheEnd(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 100_000) Integer> seeds) {
        Architecture start = Architecture.empty("Random");
        EditHistory history = new EditHistory(start);
        RandomEdits random = new RandomEdits();
        List<Architecture> states = new ArrayList<>();
        states.add(start);
        for (int seed : seeds) {
            random.next(history.current(), seed).ifPresent(e -> {
                history.apply(e);
                history.closeMerge();
                states.add(history.current());
            });
        }
        Architecture end = history.current();
        for (int i = states.size() - 2; i >= 0; i--) {
            history.undo();
            assertThat(history.current()).isEqualTo(states.get(i));
        }
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
        while (history.canRedo()) {
            history.redo();
        }
        assertThat(history.current()).isEqualTo(end);
        assertThat(DesignFiles.toCanonicalJson(history.current())).isEqualTo(DesignFiles.toCanonicalJson(end));
    }

    @Property(tries = 100)
    void everyEditedDesignSurvivesTheFileFormat(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 100_000) Integer> seeds) throws Exception {
        EditHistory history = new EditHistory(Architecture.empty("Random"));
        RandomEdits random = new RandomEdits();
        for (int seed : seeds) {
            random.next(history.current(), seed).ifPresent(history::apply);
        }
        String json = DesignFiles.toCanonicalJson(history.current());
        assertThat(DesignFiles.parse(json, "mem")).isEqualTo(history.current());
    }
}
