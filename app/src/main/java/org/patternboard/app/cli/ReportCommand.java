package org.patternboard.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patternboard.app.files.PatternFrames;
import org.patternboard.exporters.report.HtmlReport;
import org.patternboard.exporters.report.DiffChanges;
import org.patternboard.exporters.report.MarkdownReport;
import org.patternboard.exporters.report.PdfReport;
import org.patternboard.exporters.report.ReportAssembler;
import org.patternboard.exporters.report.ReviewReport;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.DiffOptions;
import org.patternboard.model.io.AtomicFiles;
import org.patternboard.model.rules.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patternboard report DESIGN --out FILE.html|FILE.md|FILE.pdf [--since OLD_DESIGN]}: the review report.
 * For Markdown the diagram is written beside it as {@code FILE.svg}, which the Markdown links to.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a review report (diagram, pillar scores, findings, accepted risks, patterns, inventory,"
                + " flows) as HTML, Markdown or PDF.")
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DESIGN", description = "the *.pboard.json design, or a CloudFormation or SAM"
            + " template, imported in memory")
    Path design;

    @Option(names = "--out", required = true, paramLabel = "FILE.html|FILE.md|FILE.pdf",
            description = "the report to write; its extension picks the format")
    Path out;

    @Option(names = "--since", paramLabel = "OLD_DESIGN",
            description = "an older version of the design: the report adds what changed and the findings introduced and resolved")
    Path since;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the report date (default: today); a fixed date makes the same design give the same bytes")
    LocalDate date;

    @Spec
    CommandSpec spec;

    enum Format { HTML, MARKDOWN, PDF }

    @Override
    public Integer call() throws IOException {
        Format format = format(out);
        if (date == null) {
            date = LocalDate.now();
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !parent.toFile().isDirectory()) {
            throw new UserError("cannot write " + out + ": directory " + parent + " does not exist");
        }
        ReportAssembler assembler = ReportAssembler.standard();
        Architecture a = load(design);
        ValidationResult result = assembler.engine().check(a);
        ReviewReport report = assembler.assemble(a, result, String.valueOf(design.getFileName()), date);
        if (since != null) {
            Architecture old = load(since);
            report = report.withChanges(DiffChanges.from(String.valueOf(since.getFileName()),
                    DesignDiff.between(old, a, assembler.engine(), DiffOptions.IGNORE_LAYOUT)));
        }
        switch (format) {
            case HTML -> AtomicFiles.write(out, new HtmlReport().render(report).getBytes(StandardCharsets.UTF_8), false);
            case PDF -> AtomicFiles.write(out, new PdfReport().render(report), false);
            case MARKDOWN -> {
                Path svg = svgBeside(out);
                AtomicFiles.write(svg, report.diagramSvg().getBytes(StandardCharsets.UTF_8), false);
                AtomicFiles.write(out, new MarkdownReport().render(report, String.valueOf(svg.getFileName()))
                        .getBytes(StandardCharsets.UTF_8), false);
                spec.commandLine().getErr().println("wrote " + svg);
            }
            default -> throw new IllegalStateException();
        }
        spec.commandLine().getErr().println("wrote " + out + " (" + report.findings().size() + " open findings, "
                + report.acceptedRisks().size() + " accepted risks)");
        return Cli.OK;
    }

    static Format format(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        throw new UserError("report writes HTML, Markdown or PDF: give --out a file ending in .html, .md or .pdf");
    }

    /** {@code review.md} → {@code review.svg} in the same directory. */
    static Path svgBeside(Path md) {
        String name = md.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return md.resolveSibling(name.substring(0, dot) + ".svg");
    }

    /** A design, or a template imported in memory with its pattern blocks framed (as {@code import} does). */
    private static Architecture load(Path file) {
        if (TemplateInput.isTemplate(file)) {
            Architecture a = TemplateInput.load(file).result().design();
            PatternFrames patterns = PatternFrames.of(a);
            return patterns.edit().apply(a);
        }
        return DesignInput.load(file);
    }
}
