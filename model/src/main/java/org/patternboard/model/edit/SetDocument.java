package org.patternboard.model.edit;

import java.util.List;
import java.util.Map;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Suppression;

/** Primitive: replaces the document-level fields (name, description, suppressions, extra fields). */
public record SetDocument(String name, String documentDescription, List<Suppression> suppressions,
        Map<String, Object> extra, String description) implements Edit {

    public static SetDocument of(Architecture a, String description) {
        return new SetDocument(a.name(), a.description(), a.suppressions(), a.extra(), description);
    }

    @Override
    public Architecture apply(Architecture before) {
        return before.withName(name).withDescription(documentDescription).withSuppressions(suppressions).withExtra(extra);
    }

    @Override
    public Edit inverse(Architecture before) {
        return new SetDocument(before.name(), before.description(), before.suppressions(), before.extra(),
                "Undo " + description);
    }
}
