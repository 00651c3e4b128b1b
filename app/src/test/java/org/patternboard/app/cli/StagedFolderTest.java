package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed export writes nothing: the folder is built beside its target and moved only on success. */
class StagedFolderTest {
    @Test
    void aFailingBuildLeavesNoFolderAndNoStage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("project");

        assertThatThrownBy(() -> StagedFolder.write(out, stage -> {
            Files.writeString(stage.resolve("pom.xml"), "<project/>");
            throw new UserError("cdk-java --synth: failed");
        })).isInstanceOf(UserError.class);

        assertThat(out).doesNotExist();
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void aFailingBuildLeavesAnExistingFolderAsItWas(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("project"));
        Files.writeString(out.resolve("pom.xml"), "old");

        assertThatThrownBy(() -> StagedFolder.write(out, stage -> {
            Files.writeString(stage.resolve("pom.xml"), "new");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(out.resolve("pom.xml")).hasContent("old");
        assertThat(names(dir)).containsExactly("project");
    }

    @Test
    void aSuccessfulBuildArrivesWhole(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("fresh");
        Path existing = Files.createDirectory(dir.resolve("existing"));
        Files.writeString(existing.resolve("notes.txt"), "mine");
        Files.writeString(existing.resolve("pom.xml"), "old");

        StagedFolder.Builder build = stage -> {
            Files.createDirectories(stage.resolve("src/main"));
            Files.writeString(stage.resolve("src/main/App.java"), "class App {}");
            Files.writeString(stage.resolve("pom.xml"), "new");
        };
        StagedFolder.write(fresh, build);
        StagedFolder.write(existing, build);

        assertThat(fresh.resolve("src/main/App.java")).hasContent("class App {}");
        assertThat(existing.resolve("pom.xml")).hasContent("new");
        assertThat(existing.resolve("src/main/App.java")).exists();
        assertThat(existing.resolve("notes.txt")).as("the user's own files stay").hasContent("mine");
        assertThat(names(dir)).containsExactlyInAnyOrder("fresh", "existing");
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
