package org.patternboard.exporters.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * 10,000 seeded mutations of the shipped samples through the loader and 10,000 of the import test templates
 * through the importer: typed one-line errors only, no hang, accepted designs round-trip. A longer run with
 * other seeds: {@code bench/fuzz}.
 */
class InputFuzzTest {
    private static final int CASES = 10_000;
    private static final InputFuzzer FUZZER = new InputFuzzer();

    @AfterAll
    static void close() {
        FUZZER.close();
    }

    @Test
    void mutatedDesignsAreRefusedWithTypedErrorsOrRoundTrip() {
        List<String> seeds = InputFuzzer.texts(InputFuzzer.repositoryRoot().resolve("samples/src/main/resources/patternboard"),
                ".pboard.json");
        assertThat(seeds).hasSizeGreaterThan(50);
        InputFuzzer.Outcome o = FUZZER.designs(seeds, CASES, 17);
        assertThat(o.failures()).isEmpty();
        // both paths are exercised, or the fuzz proves nothing
        assertThat(o.accepted()).isGreaterThan(CASES / 20);
        assertThat(o.refused()).isGreaterThan(CASES / 20);
    }

    @Test
    void mutatedTemplatesAreRefusedWithTypedErrorsOrRoundTrip() {
        List<String> seeds = InputFuzzer.texts(InputFuzzer.repositoryRoot().resolve("exporters/src/test/resources/import"),
                ".yaml", ".json");
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        InputFuzzer.Outcome o = FUZZER.templates(seeds, CASES, 17);
        assertThat(o.failures()).isEmpty();
        assertThat(o.accepted()).isGreaterThan(CASES / 20);
        assertThat(o.refused()).isGreaterThan(CASES / 20);
    }
}
