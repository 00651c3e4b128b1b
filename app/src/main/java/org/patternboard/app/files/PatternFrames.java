package org.patternboard.app.files;

import java.util.List;
import java.util.Set;
import org.patternboard.app.layout.AutoLayout;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.patterns.PatternLibrary;
import org.patternboard.model.patterns.recognition.PatternMatch;
import org.patternboard.model.patterns.recognition.PatternRecognizer;

/**
 * The shipped pattern blocks found in an imported design, as one edit that frames and names them and lays the
 * design out again around the frames, so a single undo takes the frames away.
 */
public record PatternFrames(List<PatternMatch> matches, Edit edit) {
    private static volatile PatternRecognizer recognizer;

    /** Null when no block is found. */
    public static PatternFrames of(Architecture a) {
        PatternRecognizer r = recognizer;
        if (r == null) {
            r = new PatternRecognizer(PatternLibrary.standard());
            recognizer = r;
        }
        List<PatternMatch> matches = r.recognize(a);
        if (matches.isEmpty()) {
            return null;
        }
        Edit frame = r.frame(a, matches);
        Edit layout = AutoLayout.layout(frame.apply(a), Set.of());
        Edit edit = layout == null ? frame : new CompoundEdit("Frame recognised patterns", List.of(frame, layout));
        return new PatternFrames(matches, edit);
    }

    /** "The Big Fan, The Scalable Webhook without dead-letter queues". */
    public String labels() {
        return String.join(", ", matches.stream().map(PatternMatch::label).toList());
    }
}
