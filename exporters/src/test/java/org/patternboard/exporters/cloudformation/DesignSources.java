package org.patternboard.exporters.cloudformation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Design files the tests export: this module's test designs and the sample designs of the samples module. */
final class DesignSources {
    /** The samples module's designs, found by walking the file system from this module's directory. */
    static final Path SAMPLES = Path.of("..", "samples", "src", "main", "resources");
    static final Path TEST_DESIGNS = Path.of("src", "test", "resources", "designs");

    private DesignSources() {
    }

    /** Every {@code *.pboard.json} under a directory, sorted; empty when the directory does not exist. */
    static List<Path> designs(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = new ArrayList<>(walk.filter(p -> p.getFileName().toString().endsWith(".pboard.json"))
                    .sorted().toList());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file-system-safe name for a design: its path below the root, with separators turned into '_'. */
    static String name(Path root, Path design) {
        String rel = root.relativize(design).toString().replace('\\', '/');
        return rel.substring(0, rel.length() - ".pboard.json".length()).replace('/', '_');
    }
}
