package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.io.DesignReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenderCommandTest {
    @TempDir
    Path dir;
    Path design;

    @BeforeEach
    void writeDesign() throws Exception {
        design = dir.resolve("worker.pboard.json");
        Files.writeString(design, CloudFormationExportCommandTest.DESIGN);
    }

    private CliRun render(String out, String... options) {
        String[] args = new String[3 + options.length + 1];
        args[0] = "render";
        args[1] = design.toString();
        args[2] = "--out";
        args[3] = dir.resolve(out).toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return CliRun.of(args);
    }

    @Test
    void layoutOptionSpreadsAHandWrittenDesignWhoseCardsAllSitAtTheOrigin() throws Exception {
        Path piled = dir.resolve("piled.pboard.json");
        Files.writeString(piled, """
                {"format": "patternboard", "schemaVersion": 1, "name": "Piled",
                 "components": [
                   {"id": "api", "type": "aws.apigatewayv2.httpApi", "x": 0, "y": 0},
                   {"id": "fn", "type": "aws.lambda.function", "x": 0, "y": 0},
                   {"id": "table", "type": "aws.dynamodb.table", "x": 0, "y": 0}],
                 "connections": [
                   {"id": "c1", "from": "api", "to": "fn", "kind": "integrates"},
                   {"id": "c2", "from": "fn", "to": "table", "kind": "readWrites"}]}
                """);
        String before = Files.readString(piled);
        assertThat(CliRun.of("render", piled.toString(), "--out", dir.resolve("as-is.svg").toString()).exitCode()).isZero();
        CliRun run = CliRun.of("render", piled.toString(), "--out", dir.resolve("laid-out.svg").toString(), "--layout");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(cardsOverlap(Files.readString(dir.resolve("as-is.svg")))).as("as written").isTrue();
        assertThat(cardsOverlap(Files.readString(dir.resolve("laid-out.svg")))).as("after --layout").isFalse();
        assertThat(Files.readString(piled)).as("the design file is not changed").isEqualTo(before);
    }

    /** Whether any two component cards of a rendered SVG overlap (each card's first rect is its box). */
    private static boolean cardsOverlap(String svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "class=\"component[^\"]*\"[^>]*>\\s*<rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\"")
                .matcher(svg);
        java.util.List<double[]> boxes = new java.util.ArrayList<>();
        while (m.find()) {
            boxes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
        }
        assertThat(boxes).hasSize(3);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                if (a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void svgIsTheSvgDiagramUnchanged() throws Exception {
        CliRun run = render("d.svg");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("d.svg")))
                .isEqualTo(new SvgDiagram().render(new DesignReader().read(design)));
    }

    @Test
    void pngIsWhiteAtScaleOneAndScalesAndCanBeTransparent() throws Exception {
        assertThat(render("one.png").exitCode()).isZero();
        CliRun two = render("two.png", "--scale", "2.5");
        assertThat(two.exitCode()).as(two.err()).isZero();
        CliRun clear = render("clear.png", "--transparent");
        assertThat(clear.exitCode()).as(clear.err()).isZero();
        BufferedImage one = ImageIO.read(dir.resolve("one.png").toFile());
        BufferedImage big = ImageIO.read(dir.resolve("two.png").toFile());
        BufferedImage transparent = ImageIO.read(dir.resolve("clear.png").toFile());

        // Scale 1 is one pixel per design unit: the SVG's own width and height.
        String svg = new SvgDiagram().render(new DesignReader().read(design));
        int svgWidth = Integer.parseInt(svg.replaceAll("(?s).*?<svg [^>]*?width=\"([0-9]+)\".*", "$1"));
        assertThat(one.getWidth()).isEqualTo(svgWidth);
        assertThat(big.getWidth()).isCloseTo((int) Math.round(2.5 * one.getWidth()), org.assertj.core.data.Offset.offset(1));
        assertThat(big.getHeight()).isCloseTo((int) Math.round(2.5 * one.getHeight()), org.assertj.core.data.Offset.offset(1));
        assertThat(two.err()).contains(big.getWidth() + "x" + big.getHeight() + " px");

        assertThat(one.getRGB(0, 0)).as("opaque white corner").isEqualTo(0xFFFFFFFF);
        assertThat(transparent.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(transparent.getWidth()).isEqualTo(one.getWidth());
        // The drawing is still there: cards, frames and labels are opaque.
        assertThat(opaquePixels(transparent)).isGreaterThan(transparent.getWidth() * transparent.getHeight() / 20);
    }

    private static long opaquePixels(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) >>> 24) == 0xFF) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void drawioHasTheComponentsAsAws4ShapesAndTheConnectionAsAnEdge() throws Exception {
        CliRun run = render("d.drawio");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote").contains("2 components");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(dir.resolve("d.drawio").toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("mxfile");
        NodeList cells = doc.getElementsByTagName("mxCell");
        int shapes = 0;
        int edges = 0;
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            if ("1".equals(c.getAttribute("vertex"))) {
                shapes++;
                assertThat(c.getAttribute("style")).contains("mxgraph.aws4.");
                assertThat(c.getAttribute("value")).containsAnyOf("Jobs", "Worker");
            }
            if ("1".equals(c.getAttribute("edge"))) {
                edges++;
                assertThat(c.getAttribute("value")).isEqualTo("triggers");
                assertThat(c.getAttribute("source")).isEqualTo("component-q");
                assertThat(c.getAttribute("target")).isEqualTo("component-fn");
            }
        }
        assertThat(shapes).isEqualTo(2);
        assertThat(edges).isEqualTo(1);
    }

    @Test
    void scaleOutsideItsRangeIsBadInput() {
        for (String bad : new String[] {"0", "0.05", "8.5", "-1"}) {
            CliRun run = render("bad.png", "--scale", bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.err()).contains("--scale must be between 0.1 and 8");
            assertThat(run.err().strip().lines().count()).isEqualTo(1);
        }
        assertThat(render("bad.png", "--scale", "two").exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(dir.resolve("bad.png")).doesNotExist();
    }

    @Test
    void unknownExtensionIsBadInputListingTheFormats() {
        CliRun run = render("d.jpg");
        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains(".svg").contains(".png").contains(".pdf").contains(".drawio");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(dir.resolve("d.jpg")).doesNotExist();
    }

    @Test
    void pngOptionsOnOtherFormatsWarnAndAreIgnored() throws Exception {
        CliRun run = render("d.drawio", "--scale", "2", "--transparent");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: --scale and --transparent only apply to PNG");
        CliRun plain = render("e.drawio");
        assertThat(Files.readString(dir.resolve("d.drawio"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(dir.resolve("e.drawio"), StandardCharsets.UTF_8));
        assertThat(plain.err()).doesNotContain("warning");
    }
}
