package org.patternboard.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the command line and maps every outcome to the documented exit codes. */
public final class Cli {
    /** Success. */
    public static final int OK = 0;
    /** Findings at or above the threshold, or files not canonical with --check. */
    public static final int FINDINGS = 1;
    /** Bad input or usage; a one-line reason is on stderr. */
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PatternboardCommand());
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("patternboard: " + ex.getMessage().replace('\n', ' ')
                    + " (see 'patternboard " + subcommandName(ex.getCommandLine()) + "--help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            String msg = ex instanceof UserError ? ex.getMessage() : ex.toString();
            c.getErr().println("patternboard: " + msg.replace('\n', ' '));
            return BAD_INPUT;
        });
        return cl;
    }

    private static String subcommandName(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }
}
