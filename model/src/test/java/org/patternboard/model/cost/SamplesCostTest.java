package org.patternboard.model.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.Estimator;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

/** Every shipped sample and pattern block gets an estimate with no unpriced usage-based component. */
class SamplesCostTest {
    static final Path SOURCES = Path.of("..", "samples", "src", "main", "resources", "patternboard");

    @Test
    void everySampleAndBlockIsFullyPriced() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(DesignFiles.EXTENSION)).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path f : files) {
            Architecture a = DesignFiles.load(f);
            CostEstimate e = Estimator.standard().estimate(a);
            assertThat(e.unpriced()).as(f.toString()).isEmpty();
            assertThat(e.total()).as(f.toString()).isPositive().isFinite();
            for (ComponentCost c : e.components()) {
                assertThat(c.monthly()).as(f + " " + c.id()).isFinite().isGreaterThanOrEqualTo(0);
            }
            // the same design gives the same figures
            assertThat(Estimator.standard().estimate(a).components()).isEqualTo(e.components());
        }
    }
}
