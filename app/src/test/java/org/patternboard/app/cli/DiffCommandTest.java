package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.io.DesignFiles;

class DiffCommandTest {
    static final Path BIG_FAN = Path.of("..", "samples", "src", "main", "resources", "patternboard", "samples",
            "the-big-fan.pboard.json");

    @TempDir
    Path dir;
    Path old;
    Path changed;

    @BeforeEach
    void designs() throws Exception {
        old = dir.resolve("old.pboard.json");
        Files.copy(BIG_FAN, old);
        Architecture a = DesignFiles.load(old);
        changed = dir.resolve("new.pboard.json");
        DesignFiles.save(a.withComponent(a.componentOrNull("created-fn").withProperty("memorySize", 1024)), changed);
    }

    @Test
    void noDifferencesExitsZeroAndSaysSo() {
        CliRun run = CliRun.of("diff", old.toString(), BIG_FAN.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("No differences.\n");
    }

    @Test
    void differencesExitOneAndAreListed() {
        CliRun run = CliRun.of("diff", old.toString(), changed.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("~ created-fn").contains("memorySize: 256 \u2192 1024");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void troubleExitsTwoWithOneLine() throws Exception {
        CliRun missing = CliRun.of("diff", old.toString(), dir.resolve("nothing.pboard.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("patternboard: ").contains("nothing.pboard.json").hasLineCount(1);
        Path broken = dir.resolve("broken.pboard.json");
        Files.writeString(broken, "{\"format\": \"patternboard\",\n \"components\": [}");
        CliRun bad = CliRun.of("diff", broken.toString(), old.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("broken.pboard.json").hasLineCount(1);
        assertThat(CliRun.of("diff", old.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("diff", old.toString(), changed.toString(), "--format", "pdf").exitCode()).isEqualTo(2);
    }

    @Test
    void jsonGoesToAFileAtomically() throws Exception {
        Path out = dir.resolve("diff.json");
        CliRun run = CliRun.of("diff", old.toString(), changed.toString(), "--format", "json", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertThat(j.at("/components/changed/0/id").asText()).isEqualTo("created-fn");
        assertThat(j.at("/components/changed/0/properties/0/new").asInt()).isEqualTo(1024);
        assertThat(j.at("/identical").asBoolean()).isFalse();
    }

    @Test
    void everyFormatWrites() {
        for (String format : List.of("text", "json", "md", "svg", "html")) {
            CliRun run = CliRun.of("diff", old.toString(), changed.toString(), "--format", format);
            assertThat(run.exitCode()).as(format + ": " + run.err()).isEqualTo(1);
            assertThat(run.out()).as(format).contains("created-fn");
        }
    }

    @Test
    void aDesignImportedFromATemplateDiffsAgainstAnEditedTemplate() throws Exception {
        String template = Files.readString(Path.of("..", "exporters", "src", "test", "resources", "import", "sam-orders.yaml"));
        Path before = dir.resolve("before.yaml");
        Files.writeString(before, template);
        Path after = dir.resolve("after.yaml");
        String edited = template.replace("      VisibilityTimeout: 60\n", "      VisibilityTimeout: 120\n");
        assertThat(edited).isNotEqualTo(template);
        Files.writeString(after, edited);

        CliRun same = CliRun.of("diff", before.toString(), before.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        CliRun run = CliRun.of("diff", before.toString(), after.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.at("/components/changed/0/id").asText()).isEqualTo("OrderQueue");
        assertThat(j.at("/components/changed/0/properties/0/name").asText()).isEqualTo("visibilityTimeout");
        assertThat(j.at("/components/changed/0/properties/0/new").asInt()).isEqualTo(120);
        // Layout is computed for templates: never reported as moves.
        assertThat(j.at("/components/moved")).isEmpty();

        // A design saved from the template compares with the template itself.
        Path design = dir.resolve("orders.pboard.json");
        assertThat(CliRun.of("import", before.toString(), "--out", design.toString()).exitCode()).isZero();
        CliRun mixed = CliRun.of("diff", design.toString(), after.toString());
        assertThat(mixed.exitCode()).as(mixed.err()).isEqualTo(1);
        assertThat(mixed.out()).contains("~ OrderQueue").contains("visibilityTimeout: 60 \u2192 120");
        for (String format : List.of("md", "svg", "html")) {
            assertThat(CliRun.of("diff", before.toString(), after.toString(), "--format", format).out()).contains("OrderQueue");
        }
    }

    // ---- git ----

    private String git(Path repo, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("git " + String.join(" ", args) + ": " + out).isZero();
        return out;
    }

    private Path repoWithTwoVersions() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("designs"));
        git(repo, "init", "-q");
        Path file = repo.resolve("designs/fan.pboard.json");
        Files.copy(old, file);
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "first");
        Files.copy(changed, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git(repo, "commit", "-q", "-am", "more memory");
        return repo;
    }

    @Test
    void oldMayBeARevisionReadThroughGit() throws Exception {
        Path repo = repoWithTwoVersions();
        Path file = repo.resolve("designs/fan.pboard.json");
        CliRun run = CliRun.of("diff", "HEAD~1:" + file, file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("memorySize: 256 \u2192 1024");
        assertThat(CliRun.of("diff", "HEAD:" + file, file.toString()).exitCode()).isZero();

        CliRun noRevision = CliRun.of("diff", "nosuchrev:" + file, file.toString());
        assertThat(noRevision.exitCode()).isEqualTo(2);
        assertThat(noRevision.err()).contains("nosuchrev").hasLineCount(1);
        CliRun noPath = CliRun.of("diff", "HEAD:" + repo.resolve("designs/other.pboard.json"), file.toString());
        assertThat(noPath.exitCode()).isEqualTo(2);
        assertThat(noPath.err()).contains("other.pboard.json").hasLineCount(1);
    }

    @Test
    void textconvMakesGitDiffReadAsAChangeList() throws Exception {
        Path repo = repoWithTwoVersions();
        // What docs/diff.md tells users to configure, with this test's class path standing in for the launcher.
        Path launcher = dir.resolve("patternboard");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.patternboard.app.Main \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Files.writeString(repo.resolve(".gitattributes"), "*.pboard.json diff=patternboard\n");
        git(repo, "config", "diff.patternboard.textconv", launcher + " diff --textconv");
        String out = git(repo, "diff", "HEAD~1", "HEAD", "--", "designs/fan.pboard.json");
        assertThat(out).contains("-  memorySize = 256\n").contains("+  memorySize = 1024\n")
                .contains(" component created-fn: Lambda function \u201cHandleCreated\u201d in fan\n");
        // Only the changed fact (and any findings and scores it moved) differs, not the JSON layout.
        assertThat(out.lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))).allMatch(
                l -> l.contains("memorySize") || l.startsWith("-finding") || l.startsWith("-score"));
    }

    @Test
    void textconvOfOneDesign() {
        CliRun run = CliRun.of("diff", "--textconv", changed.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("design \u201cThe Big Fan\u201d\n").contains("  memorySize = 1024\n");
    }

    @Test
    void gitsExternalDiffArgumentsAreUnderstood() throws Exception {
        // git diff with diff.<driver>.command passes: path old-file old-hex old-mode new-file new-hex new-mode.
        CliRun run = CliRun.of("diff", "designs/fan.pboard.json", old.toString(), "abc", "100644", changed.toString(),
                "def", "100644");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("patternboard diff a/designs/fan.pboard.json b/designs/fan.pboard.json\n")
                .contains("memorySize: 256 \u2192 1024");
        CliRun added = CliRun.of("diff", "/dev/null", changed.toString());
        assertThat(added.exitCode()).isEqualTo(1);
        assertThat(added.out()).contains("+ created-fn");
    }

    @Test
    void aRenamedIdIsShownAsARename() throws Exception {
        Architecture a = DesignFiles.load(old);
        Component fn = a.componentOrNull("other-fn");
        Architecture b = a.withoutComponent("other-fn").withComponent(fn.withId("other-handler"))
                .withConnection(a.connection("c-other-fn").orElseThrow().withEnds("other-queue", "other-handler"));
        Path renamed = dir.resolve("renamed.pboard.json");
        DesignFiles.save(b, renamed);
        CliRun run = CliRun.of("diff", old.toString(), renamed.toString(), "--format", "json");
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.at("/components/renamed/0/from").asText()).isEqualTo("other-fn");
        assertThat(j.at("/components/added")).isEmpty();
        assertThat(j.at("/components/removed")).isEmpty();
    }
}
