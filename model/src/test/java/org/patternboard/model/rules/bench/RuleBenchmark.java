package org.patternboard.model.rules.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.RuleSession;
import org.patternboard.model.rules.Types;
import org.patternboard.model.rules.ValidationResult;

/**
 * Times the rule engine on generated designs of 100, 1,000 and 5,000 components: the median of a full run,
 * and the median of one {@link RuleSession#update} after a single property edit (the edit itself is not
 * timed). Run with:
 *
 * <pre>
 * mvn -q -pl model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.patternboard.model.rules.bench.RuleBenchmark
 * </pre>
 */
public final class RuleBenchmark {
    private static final int[] SIZES = {100, 1_000, 5_000};

    private RuleBenchmark() {
    }

    public static void main(String[] args) {
        RuleEngine engine = RuleEngine.standard();
        System.out.printf("Patternboard rule engine, %d rules, %s, %d cores%n", engine.rules().size(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        warmUp(engine);
        System.out.println("| components | connections | findings | full run (median) | after one edit (median) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int size : SIZES) {
            Architecture design = generate(size);
            ValidationResult result = engine.check(design);
            int fullRuns = size >= 5_000 ? 60 : 200;
            long[] full = new long[fullRuns];
            for (int i = 0; i < fullRuns; i++) {
                long t = System.nanoTime();
                result = engine.check(design);
                full[i] = System.nanoTime() - t;
            }
            long[] edit = timeEdits(engine, design, 400);
            System.out.printf("| %,d | %,d | %,d | %.2f ms | %.3f ms |%n", design.size(), design.connections().size(),
                    result.findings().size(), median(full) / 1e6, median(edit) / 1e6);
        }
    }

    /**
     * Runs every size for a few seconds first, so the JIT has compiled the hot paths and the heap has grown to
     * its working size, as it has in an app that has been open for a minute.
     */
    private static void warmUp(RuleEngine engine) {
        for (int size : SIZES) {
            Architecture design = generate(size);
            long until = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < until) {
                engine.check(design);
            }
            timeEdits(engine, design, 200);
        }
    }

    /** One session; each step sets a function's timeout (alternating values) and times only the update. */
    private static long[] timeEdits(RuleEngine engine, Architecture start, int edits) {
        RuleSession session = engine.session();
        session.update(start);
        List<Component> functions = start.components().stream().filter(c -> c.type().equals(Types.LAMBDA)).toList();
        Architecture current = start;
        long[] times = new long[edits];
        for (int round = 0; round < 3; round++) { // the first rounds warm up; the last is kept
            for (int i = 0; i < edits; i++) {
                Component fn = current.componentOrNull(functions.get((i * 7919) % functions.size()).id());
                current = current.withComponent(fn.withProperty("timeout", (long) (5 + (i + round) % 40)));
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

    /**
     * Cells of ten components, the shapes real designs have: an API and its function and table, fan-out
     * through a topic to a queue with a DLQ and an alarm, a consumer, a bucket and a scheduled function.
     * Properties are mostly left at their defaults, so the engine has plenty to report.
     */
    public static Architecture generate(int components) {
        List<Component> comps = new ArrayList<>();
        List<Connection> conns = new ArrayList<>();
        for (int cell = 0; comps.size() < components; cell++) {
            String p = "c" + cell + "-";
            double x = (cell % 40) * 900.0;
            double y = (cell / 40) * 500.0;
            comps.add(comp(p + "api", Types.REST_API, x, y, Map.of()));
            comps.add(comp(p + "fn", Types.LAMBDA, x + 200, y, Map.of("timeout", 10L, "memorySize", 512L)));
            comps.add(comp(p + "table", Types.TABLE, x + 400, y, Map.of("billingMode", "PAY_PER_REQUEST")));
            comps.add(comp(p + "topic", Types.TOPIC, x + 200, y + 100, Map.of()));
            comps.add(comp(p + "queue", Types.QUEUE, x + 400, y + 100, Map.of("visibilityTimeout", 60L)));
            comps.add(comp(p + "worker", Types.LAMBDA, x + 600, y + 100, Map.of("timeout", 20L)));
            comps.add(comp(p + "dlq", Types.QUEUE, x + 400, y + 200, Map.of()));
            comps.add(comp(p + "alarm", Types.ALARM, x + 600, y + 200, Map.of()));
            comps.add(comp(p + "bucket", Types.BUCKET, x, y + 200, Map.of()));
            comps.add(comp(p + "cron", Types.LAMBDA, x + 200, y + 300, Map.of("role", "shared-" + (cell % 50))));
            conns.add(conn(p + "k1", p + "api", ConnectionKind.INTEGRATES, p + "fn"));
            conns.add(conn(p + "k2", p + "fn", ConnectionKind.READ_WRITES, p + "table"));
            conns.add(conn(p + "k3", p + "fn", ConnectionKind.PUBLISHES, p + "topic"));
            conns.add(conn(p + "k4", p + "topic", ConnectionKind.SUBSCRIBES, p + "queue"));
            conns.add(conn(p + "k5", p + "queue", ConnectionKind.TRIGGERS, p + "worker"));
            conns.add(conn(p + "k6", p + "queue", ConnectionKind.FAILS_TO, p + "dlq"));
            conns.add(conn(p + "k7", p + "alarm", ConnectionKind.MONITORS, p + "dlq"));
            conns.add(conn(p + "k8", p + "worker", ConnectionKind.WRITES, p + "bucket"));
            conns.add(conn(p + "k9", p + "cron", ConnectionKind.READ_WRITES, p + "table"));
        }
        List<Component> kept = comps.subList(0, components);
        Set<String> ids = new HashSet<>();
        kept.forEach(c -> ids.add(c.id()));
        List<Connection> keptConnections = conns.stream().filter(c -> ids.contains(c.from()) && ids.contains(c.to()))
                .toList();
        return Architecture.of("Benchmark " + components, "", kept, keptConnections, List.of(), List.of(), List.of(),
                Map.of());
    }

    private static Component comp(String id, String type, double x, double y, Map<String, Object> props) {
        return new Component(id, type, id, x, y, null, null, null, props, Map.of());
    }

    private static Connection conn(String id, String from, ConnectionKind kind, String to) {
        return new Connection(id, from, to, kind, Map.of(), Map.of());
    }
}
