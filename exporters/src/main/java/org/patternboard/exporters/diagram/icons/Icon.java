package org.patternboard.exporters.diagram.icons;

import java.util.List;

/**
 * One AWS Architecture Icon, read from its SVG file into what every drawing needs: the view box and its shapes
 * in paint order, each a path with its own fill and stroke (attributes inherited from groups already applied).
 * The SVG export writes these shapes once per document; the canvas and the palette draw them with JavaFX paths.
 *
 * @param file the icon's path in the package ({@code architecture-service/AWSLambda.svg})
 * @param title the package's own name for it ({@code Icon-Architecture/48/Arch_AWS-Lambda_48})
 * @param color its colour: the tile of a service or category icon, the glyph of a resource icon ({@code #RRGGBB})
 */
public record Icon(String file, String title, String color, ViewBox viewBox, List<Shape> shapes) {
    public Icon {
        shapes = List.copyOf(shapes);
    }

    /** The rectangle of icon coordinates that the icon fills. */
    public record ViewBox(double x, double y, double width, double height) {
    }

    /**
     * A path of the icon; {@code fill} and {@code stroke} are colours or null for none.
     *
     * @param evenOdd whether the fill rule is even-odd (else non-zero)
     */
    public record Shape(String d, String fill, boolean evenOdd, String stroke, double strokeWidth) {
    }

    /** An id for the icon that is a valid XML name, unique per file ({@code aws-architecture-service-AWSLambda}). */
    public String id() {
        return "aws-" + file.replaceFirst("\\.svg$", "").replaceAll("[^A-Za-z0-9-]", "-");
    }
}
