package org.patternboard.exporters.diagram.icons;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads an icon SVG of the package into an {@link Icon}. The package's icons are flat (groups and paths with
 * fill and stroke attributes); anything else (clip paths, gradients, transforms, CSS) is refused loudly rather
 * than drawn wrong, so adding such an icon to {@code tools/icons/icons.json} fails the build's tests.
 */
final class IconReader {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private IconReader() {
    }

    static Icon read(String file, String title, String color, InputStream in) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            root = b.parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            throw new IOException(file + ": not an SVG document");
        }
        String[] vb = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (vb.length != 4) {
            throw new IOException(file + ": no viewBox");
        }
        Icon.ViewBox viewBox = new Icon.ViewBox(Double.parseDouble(vb[0]), Double.parseDouble(vb[1]),
                Double.parseDouble(vb[2]), Double.parseDouble(vb[3]));
        List<Icon.Shape> shapes = new ArrayList<>();
        walk(file, root, new Paint("#000000", false, null, 1), shapes);
        return new Icon(file, title, color, viewBox, shapes);
    }

    /** The presentation attributes in effect (SVG's initial values at the root: black fill, non-zero, no stroke). */
    private record Paint(String fill, boolean evenOdd, String stroke, double strokeWidth) {
        Paint under(Element e) {
            return new Paint(
                    e.hasAttribute("fill") ? colour(e.getAttribute("fill")) : fill,
                    e.hasAttribute("fill-rule") ? "evenodd".equals(e.getAttribute("fill-rule")) : evenOdd,
                    e.hasAttribute("stroke") ? colour(e.getAttribute("stroke")) : stroke,
                    e.hasAttribute("stroke-width") ? Double.parseDouble(e.getAttribute("stroke-width")) : strokeWidth);
        }

        private static String colour(String v) {
            return "none".equals(v) ? null : v;
        }
    }

    private static void walk(String file, Element e, Paint inherited, List<Icon.Shape> out) throws IOException {
        for (String unsupported : List.of("transform", "style", "opacity", "fill-opacity", "stroke-opacity", "clip-path", "mask")) {
            if (e.hasAttribute(unsupported)) {
                throw new IOException(file + ": attribute " + unsupported + " is not supported");
            }
        }
        Paint paint = inherited.under(e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            switch (child.getLocalName()) {
                case "title" -> {
                }
                case "g" -> walk(file, child, paint, out);
                case "path" -> {
                    Paint p = paint.under(child);
                    if (p.fill() != null || p.stroke() != null) {
                        out.add(new Icon.Shape(child.getAttribute("d"), p.fill(), p.evenOdd(), p.stroke(), p.strokeWidth()));
                    }
                }
                default -> throw new IOException(file + ": element <" + child.getLocalName() + "> is not supported");
            }
        }
    }
}
