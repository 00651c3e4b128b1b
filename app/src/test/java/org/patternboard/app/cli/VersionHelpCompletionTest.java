package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** --version keeps its first line and names its dependencies; help and completion come from the annotations. */
class VersionHelpCompletionTest {
    @Test
    void versionKeepsTheProductLineFirstAndNamesCdkJavaFxAndTheSchemaCatalog() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("Patternboard \\d+\\.\\d+\\.\\d+");
        assertThat(lines.get(1)).matches("AWS CDK 2\\.\\d+\\.\\d+ .*");
        assertThat(lines.get(2)).matches("JavaFX 21\\.\\d+\\.\\d+");
        assertThat(lines.get(3)).matches("CloudFormation schema catalog \\d+\\.\\d+\\.\\d+ \\(cfn-lint, us-east-1, \\d{4} types\\)");
        assertThat(lines).hasSize(4);
        assertThat(run.out()).doesNotContain("${");
    }

    @Test
    void releaseDropsTheSnapshotSuffixOnly() {
        assertThat(Versions.release("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
        assertThat(Versions.release("1.2.3")).isEqualTo("1.2.3");
    }

    @Test
    void helpCommandPrintsTheSubcommandsUsage() {
        CliRun run = CliRun.of("help", "validate");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: patternboard validate").contains("--fail-on");
    }

    @Test
    void completionScriptCoversEverySubcommandAndItsOptions() {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F _complete_patternboard");
        for (String command : Cli.commandLine().getSubcommands().keySet()) {
            assertThat(run.out()).as(command).contains(command);
        }
        assertThat(run.out()).contains("--fail-on").contains("--to");
    }
}
