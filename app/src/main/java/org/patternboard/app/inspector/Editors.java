package org.patternboard.app.inspector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.property.editor.PropertyEditor;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.PropertyType;
import org.patternboard.model.catalog.UnsetProperty;

/**
 * An editor per kind of value: numbers with their limits and unit, choices for enums, a check box for
 * booleans, durations with units, lists and maps as text with a multi-line dialog, and JSON in a checked
 * editor. A value that breaks its spec is shown as invalid, with the reason, and not applied.
 */
final class Editors {
    static final String INVALID = "invalid";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Pattern DURATION = Pattern.compile("\\s*(-?\\d+)\\s*(ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|d|days?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private Editors() {
    }

    /** The editor for an item; {@code report} shows (or with null clears) the inspector's error line. */
    static PropertyEditor<Object> create(InspectorItem item, Consumer<String> report) {
        return switch (item.kind) {
            case NUMBER -> new TextEditor(item, report, true);
            case CHOICE -> new ChoiceEditor(item, report);
            case BOOL -> new BoolEditor(item, report);
            case LIST, MAP -> new StructuredEditor(item, report);
            case JSON -> new JsonEditor(item, report);
            case READ_ONLY -> new ReadOnlyEditor();
            default -> new TextEditor(item, report, false);
        };
    }

    static void markInvalid(Node node, String message) {
        if (!node.getStyleClass().contains(INVALID)) {
            node.getStyleClass().add(INVALID);
        }
        if (node instanceof javafx.scene.control.Control c) {
            c.setTooltip(new Tooltip(message));
        }
    }

    static void markValid(Node node, String tip) {
        node.getStyleClass().remove(INVALID);
        if (node instanceof javafx.scene.control.Control c) {
            c.setTooltip(tip == null || tip.isBlank() ? null : new Tooltip(tip));
        }
    }

    /** Text shown for a value in a one-line field. */
    static String display(Object v, InspectorItem item) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list && item.kind == InspectorItem.Kind.LIST) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(String.valueOf(x)));
            return String.join(", ", parts);
        }
        if (v instanceof Map<?, ?> map && item.kind == InspectorItem.Kind.MAP) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, x) -> parts.add(k + "=" + x));
            return String.join(", ", parts);
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            return toJson(v, false);
        }
        return String.valueOf(v);
    }

    static String toJson(Object v, boolean pretty) {
        try {
            return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(v) : JSON.writeValueAsString(v);
        } catch (Exception e) {
            return String.valueOf(v);
        }
    }

    /** Parses a number field: whole numbers, and for durations also "90s", "5m", "2h", "1d". */
    static Object parseNumber(String text, PropertySpec spec) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (spec != null && spec.type() == PropertyType.DURATION) {
            Matcher m = DURATION.matcher(t);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String suffix = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
                long seconds = switch (suffix.isEmpty() ? "" : suffix.substring(0, Math.min(suffix.length(), 2))) {
                    case "ms" -> Math.round(n / 1000.0);
                    case "m", "mi" -> n * 60;
                    case "h", "ho" -> n * 3600;
                    case "d", "da" -> n * 86400;
                    default -> n;
                };
                if (suffix.isEmpty()) {
                    return n; // already in the property's unit
                }
                String unit = spec.unit() == null ? "seconds" : spec.unit().toLowerCase(Locale.ROOT);
                if (unit.startsWith("minute")) {
                    return seconds / 60;
                }
                if (unit.startsWith("hour")) {
                    return seconds / 3600;
                }
                if (unit.startsWith("day")) {
                    return seconds / 86400;
                }
                if (unit.startsWith("milli")) {
                    return seconds * 1000;
                }
                return seconds;
            }
        }
        try {
            return Long.parseLong(t.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\u201c" + t + "\u201d is not a whole number");
        }
    }

    /** Units short enough for the inspector's value column. */
    static String shortUnit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "seconds", "second" -> "s";
            case "milliseconds" -> "ms";
            case "minutes", "minute" -> "min";
            case "hours", "hour" -> "h";
            case "days", "day" -> "d";
            default -> unit;
        };
    }

    static String rangeText(PropertySpec spec) {
        if (spec == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (spec.min() != null || spec.max() != null) {
            sb.append(spec.min() == null ? "\u2026" : String.format(Locale.ROOT, "%,d", spec.min())).append(" \u2013 ")
                    .append(spec.max() == null ? "\u2026" : String.format(Locale.ROOT, "%,d", spec.max()));
            if (spec.unit() != null) {
                sb.append(' ').append(spec.unit());
            }
        }
        if (spec.effectiveDefault() != null || spec.onExport() != null) {
            sb.append(sb.length() > 0 ? "; " : "").append("unset: ").append(UnsetProperty.label(spec));
        }
        if (spec.type() == PropertyType.DURATION) {
            sb.append(sb.length() > 0 ? "; " : "").append("also 90s, 5m, 2h");
        }
        return sb.toString();
    }

    // ---- editors ----

    /** A text or number field; commits on Enter or when focus leaves, Escape reverts. */
    static final class TextEditor implements PropertyEditor<Object> {
        private final InspectorItem item;
        private final Consumer<String> report;
        private final boolean number;
        private final TextField field = new TextField();
        private final Node node;
        private Object shown;

        TextEditor(InspectorItem item, Consumer<String> report, boolean number) {
            this.item = item;
            this.report = report;
            this.number = number;
            field.setId("inspector-" + item.key);
            String hint = number ? rangeText(item.spec) : item.placeholder;
            field.setPromptText(item.placeholder != null ? item.placeholder : "");
            markValid(field, hint);
            field.setOnAction(e -> commit());
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit();
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    setValue(shown);
                    report.accept(null);
                }
            });
            field.textProperty().addListener((o, a, b) -> {
                if (number && field.isFocused()) {
                    check(b);
                }
            });
            if (number && item.spec != null && item.spec.unit() != null) {
                Label unit = new Label(shortUnit(item.spec.unit()));
                unit.setTooltip(new Tooltip(item.spec.unit()));
                unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                unit.getStyleClass().add("unit-label");
                HBox box = new HBox(field, unit);
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                HBox.setHgrow(field, Priority.ALWAYS);
                node = box;
            } else {
                node = field;
            }
        }

        /** Live feedback while typing a number: shown, not applied. */
        private void check(String text) {
            try {
                Object v = parseNumber(text, item.spec);
                Optional<String> problem = item.spec == null ? Optional.empty() : item.spec.check(v);
                if (problem.isPresent()) {
                    markInvalid(field, problem.get());
                } else {
                    markValid(field, rangeText(item.spec));
                }
            } catch (IllegalArgumentException e) {
                markInvalid(field, e.getMessage());
            }
        }

        private void commit() {
            String text = field.getText() == null ? "" : field.getText();
            if (text.equals(display(shown, item))) {
                markValid(field, number ? rangeText(item.spec) : null);
                return;
            }
            Object v;
            try {
                v = number ? parseNumber(text, item.spec) : (text.isEmpty() && !"name".equals(item.key) ? null : text);
            } catch (IllegalArgumentException e) {
                markInvalid(field, e.getMessage());
                report.accept(item.getName() + ": " + e.getMessage());
                return;
            }
            Optional<String> refused = item.commit(v);
            if (refused.isPresent()) {
                markInvalid(field, refused.get());
                report.accept(refused.get());
            } else {
                markValid(field, number ? rangeText(item.spec) : null);
                report.accept(null);
                shown = v;
            }
        }

        @Override
        public Node getEditor() {
            return node;
        }

        @Override
        public Object getValue() {
            return shown;
        }

        @Override
        public void setValue(Object value) {
            shown = value;
            field.setText(display(value, item));
        }
    }

    /** Enum values (and legal connection kinds); the first entry means "AWS default" (unset). */
    static final class ChoiceEditor implements PropertyEditor<Object> {
        private final InspectorItem item;
        private final ComboBox<String> box = new ComboBox<>();
        private final String unset;
        private boolean updating;

        ChoiceEditor(InspectorItem item, Consumer<String> report) {
            this.item = item;
            box.setId("inspector-" + item.key);
            box.setMaxWidth(Double.MAX_VALUE);
            unset = item.placeholder;
            if (unset != null) {
                box.getItems().add(unset);
            }
            for (String c : item.choices) {
                boolean deprecated = item.spec != null && item.spec.deprecated().contains(c);
                box.getItems().add(deprecated ? c + "  (deprecated)" : c);
            }
            box.valueProperty().addListener((o, a, b) -> {
                if (updating || b == null) {
                    return;
                }
                Object v = b.equals(unset) ? null : b.replace("  (deprecated)", "");
                Optional<String> refused = item.commit(v);
                if (refused.isPresent()) {
                    markInvalid(box, refused.get());
                    report.accept(refused.get());
                } else {
                    markValid(box, null);
                    report.accept(null);
                }
            });
        }

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.getValue();
        }

        @Override
        public void setValue(Object value) {
            updating = true;
            try {
                String v = value == null ? unset : String.valueOf(value);
                String shown = box.getItems().stream().filter(x -> x.equals(v) || x.equals(v + "  (deprecated)"))
                        .findFirst().orElse(null);
                if (shown == null && v != null) {
                    box.getItems().add(v); // a value this catalog does not list is shown, not lost
                    shown = v;
                    markInvalid(box, "\u201c" + v + "\u201d is not one of the allowed values");
                }
                box.setValue(shown);
            } finally {
                updating = false;
            }
        }
    }

    /** true / false; an unset value shows the default. */
    static final class BoolEditor implements PropertyEditor<Object> {
        private final CheckBox box = new CheckBox();
        private boolean updating;

        BoolEditor(InspectorItem item, Consumer<String> report) {
            box.setId("inspector-" + item.key);
            if (item.spec != null && item.spec.effectiveDefault() != null) {
                String reason = UnsetProperty.reason(item.spec);
                box.setTooltip(new Tooltip("unset: " + UnsetProperty.label(item.spec) + (reason.isEmpty() ? "" : "\n" + reason)));
            }
            box.selectedProperty().addListener((o, a, b) -> {
                if (!updating) {
                    item.commit(b).ifPresentOrElse(report, () -> report.accept(null));
                }
            });
            this.item = item;
        }

        private final InspectorItem item;

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.isSelected();
        }

        @Override
        public void setValue(Object value) {
            updating = true;
            try {
                Object v = value == null && item.spec != null ? item.spec.effectiveDefault() : value;
                box.setSelected(Boolean.TRUE.equals(v));
            } finally {
                updating = false;
            }
        }
    }

    /** Lists ("a, b, c") and maps ("k=v, k2=v2") on one line, with a dialog for longer ones. */
    static final class StructuredEditor implements PropertyEditor<Object> {
        private final InspectorItem item;
        private final Consumer<String> report;
        private final TextField field = new TextField();
        private final HBox node;
        private Object shown;

        StructuredEditor(InspectorItem item, Consumer<String> report) {
            this.item = item;
            this.report = report;
            field.setId("inspector-" + item.key);
            field.setPromptText(item.kind == InspectorItem.Kind.LIST ? "a, b, c" : "KEY=value, KEY2=value");
            field.setOnAction(e -> commit(field.getText()));
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit(field.getText());
                }
            });
            Button more = new Button("\u2026");
            more.getStyleClass().add("small");
            more.setTooltip(new Tooltip("Edit one entry per line"));
            more.setOnAction(e -> LinesDialog.edit(more, item.getName(), lines(shown),
                    item.kind == InspectorItem.Kind.LIST ? "One item per line" : "One KEY=value per line")
                    .ifPresent(text -> commit(String.join(", ", text.lines().filter(l -> !l.isBlank()).toList()))));
            HBox.setHgrow(field, Priority.ALWAYS);
            node = new HBox(4, field, more);
        }

        private String lines(Object v) {
            return display(v, item).replace(", ", "\n");
        }

        private void commit(String text) {
            if (text.equals(display(shown, item))) {
                return;
            }
            Object v;
            try {
                v = parse(text);
            } catch (IllegalArgumentException e) {
                markInvalid(field, e.getMessage());
                report.accept(item.getName() + ": " + e.getMessage());
                return;
            }
            Optional<String> refused = item.commit(v);
            if (refused.isPresent()) {
                markInvalid(field, refused.get());
                report.accept(refused.get());
            } else {
                markValid(field, null);
                report.accept(null);
                shown = v;
                field.setText(display(v, item));
            }
        }

        private Object parse(String text) {
            if (text.isBlank()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (String p : text.split(",")) {
                if (!p.isBlank()) {
                    parts.add(p.trim());
                }
            }
            if (item.kind == InspectorItem.Kind.LIST) {
                return parts;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (String p : parts) {
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("\u201c" + p + "\u201d is not KEY=value");
                }
                map.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            }
            return map;
        }

        @Override
        public Node getEditor() {
            return node;
        }

        @Override
        public Object getValue() {
            return shown;
        }

        @Override
        public void setValue(Object value) {
            shown = value;
            field.setText(display(value, item));
        }
    }

    /** JSON values (filter policies, state machine definitions): a compact preview and a checked editor. */
    static final class JsonEditor implements PropertyEditor<Object> {
        private final TextField preview = new TextField();
        private final HBox node;
        private Object shown;

        JsonEditor(InspectorItem item, Consumer<String> report) {
            preview.setEditable(false);
            preview.setId("inspector-" + item.key);
            preview.setPromptText("not set");
            Button edit = new Button("Edit\u2026");
            edit.getStyleClass().add("small");
            edit.setId("inspector-" + item.key + "-edit");
            edit.setOnAction(e -> JsonDialog.edit(edit, item.getName(), shown, item::commit).ifPresent(v -> {
                shown = v;
                preview.setText(v == null ? "" : toJson(v, false));
                report.accept(null);
            }));
            HBox.setHgrow(preview, Priority.ALWAYS);
            node = new HBox(4, preview, edit);
        }

        @Override
        public Node getEditor() {
            return node;
        }

        @Override
        public Object getValue() {
            return shown;
        }

        @Override
        public void setValue(Object value) {
            shown = value;
            preview.setText(value == null ? "" : toJson(value, false));
        }
    }

    static final class ReadOnlyEditor implements PropertyEditor<Object> {
        private final Label label = new Label();

        @Override
        public Node getEditor() {
            return label;
        }

        @Override
        public Object getValue() {
            return label.getText();
        }

        @Override
        public void setValue(Object value) {
            label.setText(value == null ? "" : String.valueOf(value));
        }
    }
}
