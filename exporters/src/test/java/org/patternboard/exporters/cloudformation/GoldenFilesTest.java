package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

/**
 * Golden files: the JSON and YAML export of each test design and sample design is compared with
 * {@code src/test/resources/golden/<name>.json|.yaml}. A change to the exporter that changes a template
 * shows up here and is accepted on purpose only:
 * {@code mvn -pl exporters -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}
 * rewrites the files (review the diff before committing).
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    final CloudFormationExporter exporter = new CloudFormationExporter();

    @TestFactory
    List<DynamicTest> exportsMatchTheGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path design : DesignSources.designs(DesignSources.TEST_DESIGNS)) {
            String name = DesignSources.name(DesignSources.TEST_DESIGNS, design);
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, design)));
        }
        for (Path design : DesignSources.designs(DesignSources.SAMPLES)) {
            String name = "samples_" + DesignSources.name(DesignSources.SAMPLES, design);
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, design)));
        }
        return tests;
    }

    @Test
    void thereAreTestDesignsToCompare() {
        assertThat(DesignSources.designs(DesignSources.TEST_DESIGNS)).hasSizeGreaterThanOrEqualTo(3);
    }

    private void check(String name, Path design) throws Exception {
        Architecture a = DesignFiles.load(design);
        compare(GOLDEN.resolve(name + ".json"), exporter.toJson(a));
        compare(GOLDEN.resolve(name + ".yaml"), exporter.toYaml(a));
    }

    private static void compare(Path golden, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; create it on purpose with -Dgolden.update=true and review it");
        }
        assertThat(actual).as("export differs from " + golden + " (if intended, rerun with -Dgolden.update=true)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
