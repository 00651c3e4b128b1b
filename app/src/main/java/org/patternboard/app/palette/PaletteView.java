package org.patternboard.app.palette;

import java.util.HashSet;
import java.util.Set;
import org.patternboard.model.catalog.schema.ResourceSchema;
import org.patternboard.model.catalog.schema.ResourceSchemas;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.patternboard.app.viewmodel.BlockInfo;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.model.catalog.Category;
import org.patternboard.model.catalog.ComponentType;

/**
 * The palette: a search box, the component types by category, and the pattern blocks with their summaries.
 * Items are dragged onto the canvas (a full press-drag-release gesture inside the window, which also works
 * headless) or double-clicked to insert them at the centre of the view.
 */
public final class PaletteView extends VBox {
    private static final List<Category> ORDER = List.of(Category.Compute, Category.Integration, Category.Networking,
            Category.Database, Category.Storage, Category.Security, Category.Observability, Category.Analytics,
            Category.Frontend, Category.Media, Category.ML, Category.External, Category.Generic);

    private final DesignViewModel vm;
    private final Consumer<String> insertAtCenter;
    private static final int SCHEMA_RESULTS = 12;
    private final TextField search = new TextField();
    private final VBox content = new VBox();

    /** @param insertAtCenter inserts an item ("type:<id>" or "block:<id>") at the centre of the view */
    public PaletteView(DesignViewModel vm, Consumer<String> insertAtCenter) {
        this.vm = vm;
        this.insertAtCenter = insertAtCenter;
        getStyleClass().addAll("palette", "side-panel");
        Label title = new Label("COMPONENTS & BLOCKS");
        title.getStyleClass().add("panel-title");
        search.setPromptText("Search the palette");
        search.getStyleClass().add("search-field");
        search.setId("palette-search");
        search.textProperty().addListener((o, a, b) -> rebuild());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        VBox.setMargin(search, new javafx.geometry.Insets(0, 10, 6, 10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content.setPadding(new javafx.geometry.Insets(0, 6, 12, 6));
        getChildren().addAll(title, search, scroll);
        rebuild();
    }

    public TextField searchField() {
        return search;
    }

    private void rebuild() {
        String q = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        Map<Category, List<ComponentType>> byCategory = new EnumMap<>(Category.class);
        for (ComponentType t : vm.catalog().types()) {
            if (matches(q, t.name(), t.id(), t.category().name(), t.description())) {
                byCategory.computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Node> nodes = new ArrayList<>();
        List<BlockInfo> blocks = vm.blocks() == null ? List.of() : vm.blocks().blocks().stream()
                .filter(b -> matches(q, b.name(), b.id(), b.summary())).toList();
        for (Category c : ORDER) {
            List<ComponentType> types = byCategory.get(c);
            if (types == null) {
                continue;
            }
            types.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            nodes.add(section(c.name().toUpperCase(Locale.ROOT)));
            for (ComponentType t : types) {
                nodes.add(typeItem(t));
            }
        }
        // Components first: their rows are short, so a search like "SQS" shows the queue without scrolling
        // past the (tall) block cards that mention it.
        addBlocks(nodes, blocks);
        addSchemaTypes(nodes, q);
        if (nodes.isEmpty()) {
            Label none = new Label("Nothing matches \u201c" + search.getText() + "\u201d");
            none.getStyleClass().add("placeholder");
            nodes.add(none);
        }
        content.getChildren().setAll(nodes);
    }

    private void addBlocks(List<Node> nodes, List<BlockInfo> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        nodes.add(section("PATTERN BLOCKS"));
        for (BlockInfo b : blocks) {
            nodes.add(blockItem(b));
        }
    }

    /**
     * Every other CloudFormation type that matches a search of two or more letters, as a generic card: the
     * curated types above cover the common ones with real properties, these cover the rest.
     */
    private void addSchemaTypes(List<Node> nodes, String q) {
        if (q.length() < 2) {
            return;
        }
        Set<String> curated = new HashSet<>();
        vm.catalog().mappings().forEach(m -> curated.add(m.resourceType()));
        List<ResourceSchema> found = ResourceSchemas.standard().search(q, SCHEMA_RESULTS + curated.size()).stream()
                .filter(s -> !curated.contains(s.typeName())).limit(SCHEMA_RESULTS).toList();
        if (found.isEmpty()) {
            return;
        }
        nodes.add(section("CLOUDFORMATION TYPES"));
        for (ResourceSchema s : found) {
            nodes.add(schemaItem(s));
        }
    }

    private Node schemaItem(ResourceSchema s) {
        Label name = new Label(s.typeName());
        name.getStyleClass().add("item-name");
        Category category = ResourceSchemas.standard().categoryOf(s.typeName());
        HBox item = new HBox(new GlyphBadge(ComponentType.GENERIC_ID, s.typeName(), category, 26), name);
        item.getStyleClass().add("palette-item");
        item.setId("palette-cfn-" + s.typeName().replace("::", "-"));
        Tooltip tip = new Tooltip(s.typeName() + "\n" + (s.description() == null ? "" : s.description())
                + "\n\nA generic card with the type's properties from its CloudFormation schema.");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(item, tip);
        wire(item, "cfn:" + s.typeName());
        return item;
    }

    private static boolean matches(String q, String... fields) {
        if (q.isEmpty()) {
            return true;
        }
        for (String f : fields) {
            if (f != null && f.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("palette-section-title");
        return l;
    }

    private Node typeItem(ComponentType t) {
        Label name = new Label(t.name());
        name.getStyleClass().add("item-name");
        HBox item = new HBox(new GlyphBadge(t.id(), t.cloudFormationType(), t.category(), 26), name);
        item.getStyleClass().add("palette-item");
        item.setId("palette-" + t.id().replace('.', '-'));
        Tooltip.install(item, new Tooltip(t.name() + "\n" + t.id() + "\n\n" + t.description()));
        wire(item, "type:" + t.id());
        return item;
    }

    private Node blockItem(BlockInfo b) {
        Label name = new Label(b.name());
        name.getStyleClass().add("item-name");
        Label summary = new Label(shorten(b.summary(), 140));
        summary.getStyleClass().add("item-detail");
        summary.setWrapText(true);
        summary.setMaxWidth(210);
        VBox text = new VBox(2, name, summary);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox item = new HBox(GlyphBadge.block(26), text);
        item.getStyleClass().addAll("palette-item", "block-item");
        item.setId("palette-block-" + b.id());
        Tooltip tip = new Tooltip(b.name() + "\n\n" + b.summary());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(item, tip);
        wire(item, "block:" + b.id());
        return item;
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, s.lastIndexOf(' ', max) > 0 ? s.lastIndexOf(' ', max) : max) + "\u2026";
    }

    private void wire(Node item, String payload) {
        item.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.paletteDragProperty().set(payload);
                item.startFullDrag();
                item.getScene().setCursor(Cursor.CLOSED_HAND);
                e.consume();
            }
        });
        item.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (item.getScene() != null) {
                item.getScene().setCursor(Cursor.DEFAULT);
            }
            // The drop target reads the payload first; clear it afterwards (a drop elsewhere does nothing).
            Platform.runLater(() -> vm.paletteDragProperty().set(null));
        });
        item.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                insertAtCenter.accept(payload);
                e.consume();
            }
        });
        // Keyboard users: Tab to an item, Enter inserts it.
        item.setFocusTraversable(true);
        item.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                insertAtCenter.accept(payload);
                e.consume();
            }
        });
    }
}
