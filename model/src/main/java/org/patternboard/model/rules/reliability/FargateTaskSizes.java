package org.patternboard.model.rules.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The CPU and memory pairs Fargate runs, from {@code patternboard/rules/fargate-task-sizes.json}. */
final class FargateTaskSizes {
    private static final Map<Long, List<Long>> MEMORY_BY_CPU = load();

    private FargateTaskSizes() {
    }

    /** The memory sizes (MiB) a task with this many CPU units may have; empty for a CPU value Fargate lacks. */
    static List<Long> memoryFor(long cpu) {
        return MEMORY_BY_CPU.getOrDefault(cpu, List.of());
    }

    /** The allowed memory closest to the one asked for: the smallest that is at least as large, else the largest. */
    static long nearestMemory(long cpu, long memory) {
        List<Long> allowed = memoryFor(cpu);
        for (long m : allowed) {
            if (m >= memory) {
                return m;
            }
        }
        return allowed.get(allowed.size() - 1);
    }

    private static Map<Long, List<Long>> load() {
        Map<Long, List<Long>> sizes = new TreeMap<>();
        for (JsonNode row : RuleData.read("/patternboard/rules/fargate-task-sizes.json").get("sizes")) {
            List<Long> memory = new ArrayList<>();
            if (row.has("memory")) {
                row.get("memory").forEach(m -> memory.add(m.asLong()));
            } else {
                for (long m = row.get("from").asLong(); m <= row.get("to").asLong(); m += row.get("step").asLong()) {
                    memory.add(m);
                }
            }
            sizes.put(row.get("cpu").asLong(), List.copyOf(memory));
        }
        return Map.copyOf(sizes);
    }
}
