package org.patternboard.model.patterns.bench;

import java.util.Collections;
import java.util.Map;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.patterns.BlockInsertion;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;

/**
 * How fast the pattern library loads and how fast a block goes into a large design (medians).
 * Run: {@code mvn -q -pl model -am -Pbenchmark -DskipTests verify}.
 */
public final class PatternBenchmark {
    private PatternBenchmark() {
    }

    public static void main(String[] args) {
        PatternLibrary library = PatternLibrary.standard();
        PatternBlock largest = Collections.max(library.blocks(),
                (a, b) -> Integer.compare(a.design().components().size(), b.design().components().size()));
        System.out.printf("pattern library: %d blocks; largest %s (%d components, %d connections)%n", library.size(),
                largest.id(), largest.design().components().size(), largest.design().connections().size());

        Timing.report("load the library from the class path", 30,
                () -> PatternLibrary.fromClassPath(PatternBenchmark.class.getClassLoader()));
        BlockInsertion insertion = new BlockInsertion();
        for (int size : new int[] {0, 1000, 5000}) {
            Architecture target = design(size);
            Timing.report("insert " + largest.id() + " into " + size + " components", 30,
                    () -> insertion.insert(target, largest, 0, 0).apply(target));
            Edit edit = insertion.insert(target, largest, 0, 0);
            Architecture after = edit.apply(target);
            Timing.report("undo that insertion (" + size + " components)", 30, () -> edit.inverse(target).apply(after));
        }
        Timing.report("insert every block once into one design", 10, () -> {
            Architecture a = Architecture.empty("All");
            double y = 0;
            for (PatternBlock b : library.blocks()) {
                a = insertion.insert(a, b, 0, y, Map.of()).apply(a);
                y += 1000;
            }
            return a;
        });
    }

    private static Architecture design(int size) {
        Architecture a = Architecture.empty("Bench");
        for (int i = 0; i < size; i++) {
            a = a.withComponent(Component.of("fn-" + (i + 1), "aws.lambda.function", "Function" + i, i % 50 * 240.0,
                    i / 50 * 120.0));
        }
        return a;
    }
}
