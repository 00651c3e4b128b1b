package org.patternboard.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
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
        description = "Draw a design as an SVG diagram (no display needed).")
public final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DESIGN", description = "the *.pboard.json design")
    Path design;

    @Option(names = "--out", required = true, paramLabel = "FILE.svg", description = "the SVG file to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg")) {
            throw new UserError("render writes SVG: give --out a file ending in .svg (PNG export is in the app's File menu)");
        }
        Architecture a = DesignInput.load(design);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !parent.toFile().isDirectory()) {
            throw new UserError("cannot write " + out + ": directory " + parent + " does not exist");
        }
        AtomicFiles.write(out, new SvgDiagram().render(a).getBytes(StandardCharsets.UTF_8), false);
        spec.commandLine().getErr().println("wrote " + out + " (" + a.components().size() + " components)");
        return Cli.OK;
    }
}
