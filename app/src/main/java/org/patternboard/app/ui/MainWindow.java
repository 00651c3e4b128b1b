package org.patternboard.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.canvas.Minimap;
import org.patternboard.app.canvas.ZoomBar;
import org.patternboard.app.export.ExportActions;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.files.DocumentController;
import org.patternboard.app.files.FileDialogs;
import org.patternboard.app.files.TemplateFiles;
import org.patternboard.app.files.FxFileDialogs;
import org.patternboard.app.files.GalleryDialog;
import org.patternboard.app.files.SampleLibrary;
import org.patternboard.app.findings.FindingsView;
import org.patternboard.app.inspector.InspectorView;
import org.patternboard.app.palette.PaletteView;
import org.patternboard.app.present.PresentActions;
import org.patternboard.app.preview.CodePreview;
import org.patternboard.app.theme.Icons;
import org.patternboard.app.theme.Theme;
import org.patternboard.app.viewmodel.Arrange;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.app.viewmodel.Selection;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

/**
 * The main window: palette left, canvas centre, inspector right, findings and code preview below, pillar
 * scores in the status bar; menus, toolbar and shortcuts on top. Builds the parts and wires them together.
 */
public final class MainWindow {
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    private final Stage stage;
    private final DesignViewModel vm;
    private final DiagramCanvas canvas;
    private final Minimap minimap;
    private final PaletteView palette;
    private final InspectorView inspector;
    private final FindingsView findings;
    private final org.patternboard.app.viewmodel.CostTracker cost;
    private final org.patternboard.app.cost.CostPanel costPanel;
    private final CodePreview preview;
    private final TabPane bottom = new TabPane();
    private final DocumentController documents;
    private final ExportActions exports;
    private final org.patternboard.app.compare.CompareController compare;
    private final Actions actions;
    private final PresentActions present;
    private final Scene scene;
    private final Menu recentMenu = new Menu("Open Recent");
    private Theme theme = Theme.LIGHT;

    public MainWindow(Stage stage, Integrations integrations, AppHome home, FileDialogs dialogs, Architecture initial) {
        this.stage = stage;
        this.vm = new DesignViewModel(Catalog.standard(), integrations.blocks(), integrations.checker(), Platform::runLater,
                initial);
        this.canvas = new DiagramCanvas(vm);
        this.minimap = new Minimap(canvas);
        vm.designProperty().addListener((o, a, b) -> minimap.designChanged());
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        this.scene = new Scene(root, WIDTH, HEIGHT);
        this.actions = new Actions(vm, canvas, scene);
        this.palette = new PaletteView(vm, actions::insertAtCenter);
        this.inspector = new InspectorView(vm);
        this.findings = new FindingsView(vm, canvas::reveal);
        this.cost = new org.patternboard.app.viewmodel.CostTracker(vm);
        this.costPanel = new org.patternboard.app.cost.CostPanel(cost, id -> {
            vm.select(org.patternboard.app.viewmodel.Selection.of(id));
            canvas.reveal(java.util.Set.of(id));
        });
        inspector.addSection(new org.patternboard.app.cost.CostSection(vm, cost));
        costPanel.heatToggle().selectedProperty().addListener((o, a, on) -> showHeat());
        cost.estimateProperty().addListener((o, a, b) -> showHeat());
        List<CodePreview.Source> sources = new ArrayList<>();
        sources.add(new CodePreview.Source("cloudformation", "CloudFormation (YAML)", integrations.cloudFormationYaml()));
        sources.add(new CodePreview.Source("cdk", "CDK Java", integrations.cdkStackSource()));
        this.preview = new CodePreview(vm, sources);
        this.present = new PresentActions(stage, vm, canvas, () -> root.getStyleClass().contains("large-text"));
        FileDialogs fileDialogs = dialogs == null ? new FxFileDialogs(stage) : dialogs;
        this.documents = new DocumentController(vm, fileDialogs, home);
        this.compare = new org.patternboard.app.compare.CompareController(stage, vm, canvas, fileDialogs,
                org.patternboard.app.compare.RevisionChooser.dialog(stage), new org.patternboard.app.diff.Git());
        this.exports = new ExportActions(stage, vm, canvas, integrations.cloudFormationJson(),
                integrations.cloudFormationYaml(), integrations.cdkProject());

        root.setTop(new VBox(menuBar(), toolbar()));
        root.setCenter(center());
        StatusBar status = new StatusBar(vm, () -> bottom.getSelectionModel().select(0));
        status.showCost(cost, () -> bottom.getSelectionModel().select(bottom.getTabs().stream()
                .filter(t -> "tab-cost".equals(t.getId())).findFirst().orElse(null)));
        root.setBottom(status);
        theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, vm.dirtyProperty(), vm.fileProperty(),
                vm.designProperty()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!documents.confirmDiscard()) {
                e.consume();
            } else {
                documents.shutdown();
            }
        });
        wireFileDrop();
        canvas.setOnContextMenuRequested(e -> {
            contextMenu(canvas.worldAt(e.getX(), e.getY())).show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        refreshRecent();
        canvas.fitToContent();
    }

    private String title() {
        String name = documents == null ? "Untitled" : documents.displayName();
        return (vm.isDirty() ? "\u2022 " : "") + name + " \u2014 Patternboard";
    }

    // ---- layout ----

    private Node center() {
        Label hint = new Label("Drag components or pattern blocks here from the palette");
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.design().components().isEmpty() && vm.design().groups().isEmpty(), vm.designProperty()));
        ZoomBar zoom = new ZoomBar(canvas);
        StackPane canvasArea = new StackPane(canvas, hint, minimap, zoom);
        StackPane.setAlignment(minimap, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(zoom, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(12));
        StackPane.setMargin(zoom, new Insets(12));
        canvas.setBottomLeftOverlay(() -> minimap.isVisible()
                ? new javafx.geometry.Dimension2D(minimap.getMinWidth() + 12, minimap.getMinHeight() + 12) : null);
        canvasArea.setMinWidth(300);

        palette.setMinWidth(200);
        palette.setPrefWidth(260);
        inspector.setMinWidth(260);
        inspector.setPrefWidth(340);
        SplitPane horizontal = new SplitPane(palette, canvasArea, inspector);
        horizontal.setDividerPositions(0.165, 0.74);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);

        Tab findingsTab = new Tab("Findings", findings);
        findingsTab.setId("tab-findings");
        findingsTab.setClosable(false);
        vm.checkProperty().addListener((o, a, b) -> {
            long open = b == null ? 0 : b.findings().stream().filter(f -> !f.suppressed()).count();
            findingsTab.setText(open == 0 ? "Findings" : "Findings (" + open + ")");
        });
        bottom.getTabs().add(findingsTab);
        Tab costTab = new Tab("Cost", costPanel);
        costTab.setId("tab-cost");
        costTab.setClosable(false);
        bottom.getTabs().add(costTab);
        bottom.getTabs().addAll(preview.tabs());
        bottom.getStyleClass().add("bottom-tabs");
        bottom.setMinHeight(120);
        SplitPane vertical = new SplitPane(horizontal, bottom);
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(bottom, false);
        return vertical;
    }

    private Node toolbar() {
        Region logo = new Region();
        logo.getStyleClass().add("app-logo");
        Label title = new Label("Patternboard");
        title.getStyleClass().add("app-title");
        Button newB = tool(Icons.NEW, null, "New design (Ctrl+N)", documents::newDesign);
        Button open = tool(Icons.OPEN, null, "Open\u2026 (Ctrl+O)", documents::open);
        Button save = tool(Icons.SAVE, null, "Save (Ctrl+S)", documents::save);
        Button gallery = tool(Icons.GALLERY, "Gallery", "Open a sample or a pattern block", this::gallery);
        Button undo = tool(Icons.UNDO, null, "Undo (Ctrl+Z)", actions::undo);
        undo.setId("toolbar-undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        vm.undoTextProperty().addListener((o, a, b) -> undo.setTooltip(new Tooltip(b + " (Ctrl+Z)")));
        Button redo = tool(Icons.REDO, null, "Redo (Ctrl+Shift+Z)", actions::redo);
        redo.setId("toolbar-redo");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        vm.redoTextProperty().addListener((o, a, b) -> redo.setTooltip(new Tooltip(b + " (Ctrl+Shift+Z)")));
        Button delete = tool(Icons.DELETE, null, "Delete (Del)", vm::deleteSelection);
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selection().isEmpty(), vm.selectionProperty()));
        Button note = tool(Icons.NOTE, "Note", "Add a note", () -> actions.addNote(null));
        Button frame = tool(Icons.FRAME, "Frame", "Put the selection in a frame (Ctrl+G)", actions::groupSelection);
        MenuButton align = new MenuButton("Arrange", Icons.of(Icons.ALIGN));
        align.setFocusTraversable(false);
        align.getItems().addAll(arrangeItems());
        Button layout = tool(Icons.LAYOUT, "Auto-layout", "Lay out the selection, or the whole design (Ctrl+L)",
                () -> actions.autoLayout(vm.selection().size() >= 2));
        layout.setId("toolbar-layout");
        Button fit = tool(Icons.FIT, null, "Fit the design (Ctrl+0)", canvas::fitToContent);
        MenuButton export = new MenuButton("Export", Icons.of(Icons.EXPORT));
        export.setFocusTraversable(false);
        export.getItems().addAll(exportItems());
        Button themeButton = tool(Icons.THEME, null, "Light / dark theme", this::toggleTheme);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(logo, title, newB, open, save, gallery, new Separator(javafx.geometry.Orientation.VERTICAL),
                undo, redo, delete, new Separator(javafx.geometry.Orientation.VERTICAL), note, frame, align, layout, fit,
                spacer, export, themeButton);
        bar.getStyleClass().add("app-toolbar");
        return bar;
    }

    private static Button tool(String icon, String text, String tip, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    // ---- menus ----

    /** File › Save to Template: enabled for designs imported from a template. */
    private MenuItem saveToTemplate(Menu file) {
        MenuItem m = item("Save to Template", "Shortcut+Alt+S", documents::saveToTemplate);
        m.setId("menu-save-to-template");
        file.setOnShowing(e -> m.setDisable(!documents.isImported()));
        return m;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("New", "Shortcut+N", documents::newDesign),
                item("Open\u2026", "Shortcut+O", documents::open),
                recentMenu,
                item("Gallery\u2026", "Shortcut+Shift+G", this::gallery),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", documents::save),
                item("Save As\u2026", "Shortcut+Shift+S", documents::saveAs),
                saveToTemplate(file),
                new SeparatorMenuItem(),
                compareMenu(),
                exportMenu(),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> {
                    if (documents.confirmDiscard()) {
                        documents.shutdown();
                        stage.close();
                    }
                }));
        MenuItem undo = item("Undo", "Shortcut+Z", actions::undo);
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", actions::redo);
        redo.textProperty().bind(vm.redoTextProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Menu edit = new Menu("Edit");
        MenuItem delete = item("Delete", null, actions::delete);
        delete.setAccelerator(null); // the canvas handles Delete itself, text fields keep it
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", actions::cut), item("Copy", "Shortcut+C", actions::copy),
                item("Paste", "Shortcut+V", actions::paste), item("Duplicate", "Shortcut+D", actions::duplicate),
                delete, new SeparatorMenuItem(), item("Select All", "Shortcut+A", actions::selectAll),
                new SeparatorMenuItem(), item("Add Note", null, () -> actions.addNote(null)),
                item("Put in Frame", "Shortcut+G", actions::groupSelection),
                item("Remove Frame", "Shortcut+Shift+U", actions::ungroupSelection),
                item("Collapse / Expand Frame", "Shortcut+E", actions::toggleCollapse));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), actions::redo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), this::focusSearch);
        // "/" searches as in many tools, unless the user is typing text somewhere
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if ("/".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                focusSearch();
                e.consume();
            }
        });
        Menu arrange = new Menu("Arrange");
        arrange.getItems().addAll(arrangeItems());
        Menu view = new Menu("View");
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        CheckMenuItem grid = new CheckMenuItem("Show Grid");
        grid.selectedProperty().bindBidirectional(canvas.showGridProperty());
        CheckMenuItem map = new CheckMenuItem("Minimap");
        map.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+M"));
        map.setId("menu-minimap");
        map.setSelected(true);
        minimap.visibleProperty().bind(map.selectedProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setOnAction(e -> setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        CheckMenuItem large = new CheckMenuItem("Large Text (projector)");
        large.setOnAction(e -> {
            if (large.isSelected()) {
                scene.getRoot().getStyleClass().add("large-text");
            } else {
                scene.getRoot().getStyleClass().remove("large-text");
            }
        });
        view.getItems().addAll(item("Zoom In", "Shortcut+EQUALS", () -> canvas.zoomBy(1.25)),
                item("Zoom Out", "Shortcut+MINUS", () -> canvas.zoomBy(1 / 1.25)),
                item("Actual Size", "Shortcut+1", () -> canvas.zoomTo(1)),
                item("Fit Design", "Shortcut+0", canvas::fitToContent),
                item("Show Selection", "Shortcut+2", () -> canvas.reveal(vm.selection().ids())),
                new SeparatorMenuItem(), snap, grid, map, new SeparatorMenuItem(), dark, large, new SeparatorMenuItem(),
                presentItem("Present", "F5", "menu-present", present::present),
                presentItem("Story\u2026", null, "menu-story", present::showStory));
        Menu help = new Menu("Help");
        help.getItems().addAll(item("Keyboard Shortcuts", "F1", this::shortcuts),
                item("Welcome", null, this::welcome),
                item("About Patternboard", null, this::about));
        MenuBar bar = new MenuBar(file, edit, arrange, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** File › Compare with: a file, or a git revision of the open file. */
    private Menu compareMenu() {
        Menu m = new Menu("Compare with\u2026");
        m.setId("menu-compare");
        MenuItem withFile = item("File\u2026", null, compare::compareWithFile);
        withFile.setId("menu-compare-file");
        MenuItem withRevision = item("Git Revision\u2026", null, compare::compareWithRevision);
        withRevision.setId("menu-compare-revision");
        m.getItems().addAll(withFile, withRevision);
        return m;
    }

    private Menu exportMenu() {
        Menu export = new Menu("Export");
        export.getItems().addAll(exportItems());
        return export;
    }

    private List<MenuItem> exportItems() {
        MenuItem json = item("CloudFormation (JSON)\u2026", null, () -> exports.exportCloudFormation(false));
        MenuItem yaml = item("CloudFormation (YAML)\u2026", null, () -> exports.exportCloudFormation(true));
        json.setDisable(!exports.hasCloudFormation());
        yaml.setDisable(!exports.hasCloudFormation());
        MenuItem cdk = item("CDK Java Project\u2026", null, exports::exportCdk);
        cdk.setDisable(!exports.hasCdk());
        MenuItem drawio = item("Diagram as draw.io\u2026", null, exports::exportDrawio);
        drawio.setId("menu-export-drawio");
        return List.of(json, yaml, cdk, new SeparatorMenuItem(), item("Diagram as PNG\u2026", null, exports::exportPng),
                item("Diagram as SVG\u2026", null, exports::exportSvg), drawio, new SeparatorMenuItem(),
                org.patternboard.app.export.ReportExport.menuItem(stage, vm));
    }

    private List<MenuItem> arrangeItems() {
        return List.of(item("Align Left", null, () -> actions.align(Arrange.Align.LEFT)),
                item("Align Centre", null, () -> actions.align(Arrange.Align.CENTER)),
                item("Align Right", null, () -> actions.align(Arrange.Align.RIGHT)),
                item("Align Top", null, () -> actions.align(Arrange.Align.TOP)),
                item("Align Middle", null, () -> actions.align(Arrange.Align.MIDDLE)),
                item("Align Bottom", null, () -> actions.align(Arrange.Align.BOTTOM)),
                new SeparatorMenuItem(),
                item("Distribute Horizontally", null, () -> actions.distribute(true)),
                item("Distribute Vertically", null, () -> actions.distribute(false)),
                new SeparatorMenuItem(),
                item("Auto-layout Selection", "Shortcut+Shift+L", () -> actions.autoLayout(true)),
                item("Auto-layout Design", "Shortcut+L", () -> actions.autoLayout(false)));
    }

    private static MenuItem presentItem(String text, String accelerator, String id, Runnable action) {
        MenuItem i = item(text, accelerator, action);
        i.setId(id);
        return i;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private ContextMenu contextMenu(Point2D world) {
        ContextMenu menu = new ContextMenu();
        Selection s = vm.selection();
        Architecture a = vm.design();
        if (!s.isEmpty()) {
            menu.getItems().addAll(item("Cut", null, actions::cut), item("Copy", null, actions::copy),
                    item("Duplicate", null, actions::duplicate), item("Delete", null, vm::deleteSelection),
                    new SeparatorMenuItem());
            if (s.size() >= 2) {
                Menu arrange = new Menu("Arrange");
                arrange.getItems().addAll(arrangeItems());
                menu.getItems().add(arrange);
            }
            menu.getItems().add(item("Put in Frame", null, actions::groupSelection));
            String single = s.single();
            if (single != null && a.group(single).isPresent()) {
                boolean collapsed = a.group(single).get().collapsed();
                menu.getItems().addAll(item(collapsed ? "Expand Frame" : "Collapse Frame", null, actions::toggleCollapse),
                        item("Remove Frame (keep contents)", null, actions::ungroupSelection));
            }
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(item("Paste Here", null, () -> actions.pasteAt(world)),
                item("Add Note Here", null, () -> actions.addNote(world)), new SeparatorMenuItem(),
                item("Auto-layout Design", null, () -> actions.autoLayout(false)),
                item("Select All", null, vm::selectAll), item("Fit Design", null, canvas::fitToContent));
        return menu;
    }

    // ---- files ----

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : documents.recent().list()) {
            MenuItem i = new MenuItem(p.getFileName() + "   \u2014 " + (p.getParent() == null ? "" : p.getParent()));
            i.setOnAction(e -> {
                documents.open(p);
                refreshRecent();
            });
            recentMenu.getItems().add(i);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent designs");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().addAll(new SeparatorMenuItem(), item("Clear Recent", null, () -> {
                documents.recent().clear();
                refreshRecent();
            }));
        }
        recentMenu.setOnShowing(e -> refreshRecentLater());
    }

    private void refreshRecentLater() {
        Platform.runLater(this::refreshRecent);
    }

    private void gallery() {
        Optional<Architecture> chosen = GalleryDialog.show(stage, SampleLibrary.samples(),
                vm.blocks() == null ? List.of() : vm.blocks().blocks());
        chosen.ifPresent(a -> {
            documents.openUntitled(a);
            canvas.fitToContent();
        });
    }

    /** Dropping a design, or a CloudFormation/SAM template (imported), on the window opens it. */
    private void wireFileDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> TemplateFiles.isDesignOrTemplate(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean done = false;
            for (java.io.File f : e.getDragboard().getFiles()) {
                if (TemplateFiles.isDesignOrTemplate(f.toPath())) {
                    done = documents.open(f.toPath());
                    if (done) {
                        canvas.fitToContent();
                        refreshRecent();
                    }
                    break;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    // ---- look ----

    private void toggleTheme() {
        setTheme(theme == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    public void setTheme(Theme t) {
        theme = t;
        t.apply(scene);
        canvas.refreshColors();
        minimap.designChanged();
    }

    /** Ctrl+F and "/": the palette's search, text selected so typing replaces the last search. */
    void focusSearch() {
        palette.searchField().requestFocus();
        palette.searchField().selectAll();
    }

    /** The heat overlay follows the estimate while it is on. */
    private void showHeat() {
        if (!costPanel.heatToggle().isSelected()) {
            canvas.showHeat(java.util.Map.of(), java.util.Map.of());
            return;
        }
        var e = cost.estimate();
        double max = e.components().stream().filter(c -> c.priced() && !Double.isNaN(c.monthly()))
                .mapToDouble(c -> c.monthly()).max().orElse(0);
        java.util.Map<String, Double> shares = new java.util.HashMap<>();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (var c : e.components()) {
            if (c.priced() && !Double.isNaN(c.monthly()) && c.monthly() > 0) {
                shares.put(c.id(), max <= 0 ? 0 : c.monthly() / max);
                labels.put(c.id(), org.patternboard.app.viewmodel.CostTracker.money(c.monthly()) + "/mo");
            }
        }
        canvas.showHeat(shares, labels);
    }

    /** The cost of the open design, kept current on every edit. */
    public org.patternboard.app.viewmodel.CostTracker cost() {
        return cost;
    }

    /** The welcome view: on a first start (nothing to reopen) and from Help › Welcome. */
    public void welcome() {
        WelcomeView.create(stage, documents.recent().list(), new WelcomeView.Actions(documents::newDesign,
                documents::open, documents::open, this::gallery, file -> {
                    if (documents.open(file)) {
                        canvas.fitToContent();
                    }
                }), scene.getStylesheets()).show();
    }

    /** Help › About: the same lines as {@code patternboard --version}. */
    private void about() {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About Patternboard");
        java.util.List<String> lines = org.patternboard.app.cli.Versions.lines();
        a.setHeaderText(lines.get(0));
        a.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        a.setContentText(String.join("\n", lines.subList(1, lines.size())));
        a.show();
    }

    private void shortcuts() {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard and mouse");
        a.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        a.setContentText(String.join("\n",
                "Drag from the palette \u2014 add a component or a pattern block",
                "Drag a card's \u2295 handle to another card \u2014 connect (legal kinds only)",
                "Click, Shift+click, drag on empty canvas \u2014 select; Ctrl+A \u2014 select all",
                "Delete \u2014 delete; Ctrl+C / X / V / D \u2014 copy, cut, paste, duplicate",
                "Ctrl+Z / Ctrl+Shift+Z \u2014 undo / redo",
                "Arrows (Shift: 20 px) \u2014 nudge the selection",
                "Wheel \u2014 scroll; Ctrl+wheel \u2014 zoom; Space+drag or middle drag \u2014 pan",
                "Ctrl+0 \u2014 fit; Ctrl+1 \u2014 100 %; Ctrl+M \u2014 minimap; Ctrl+L \u2014 auto-layout",
                "Ctrl+F or / \u2014 search the palette (Esc clears it)",
                "F5 \u2014 present; Esc \u2014 leave the presentation",
                "Alt while dragging \u2014 ignore the grid"));
        a.showAndWait();
    }

    // ---- access for the app, the screenshot mode and tests ----

    public Scene scene() {
        return scene;
    }

    public DesignViewModel viewModel() {
        return vm;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public DocumentController documents() {
        return documents;
    }

    public ExportActions exports() {
        return exports;
    }

    public FindingsView findings() {
        return findings;
    }

    public CodePreview preview() {
        return preview;
    }

    public TabPane bottomTabs() {
        return bottom;
    }

    public PaletteView palette() {
        return palette;
    }

    public PresentActions presenter() {
        return present;
    }

    Actions actions() {
        return actions;
    }

    /** Runs an action by name (tests drive the same code the menus run). */
    public void run(String action) {
        switch (action) {
            case "copy" -> actions.copy();
            case "cut" -> actions.cut();
            case "paste" -> actions.paste();
            case "duplicate" -> actions.duplicate();
            case "undo" -> actions.undo();
            case "redo" -> actions.redo();
            case "selectAll" -> actions.selectAll();
            case "layout" -> actions.autoLayout(false);
            default -> throw new IllegalArgumentException(action);
        }
    }
}
