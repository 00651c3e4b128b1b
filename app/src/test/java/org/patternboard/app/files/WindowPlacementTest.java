package org.patternboard.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {
    @TempDir
    Path dir;

    @Test
    void savedPlacementComesBack() {
        AppHome home = new AppHome(dir.resolve("home"));
        assertThat(WindowPlacement.load(home)).isEmpty();
        new WindowPlacement(40, 60, 1200, 800, true).save(home);
        assertThat(WindowPlacement.load(home)).contains(new WindowPlacement(40, 60, 1200, 800, true));
    }

    @Test
    void damagedOrSillyFilesMeanTheDefaultPlacement() throws Exception {
        AppHome home = new AppHome(dir);
        Files.writeString(dir.resolve("window.json"), "{not json");
        assertThat(WindowPlacement.load(home)).isEmpty();
        Files.writeString(dir.resolve("window.json"), "{\"x\":0,\"y\":0,\"width\":10,\"height\":10}");
        assertThat(WindowPlacement.load(home)).as("too small to use").isEmpty();
        Files.writeString(dir.resolve("window.json"), "{\"x\":\"left\",\"y\":0,\"width\":900,\"height\":700}");
        assertThat(WindowPlacement.load(home)).isEmpty();
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsNotRestoredThere() {
        List<double[]> laptop = List.<double[]>of(new double[] {0, 0, 1440, 900});
        assertThat(new WindowPlacement(100, 50, 1000, 700, false).visibleOn(laptop)).isTrue();
        assertThat(new WindowPlacement(2000, 50, 1000, 700, false).visibleOn(laptop)).as("on the unplugged monitor").isFalse();
        assertThat(new WindowPlacement(100, -200, 1000, 700, false).visibleOn(laptop)).as("title bar above the screen").isFalse();
    }
}
