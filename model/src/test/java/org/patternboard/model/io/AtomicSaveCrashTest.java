package org.patternboard.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.design.Architecture;

/** Kills a real process at random moments while it saves, and checks the design is always whole. */
class AtomicSaveCrashTest {
    @TempDir
    Path dir;

    @Test
    void killingTheSaverNeverLeavesACorruptOrMissingFile() throws Exception {
        Path file = dir.resolve("loop.pboard.json");
        DesignFiles.save(SaveLoop.design(0), file);
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 8; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString()).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                assertThat(r.readLine()).isEqualTo("ready");
                Thread.sleep(50 + random.nextInt(400));
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(file).exists();
            Architecture loaded = DesignFiles.load(file);
            assertThat(loaded.name()).startsWith("Loop ");
            int i = Integer.parseInt(loaded.name().substring(5));
            assertThat(loaded).isEqualTo(SaveLoop.design(i));
            Path backup = Path.of(file + ".bak");
            if (Files.exists(backup)) {
                assertThat(DesignFiles.load(backup).name()).startsWith("Loop ");
            }
        }
    }
}
