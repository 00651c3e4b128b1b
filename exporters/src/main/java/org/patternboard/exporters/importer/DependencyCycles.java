package org.patternboard.exporters.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cloudformation.template.References;

/**
 * Finds a circular dependency between resources (Ref, GetAtt, Sub and DependsOn), which CloudFormation refuses to
 * deploy. Iterative, so that a long chain of 2,000 resources cannot overflow the stack.
 */
final class DependencyCycles {
    private DependencyCycles() {
    }

    /** One cycle as logical ids, the first repeated at the end ({@code A, B, A}); empty when there is none. */
    static List<String> find(ResourceIndex index) {
        Map<String, List<String>> edges = new HashMap<>();
        for (ResourceIndex.Res r : index.all()) {
            Set<String> targets = new LinkedHashSet<>();
            for (References.Reference ref : r.refs()) {
                if (index.get(ref.target()) != null) {
                    targets.add(ref.target());
                }
            }
            Object d = r.raw.get("DependsOn");
            for (Object n : d instanceof List<?> l ? l : d == null ? List.of() : List.of(d)) {
                if (index.get(String.valueOf(n)) != null) {
                    targets.add(String.valueOf(n));
                }
            }
            edges.put(r.logicalId, new ArrayList<>(targets));
        }
        Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        for (ResourceIndex.Res start : index.all()) {
            if (state.containsKey(start.logicalId)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> next = new ArrayDeque<>();
            path.push(start.logicalId);
            next.push(edges.get(start.logicalId).iterator());
            state.put(start.logicalId, 1);
            while (!path.isEmpty()) {
                Iterator<String> it = next.peek();
                if (!it.hasNext()) {
                    state.put(path.pop(), 2);
                    next.pop();
                    continue;
                }
                String to = it.next();
                Integer s = state.get(to);
                if (s == null) {
                    state.put(to, 1);
                    path.push(to);
                    next.push(edges.get(to).iterator());
                } else if (s == 1) {
                    List<String> cycle = new ArrayList<>();
                    for (String id : path) {
                        cycle.add(id);
                        if (id.equals(to)) {
                            break;
                        }
                    }
                    Collections.reverse(cycle);
                    cycle.add(to);
                    return cycle;
                }
            }
        }
        return List.of();
    }
}
