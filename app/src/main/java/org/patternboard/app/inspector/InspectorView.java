package org.patternboard.app.inspector;

import java.util.LinkedHashMap;
import java.util.Map;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.catalog.schema.ResourceSchema;
import org.patternboard.model.catalog.schema.ResourceSchemas;
import org.patternboard.model.catalog.schema.SchemaPropertySpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.patternboard.app.palette.GlyphBadge;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.model.catalog.Category;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.UnsetProperty;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;

/**
 * The inspector: a ControlsFX {@link PropertySheet} for the selected component, connection, frame or note
 * (or the design itself when nothing is selected), with an editor per property type. Edits go through the
 * view-model; refused values stay visible with their reason and change nothing.
 */
public final class InspectorView extends VBox {
    private final DesignViewModel vm;
    private final PropertySheet sheet = new PropertySheet();
    private final HBox header = new HBox();
    private final Label error = new Label();
    private final Button rawJson = new Button("Edit all properties as JSON\u2026");
    private Object subject;
    private boolean subjectIsDesign;

    public InspectorView(DesignViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("inspector", "side-panel");
        Label title = new Label("INSPECTOR");
        title.getStyleClass().add("panel-title");
        header.getStyleClass().add("inspector-header");
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> Editors.create((InspectorItem) item, this::report));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        error.getStyleClass().add("error-text");
        error.setId("inspector-error");
        error.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        error.setManaged(false);
        error.setVisible(false);
        rawJson.setId("inspector-raw-json");
        rawJson.setMaxWidth(Double.MAX_VALUE);
        VBox.setMargin(rawJson, new javafx.geometry.Insets(6, 12, 12, 12));
        rawJson.setOnAction(e -> editRawJson());
        getChildren().addAll(title, header, error, sheet, rawJson);
        vm.selectionProperty().addListener((o, a, b) -> refresh(false));
        vm.designProperty().addListener((o, a, b) -> refresh(false));
        refresh(true);
    }

    /** Adds a part below the property sheet (the cost of the selected component). */
    public void addSection(Node section) {
        getChildren().add(getChildren().indexOf(rawJson), section);
    }

    private void report(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
    }

    /** Rebuilds the sheet when the inspected element changed (not on unrelated edits, so typing is not disturbed). */
    private void refresh(boolean force) {
        Architecture a = vm.design();
        String id = vm.selection().single();
        Object next;
        boolean design = false;
        if (id == null) {
            next = vm.selection().isEmpty() ? List.of(a.name(), a.description()) : vm.selection();
            design = vm.selection().isEmpty();
        } else {
            next = a.component(id).map(Object.class::cast)
                    .or(() -> a.connection(id).map(Object.class::cast))
                    .or(() -> a.group(id).map(Object.class::cast))
                    .or(() -> a.note(id).map(Object.class::cast))
                    .orElse(null);
        }
        if (!force && Objects.equals(next, subject) && design == subjectIsDesign) {
            return;
        }
        String focusedKey = focusedItemKey();
        subject = next;
        subjectIsDesign = design;
        report(null);
        List<InspectorItem> items = new ArrayList<>();
        rawJson.setVisible(false);
        rawJson.setManaged(false);
        if (next instanceof Component c) {
            componentItems(c, items);
            rawJson.setVisible(true);
            rawJson.setManaged(true);
        } else if (next instanceof Connection c) {
            connectionItems(c, items);
        } else if (next instanceof Group g) {
            groupItems(g, items);
        } else if (next instanceof Note n) {
            header(null, "Note", n.id());
            items.add(text("text", "Text", "", "The note's text", () -> currentNote(n.id()).map(Note::text).orElse(""),
                    v -> edit(x -> vm.edits().rename(x, n.id(), v == null ? "" : v.toString()))));
        } else if (design) {
            header(null, a.name().isBlank() ? "Untitled design" : a.name(),
                    a.components().size() + " components \u00b7 " + a.connections().size() + " connections");
            items.add(text("designName", "Design name", "", "Shown in the title bar and the exports",
                    () -> vm.design().name(), v -> edit(x -> vm.edits().renameDesign(x, v == null ? "" : v.toString(), x.description()))));
            items.add(text("designDescription", "Description", "", "What this design is for",
                    () -> vm.design().description(), v -> edit(x -> vm.edits().renameDesign(x, x.name(), v == null ? "" : v.toString()))));
        } else {
            header(null, vm.selection().size() + " items selected", "Select one element to edit its properties");
        }
        sheet.getItems().setAll(items);
        if (focusedKey != null) {
            Platform.runLater(() -> {
                Node n = lookup("#inspector-" + focusedKey);
                if (n != null) {
                    n.requestFocus();
                }
            });
        }
    }

    private String focusedItemKey() {
        if (getScene() == null || getScene().getFocusOwner() == null) {
            return null;
        }
        String nodeId = getScene().getFocusOwner().getId();
        return nodeId != null && nodeId.startsWith("inspector-") && isAncestorOf(getScene().getFocusOwner())
                ? nodeId.substring("inspector-".length()) : null;
    }

    private boolean isAncestorOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    private void header(Node badge, String title, String subtitle) {
        Label t = new Label(title);
        t.getStyleClass().add("title");
        t.setId("inspector-title");
        t.setWrapText(true);
        Label s = new Label(subtitle);
        s.getStyleClass().add("subtitle");
        s.setWrapText(true);
        VBox text = new VBox(2, t, s);
        header.getChildren().setAll(badge == null ? List.of(text) : List.of(badge, text));
    }

    // ---- components ----

    private void componentItems(Component c, List<InspectorItem> items) {
        Optional<ComponentType> type = vm.catalog().type(c.type());
        Category category = type.map(ComponentType::category).orElse(Category.Generic);
        category = DiagramScene.categoryOf(c, type.orElse(null));
        String typeName = ComponentType.GENERIC_ID.equals(c.type()) && c.property("resourceType") instanceof String t ? t
                : type.map(ComponentType::name).orElse(c.type());
        String iconType = c.property("resourceType") instanceof String rt ? rt : type.map(ComponentType::cloudFormationType).orElse(null);
        header(new GlyphBadge(c.type(), iconType, category, 36), c.name(), typeName + " \u00b7 " + c.id());
        String id = c.id();
        items.add(text("name", "Name", "General", "The component's name in diagrams and exports",
                () -> current(id).map(Component::name).orElse(""),
                v -> edit(a -> vm.edits().rename(a, id, v == null ? "" : v.toString()))));
        items.add(readOnly("type", "Type", c.type()));
        if (type.isEmpty()) {
            items.add(readOnly("unknown", "Note", "This catalog does not know the type; its properties are kept as they are."));
            return;
        }
        for (PropertySpec spec : type.get().properties()) {
            items.add(property(spec, () -> current(id).map(x -> x.property(spec.id())).orElse(null),
                    v -> edit(a -> vm.edits().setProperty(a, id, spec.id(), v))));
        }
        if (ComponentType.GENERIC_ID.equals(c.type()) && c.property("resourceType") instanceof String cfnType) {
            ResourceSchemas.standard().type(cfnType).ifPresent(schema -> schemaItems(id, schema, items));
        }
    }

    /** A generic card's CloudFormation properties, one typed field each, from its type's schema. */
    private void schemaItems(String id, ResourceSchema schema, List<InspectorItem> items) {
        for (PropertySpec spec : SchemaPropertySpecs.of(schema)) {
            InspectorItem item = property(spec, () -> cfnProperties(id).get(spec.id()), v -> edit(a -> {
                Map<String, Object> next = new LinkedHashMap<>(cfnProperties(id));
                if (v == null) {
                    next.remove(spec.id());
                } else {
                    next.put(spec.id(), v);
                }
                return vm.edits().setProperty(a, id, "cfnProperties", next);
            }));
            items.add(item.inCategory("CloudFormation properties", "cfn-" + spec.id()));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> cfnProperties(String id) {
        Object p = current(id).map(x -> x.property("cfnProperties")).orElse(null);
        return p instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private Optional<Component> current(String id) {
        return vm.design().component(id);
    }

    private Optional<Note> currentNote(String id) {
        return vm.design().note(id);
    }

    /** The item for a catalog property, with the editor its type calls for. */
    private InspectorItem property(PropertySpec spec, java.util.function.Supplier<Object> value,
            Function<Object, Optional<String>> apply) {
        String name = Labels.of(spec.id()) + (spec.required() ? " *" : "");
        String reason = UnsetProperty.reason(spec);
        String description = spec.description() + (spec.deprecated().isEmpty() ? "" : "\nDeprecated: "
                + String.join(", ", spec.deprecated()))
                + (reason.isEmpty() ? "" : "\nUnset: " + UnsetProperty.label(spec) + ". " + reason);
        // one text for an unset property, from the model: the same default the rules and the exports use
        String placeholder = UnsetProperty.label(spec);
        InspectorItem.Kind kind = switch (spec.type()) {
            case INT, DURATION, SIZE -> InspectorItem.Kind.NUMBER;
            case ENUM -> InspectorItem.Kind.CHOICE;
            case BOOL -> InspectorItem.Kind.BOOL;
            case LIST -> InspectorItem.Kind.LIST;
            case MAP -> InspectorItem.Kind.MAP;
            case JSON -> InspectorItem.Kind.JSON;
            default -> InspectorItem.Kind.TEXT;
        };
        return new InspectorItem(spec.id(), name, "Properties", description, kind, spec, spec.values(), placeholder, value,
                apply);
    }

    // ---- connections ----

    private void connectionItems(Connection c, List<InspectorItem> items) {
        Architecture a = vm.design();
        String fromType = a.component(c.from()).map(Component::type).orElse("?");
        String toType = a.component(c.to()).map(Component::type).orElse("?");
        String fromName = a.component(c.from()).map(Component::name).orElse(c.from());
        String toName = a.component(c.to()).map(Component::name).orElse(c.to());
        header(null, fromName + " \u2192 " + toName, c.kind().id() + " \u00b7 " + c.id());
        String id = c.id();
        List<String> legal = vm.catalog().legalKinds(fromType, toType).stream().map(ConnectionKind::id).toList();
        items.add(new InspectorItem("kind", "Kind", "General",
                vm.catalog().kind(c.kind()).map(k -> k.description()).orElse(""), InspectorItem.Kind.CHOICE, null,
                legal, null, () -> vm.design().connection(id).map(x -> x.kind().id()).orElse(null),
                v -> edit(x -> vm.edits().changeKind(x, id, ConnectionKind.fromId(v.toString())))));
        items.add(readOnly("from", "From", fromName));
        items.add(readOnly("to", "To", toName));
        for (PropertySpec spec : vm.catalog().connectionProperties(fromType, c.kind(), toType)) {
            items.add(property(spec, () -> vm.design().connection(id).map(x -> x.property(spec.id())).orElse(null),
                    v -> edit(x -> vm.edits().setConnectionProperty(x, id, spec.id(), v))));
        }
    }

    // ---- groups ----

    private void groupItems(Group g, List<InspectorItem> items) {
        header(GlyphBadge.block(36), g.label().isBlank() ? g.kind().id() : g.label(),
                g.kind().id() + " frame \u00b7 " + vm.design().childrenOf(g.id()).size() + " items"
                        + (g.pattern() == null ? "" : " \u00b7 block " + g.pattern()));
        String id = g.id();
        items.add(text("label", "Label", "General", "The frame's title",
                () -> vm.design().group(id).map(Group::label).orElse(""),
                v -> edit(a -> vm.edits().rename(a, id, v == null ? "" : v.toString()))));
        items.add(readOnly("groupKind", "Kind", g.kind().id()));
        items.add(new InspectorItem("collapsed", "Collapsed", "General", "Show the frame as one compact box",
                InspectorItem.Kind.BOOL, null, null, null, () -> vm.design().group(id).map(Group::collapsed).orElse(false),
                v -> edit(a -> vm.edits().setCollapsed(a, id, Boolean.TRUE.equals(v)))));
        if (g.pattern() != null) {
            items.add(readOnly("pattern", "Pattern block", g.pattern()));
        }
    }

    // ---- helpers ----

    private static InspectorItem text(String key, String name, String category, String description,
            java.util.function.Supplier<Object> value, Function<Object, Optional<String>> apply) {
        return new InspectorItem(key, name, category, description, InspectorItem.Kind.TEXT, null, null, null, value, apply);
    }

    private static InspectorItem readOnly(String key, String name, String value) {
        return new InspectorItem(key, name, "General", "", InspectorItem.Kind.READ_ONLY, null, null, null, () -> value,
                v -> Optional.of("read-only"));
    }

    /** Builds and applies an edit; the reason when it is refused. */
    private Optional<String> edit(Function<Architecture, Edit> build) {
        try {
            Edit e = build.apply(vm.design());
            vm.apply(e);
            vm.closeMerge();
            return Optional.empty();
        } catch (EditException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The raw-properties JSON editor: every property at once, checked like the single editors. */
    private void editRawJson() {
        if (!(subject instanceof Component c)) {
            return;
        }
        JsonDialog.edit(rawJson, c.name() + " properties", new TreeMap<>(c.properties()), value -> {
            if (!(value instanceof Map<?, ?> map)) {
                return Optional.of("The properties must be a JSON object");
            }
            return edit(a -> {
                Component now = a.component(c.id()).orElseThrow(() -> new EditException("the component is gone"));
                List<Edit> steps = new ArrayList<>();
                Architecture step = a;
                java.util.Set<String> keys = new java.util.TreeSet<>(now.properties().keySet());
                map.keySet().forEach(k -> keys.add(String.valueOf(k)));
                for (String key : keys) {
                    Object v = map.get(key);
                    if (!Objects.equals(frozen(v), now.properties().get(key))) {
                        Edit e = vm.edits().setProperty(step, c.id(), key, v);
                        steps.add(e);
                        step = e.apply(step);
                    }
                }
                if (steps.isEmpty()) {
                    throw new EditException("No property changed");
                }
                return new CompoundEdit("Edit properties of " + now.name(), steps);
            }).filter(m -> !m.equals("No property changed"));
        });
    }

    private static Object frozen(Object v) {
        return org.patternboard.model.design.Values.freeze(v);
    }
}
