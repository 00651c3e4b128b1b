package org.patternboard.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondLaunchHandsItsFileToTheRunningApp() throws Exception {
        AppHome home = new AppHome(dir);
        BlockingQueue<Path> opened = new ArrayBlockingQueue<>(4);
        assertThat(SingleInstance.handOver(home, dir.resolve("a.pboard.json"))).as("nobody runs yet").isFalse();
        try (SingleInstance running = SingleInstance.listen(home, opened::add).orElseThrow()) {
            assertThat(SingleInstance.listen(home, p -> { }).isPresent()).as("one listener per home").isFalse();
            Path file = dir.resolve("orders äö.pboard.json");
            assertThat(SingleInstance.handOver(home, file)).isTrue();
            assertThat(opened.poll(5, TimeUnit.SECONDS)).isEqualTo(file.toAbsolutePath().normalize());
        }
        assertThat(Files.exists(dir.resolve(SingleInstance.SOCKET))).as("closed cleanly").isFalse();
        assertThat(SingleInstance.handOver(home, dir.resolve("a.pboard.json"))).isFalse();
    }

    @Test
    void aSocketFileLeftByACrashedAppIsReplaced() throws Exception {
        AppHome home = new AppHome(dir);
        Files.writeString(dir.resolve(SingleInstance.SOCKET), "stale");
        assertThat(SingleInstance.handOver(home, dir.resolve("x.pboard.json"))).isFalse();
        BlockingQueue<Path> opened = new ArrayBlockingQueue<>(1);
        try (SingleInstance running = SingleInstance.listen(home, opened::add).orElseThrow()) {
            assertThat(SingleInstance.handOver(home, dir.resolve("x.pboard.json"))).isTrue();
            assertThat(opened.poll(5, TimeUnit.SECONDS)).isNotNull();
        }
    }
}
