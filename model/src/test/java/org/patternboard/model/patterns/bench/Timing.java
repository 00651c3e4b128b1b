package org.patternboard.model.patterns.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Times a task after a warm-up and prints its median (with min and max) for the pattern benchmarks. */
final class Timing {
    private static final int WARM_UP = 5;

    private Timing() {
    }

    static void report(String what, int runs, Supplier<Object> task) {
        for (int i = 0; i < WARM_UP; i++) {
            task.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.get();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        System.out.printf("%-62s median %8.3f ms  (min %.3f, max %.3f, %d runs)%n", what, times.get(runs / 2) / 1e6,
                times.get(0) / 1e6, times.get(runs - 1) / 1e6, runs);
    }
}
