package org.patternboard.app.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.patternboard.model.catalog.PropertySpec;

/**
 * One row of the inspector. Reading gives the current value from the design; writing goes through
 * {@link #commit}, which builds an edit and returns why it was refused, if it was.
 */
final class InspectorItem implements PropertySheet.Item {
    /** Which editor fits. */
    enum Kind { TEXT, NUMBER, CHOICE, BOOL, LIST, MAP, JSON, READ_ONLY }

    final String key;
    final Kind kind;
    final PropertySpec spec;
    final List<String> choices;
    final String placeholder;
    private final String name;
    private final String category;
    private final String description;
    private final Supplier<Object> value;
    private final Function<Object, Optional<String>> apply;

    InspectorItem(String key, String name, String category, String description, Kind kind, PropertySpec spec,
            List<String> choices, String placeholder, Supplier<Object> value, Function<Object, Optional<String>> apply) {
        this.key = key;
        this.name = name;
        this.category = category;
        this.description = description;
        this.kind = kind;
        this.spec = spec;
        this.choices = choices == null ? List.of() : choices;
        this.placeholder = placeholder;
        this.value = value;
        this.apply = apply;
    }

    @Override
    public Class<?> getType() {
        return Object.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    /** The sheet never writes directly: editors call {@link #commit}. */
    @Override
    public void setValue(Object v) {
        commit(v);
    }

    /** Applies a value; empty when it was applied, else the reason it was refused (nothing changed). */
    Optional<String> commit(Object v) {
        if (spec != null) {
            Optional<String> problem = spec.check(org.patternboard.model.design.Values.freeze(v));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return apply.apply(v);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }

    @Override
    public boolean isEditable() {
        return kind != Kind.READ_ONLY;
    }

    /** The same row under another category and key (a generic card's schema fields). */
    InspectorItem inCategory(String newCategory, String newKey) {
        return new InspectorItem(newKey, name, newCategory, description, kind, spec, choices, placeholder, value, apply);
    }
}
