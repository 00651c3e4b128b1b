package org.patternboard.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patternboard.exporters.pdf.PdfDiagram;
import org.patternboard.exporters.report.ReportAssembler;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patternboard render DESIGN --out FILE.svg}: the diagram, drawn headless. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw a design as an SVG or vector PDF diagram (no display needed).")
public final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DESIGN", description = "the *.pboard.json design")
    Path design;

    @Option(names = "--out", required = true, paramLabel = "FILE.svg|FILE.pdf", description = "the SVG or PDF file to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".pdf")) {
            throw new UserError("render writes svg or pdf: give --out a file ending in .svg or .pdf");
        }
        Architecture a = DesignInput.load(design);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !parent.toFile().isDirectory()) {
            throw new UserError("cannot write " + out + ": directory " + parent + " does not exist");
        }
        byte[] bytes = name.endsWith(".pdf")
                ? new PdfDiagram().render(a, "Patternboard " + ReportAssembler.version(), LocalDate.now())
                : new SvgDiagram().render(a).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, bytes, false);
        spec.commandLine().getErr().println("wrote " + out + " (" + a.components().size() + " components)");
        return Cli.OK;
    }
}
