package org.patternboard.model.cost.bench;

import java.util.Arrays;
import java.util.List;
import org.patternboard.model.cost.estimate.CostSession;
import org.patternboard.model.cost.estimate.Estimator;
import org.patternboard.model.cost.usage.UsageEdits;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Types;
import org.patternboard.model.rules.bench.RuleBenchmark;

/**
 * Times the cost estimator on the rule benchmark's generated designs (cells of API, functions, table, topic,
 * queues, alarm, bucket): the median of a full estimate, and the median of one incremental {@link CostSession#update}
 * after an edit (alternately a function's memory, which re-prices one component, and an API's entry rate, which
 * re-propagates its cell). The 100-component design is the baseline the 1,000-component figures are divided by.
 * Run with {@code bench/cost}.
 */
public final class CostBenchmark {
    private static final int[] SIZES = {100, 1_000, 5_000};

    private CostBenchmark() {
    }

    public static void main(String[] args) {
        Estimator estimator = Estimator.standard();
        System.out.printf("Patternboard cost estimate, %s, %d cores%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        for (int size : SIZES) { // warm up: JIT and heap at their working state
            Architecture design = RuleBenchmark.generate(size);
            long until = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < until) {
                estimator.estimate(design);
            }
            timeEdits(estimator, design, 400);
        }
        System.out.println("| components | connections | total a month | full estimate (median) | after one edit (median) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        double[] baseline = null;
        for (int size : SIZES) {
            Architecture design = RuleBenchmark.generate(size);
            int runs = size >= 5_000 ? 100 : 400;
            long[] full = new long[runs];
            double total = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                total = estimator.estimate(design).total();
                full[i] = System.nanoTime() - t;
            }
            long[] edit = timeEdits(estimator, design, 800);
            double f = median(full) / 1e6;
            double e = median(edit) / 1e6;
            System.out.printf("| %,d | %,d | $%,.2f | %.3f ms | %.4f ms |%n", design.size(), design.connections().size(),
                    total, f, e);
            if (baseline == null) {
                baseline = new double[] {f, e};
            } else if (size == 1_000) {
                System.out.printf("ratio 1,000 / 100 components: full %.1fx, after one edit %.1fx%n", f / baseline[0],
                        e / baseline[1]);
            }
        }
    }

    private static long[] timeEdits(Estimator estimator, Architecture start, int edits) {
        CostSession session = estimator.session();
        session.update(start);
        UsageEdits usage = UsageEdits.standard();
        List<Component> functions = start.components().stream().filter(c -> c.type().equals(Types.LAMBDA)).toList();
        List<Component> apis = start.components().stream().filter(c -> c.type().equals(Types.REST_API)).toList();
        Architecture current = start;
        long[] times = new long[edits];
        for (int round = 0; round < 3; round++) { // the first rounds warm up; the last is kept
            for (int i = 0; i < edits; i++) {
                if (i % 2 == 0) {
                    Component fn = current.componentOrNull(functions.get((i * 7919) % functions.size()).id());
                    current = current.withComponent(fn.withProperty("memorySize", (long) (128 * (1 + (i + round) % 8))));
                } else {
                    String api = apis.get((i * 104729) % apis.size()).id();
                    current = usage.setEntryRate(current, api, (double) (100_000 * (1 + (i + round) % 50))).apply(current);
                }
                long t = System.nanoTime();
                session.update(current);
                times[i] = System.nanoTime() - t;
            }
        }
        return times;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
