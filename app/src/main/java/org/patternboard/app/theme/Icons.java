package org.patternboard.app.theme;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/** Toolbar icons: our own line drawings (SVG path data in a 24x24 box), stroked in the text colour. */
public final class Icons {
    public static final String NEW = "M6 3h8l4 4v14H6zM14 3v4h4M12 11v6M9 14h6";
    public static final String OPEN = "M3 7h6l2 2h10v10H3zM3 7v12";
    public static final String SAVE = "M5 4h11l3 3v13H5zM8 4v5h7V4M8 20v-6h8v6";
    public static final String UNDO = "M9 7L5 11l4 4M5 11h9a5 5 0 0 1 0 10h-2";
    public static final String REDO = "M15 7l4 4-4 4M19 11h-9a5 5 0 0 0 0 10h2";
    public static final String DELETE = "M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6";
    public static final String LAYOUT = "M3 5h6v5H3zM15 3h6v5h-6zM15 16h6v5h-6zM9 7.5h3v-3h3M12 7.5v11h3";
    public static final String NOTE = "M5 4h14v10l-6 6H5zM13 20v-6h6";
    public static final String FIT = "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 9h6v6H9z";
    public static final String GALLERY = "M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z";
    public static final String EXPORT = "M12 3v12M7 8l5-5 5 5M5 14v6h14v-6";
    public static final String THEME = "M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z";
    public static final String FRAME = "M3 3h18v18H3zM3 8h18";
    public static final String ALIGN = "M4 3v18M8 6h10v4H8zM8 14h7v4H8z";

    private Icons() {
    }

    public static Node of(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("icon");
        p.setScaleX(0.75);
        p.setScaleY(0.75);
        StackPane box = new StackPane(p);
        box.setMinSize(18, 18);
        box.setPrefSize(18, 18);
        box.setMaxSize(18, 18);
        return box;
    }
}
