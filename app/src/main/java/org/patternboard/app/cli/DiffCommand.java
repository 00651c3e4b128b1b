package org.patternboard.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.patternboard.app.diff.DesignSources;
import org.patternboard.app.diff.Git;
import org.patternboard.exporters.diff.DesignSummary;
import org.patternboard.exporters.diff.DiffHtml;
import org.patternboard.exporters.diff.DiffJson;
import org.patternboard.exporters.diff.DiffMarkdown;
import org.patternboard.exporters.diff.DiffSvg;
import org.patternboard.exporters.diff.DiffText;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.DiffOptions;
import org.patternboard.model.io.AtomicFiles;
import org.patternboard.model.rules.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patternboard diff OLD NEW [--format text|json|md|svg|html] [--out FILE]}, with diff(1)'s exit codes.
 * Also what git calls: {@code --textconv FILE} (one design as stable text) and git's external-diff arguments.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two designs: components, connections, findings and scores that changed.",
        footer = {"", "Exit codes: 0 no differences, 1 differences, 2 trouble.",
                "OLD or NEW may be REV:path (read with git show), a template (imported in memory) or /dev/null."})
public final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, md, svg, html }

    /** git's GIT_EXTERNAL_DIFF convention: path old-file old-hex old-mode new-file new-hex new-mode. */
    private static final int GIT_EXTERNAL_ARGS = 7;

    @Parameters(arity = "0..7", paramLabel = "OLD NEW", description = "the designs to compare: *.pboard.json, a"
            + " CloudFormation or SAM template, or REV:path read through git")
    List<String> files = List.of();

    @Option(names = "--format", defaultValue = "text", description = "text, json, md, svg or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of to standard output")
    Path out;

    @Option(names = "--ignore-layout", description = "leave moves and resizes out (always so when a side is a template,"
            + " whose layout is computed)")
    boolean ignoreLayout;

    @Option(names = "--textconv", paramLabel = "FILE", description = "print one design as stable text, one line per"
            + " fact, for git's diff.<driver>.textconv")
    String textconv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DesignSources sources = new DesignSources(new Git());
        if (textconv != null) {
            if (!files.isEmpty()) {
                throw new UserError("--textconv takes one design and no OLD NEW");
            }
            emit(DesignSummary.write(load(sources, textconv).design()));
            return Cli.OK;
        }
        boolean fromGit = files.size() == GIT_EXTERNAL_ARGS;
        if (files.size() != 2 && !fromGit) {
            throw new UserError("diff needs OLD and NEW (see 'patternboard diff --help')");
        }
        DesignSources.Loaded before = load(sources, fromGit ? files.get(1) : files.get(0));
        DesignSources.Loaded after = load(sources, fromGit ? files.get(4) : files.get(1));
        DiffOptions options = ignoreLayout || before.template() || after.template() ? DiffOptions.IGNORE_LAYOUT
                : DiffOptions.DEFAULT;
        DesignDiff diff = DesignDiff.between(before.design(), after.design(), RuleEngine.standard(), options);
        String text = switch (format) {
            case json -> DiffJson.write(diff);
            case md -> DiffMarkdown.write(diff, before.design(), after.design());
            case svg -> DiffSvg.render(diff, before.design(), after.design());
            case html -> DiffHtml.write(diff, before.design(), after.design());
            default -> DiffText.write(diff, before.design(), after.design());
        };
        if (fromGit && format == Format.text) {
            text = "patternboard diff a/" + files.get(0) + " b/" + files.get(0) + "\n" + text;
        }
        emit(text);
        // git stops at an external diff that exits non-zero, so under git a difference is not an error.
        return diff.isEmpty() || fromGit ? Cli.OK : Cli.FINDINGS;
    }

    private static DesignSources.Loaded load(DesignSources sources, String spec) {
        try {
            return sources.load(spec);
        } catch (DesignSources.Unreadable e) {
            throw new UserError(e.getMessage());
        }
    }

    private void emit(String text) throws Exception {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
            return;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !parent.toFile().isDirectory()) {
            throw new UserError("cannot write " + out + ": directory " + parent + " does not exist");
        }
        AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8), false);
    }
}
