package org.patternboard.model.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/**
 * Whether the catalog can build each component as stored: its type is known and every stored value of a
 * property the type declares is one its spec accepts. The loader keeps whatever the file holds (nothing is
 * lost); this is what {@code validate} reports and what every export refuses on, so that no export drops a
 * value it cannot use and deploys AWS's default instead.
 */
public final class CatalogConformance {
    /** One component the catalog cannot build as stored; {@code message} is one line naming the component. */
    public record Problem(String componentId, String property, String message) {
    }

    private CatalogConformance() {
    }

    /** Every problem, components in design order, properties in key order. */
    public static List<Problem> check(Architecture a, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        for (Component c : a.components()) {
            Optional<ComponentType> type = catalog.type(c.type());
            if (type.isEmpty()) {
                problems.add(new Problem(c.id(), null, unknownType(c, catalog)));
                continue;
            }
            for (Map.Entry<String, Object> e : c.properties().entrySet()) {
                Optional<String> bad = valueProblem(type.get(), e.getKey(), e.getValue());
                bad.ifPresent(msg -> problems.add(new Problem(c.id(), e.getKey(), "component '" + c.id() + "': " + msg)));
            }
        }
        return problems;
    }

    /** The first problem, for the commands that refuse on it. */
    public static Optional<Problem> first(Architecture a, Catalog catalog) {
        List<Problem> all = check(a, catalog);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** "component 'ID' has unknown type 'T'; did you mean …?": the one wording every command uses. */
    public static String unknownType(Component c, Catalog catalog) {
        return "component '" + c.id() + "' has unknown type '" + c.type() + "'" + TypeSuggestions.didYouMean(catalog, c.type());
    }

    /**
     * What is wrong with a stored value, or empty. Properties the type does not declare are kept and not
     * judged (a newer catalog may know them); a missing required value is REL-042's finding, not a type error.
     */
    public static Optional<String> valueProblem(ComponentType type, String property, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return type.property(property).flatMap(spec -> spec.check(value));
    }
}
