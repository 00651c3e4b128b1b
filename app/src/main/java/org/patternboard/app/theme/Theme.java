package org.patternboard.app.theme;

import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** A theme is a token file plus whether it is dark; app.css is shared and uses only the tokens. */
public enum Theme {
    LIGHT("tokens-light.css", false),
    DARK("tokens-dark.css", true);

    private static final PseudoClass DARK_CLASS = PseudoClass.getPseudoClass("dark");

    private final String tokens;
    private final boolean dark;

    Theme(String tokens, boolean dark) {
        this.tokens = tokens;
        this.dark = dark;
    }

    public boolean isDark() {
        return dark;
    }

    public static String resource(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }

    /** Puts this theme on a scene (and on every dialog that copies the scene's stylesheets). */
    public void apply(Scene scene) {
        scene.getStylesheets().setAll(resource(tokens), resource("app.css"));
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK_CLASS, dark);
        }
    }
}
