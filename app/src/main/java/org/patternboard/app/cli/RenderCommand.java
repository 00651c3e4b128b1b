package org.patternboard.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patternboard.exporters.drawio.DrawioDiagram;
import org.patternboard.exporters.pdf.PdfDiagram;
import org.patternboard.exporters.png.PngDiagram;
import org.patternboard.exporters.report.ReportAssembler;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patternboard render DESIGN --out FILE.svg|FILE.png|FILE.drawio}: the diagram, drawn headless. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw a design as a diagram (no display needed); the format follows the --out extension:",
                "  .svg     vector image",
                "  .png     image, --scale N pixels per design unit (0.1..8, default 1), --transparent background",
                "  .pdf     one-page vector PDF sized to the diagram (selectable text)",
                "  .drawio  draw.io file with AWS 4 shapes, editable in draw.io (diagrams.net)"})
public final class RenderCommand implements Callable<Integer> {
    /** The formats, by file extension. */
    static final List<String> FORMATS = List.of("svg", "png", "pdf", "drawio");

    @Parameters(index = "0", paramLabel = "DESIGN", description = "the *.pboard.json design")
    Path design;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write: FILE.svg, FILE.png, FILE.pdf or FILE.drawio")
    Path out;

    @Option(names = "--scale", paramLabel = "N", description = "PNG only: pixels per design unit, 0.1 to 8 (default 1)")
    Double scale;

    @Option(names = "--transparent", description = "PNG only: a transparent background instead of white")
    boolean transparent;

    @Option(names = "--layout", description = "lay the design out first (Arrange › Auto Layout: ELK, left to right); the design file is not changed")
    boolean layout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String format = extension(out);
        if (!FORMATS.contains(format)) {
            throw new UserError("cannot render " + out + ": give --out a file ending in ." + String.join(", .", FORMATS));
        }
        if (scale != null && !PngDiagram.validScale(scale)) {
            throw new UserError("--scale must be between " + PngDiagram.MIN_SCALE + " and " + PngDiagram.MAX_SCALE + " (got " + scale + ")");
        }
        if (!format.equals("png") && (scale != null || transparent)) {
            spec.commandLine().getErr().println("warning: --scale and --transparent only apply to PNG; ignored for ." + format);
        }
        Architecture a = DesignInput.load(design);
        if (layout) {
            // A hand-written design has no coordinates worth keeping: the same layout as the app's Auto Layout.
            org.patternboard.model.edit.Edit edit = org.patternboard.app.layout.AutoLayout.layout(a, java.util.Set.of());
            a = edit == null ? a : edit.apply(a);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !parent.toFile().isDirectory()) {
            throw new UserError("cannot write " + out + ": directory " + parent + " does not exist");
        }
        String detail = a.components().size() + " components";
        byte[] bytes = switch (format) {
            case "svg" -> new SvgDiagram().render(a).getBytes(StandardCharsets.UTF_8);
            case "drawio" -> new DrawioDiagram().render(a).getBytes(StandardCharsets.UTF_8);
            case "pdf" -> new PdfDiagram().render(a, "Patternboard " + ReportAssembler.version(), LocalDate.now());
            case "png" -> {
                PngDiagram.Png png = png(a);
                detail += ", " + png.width() + "x" + png.height() + " px";
                yield png.bytes();
            }
            default -> throw new IllegalStateException(format);
        };
        AtomicFiles.write(out, bytes, false);
        spec.commandLine().getErr().println("wrote " + out + " (" + detail + ")");
        return Cli.OK;
    }

    private PngDiagram.Png png(Architecture a) {
        // Batik draws with AWT; without a display it must not try to open one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        double asked = scale == null ? 1 : scale;
        PngDiagram.Png png = new PngDiagram().render(a, asked, transparent);
        if (png.scale() < asked) {
            spec.commandLine().getErr().printf(Locale.ROOT, "warning: the diagram is too large for scale %s; drawn at %.2f (at most %d px a side)%n",
                    asked, png.scale(), PngDiagram.MAX_SIDE);
        }
        return png;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
