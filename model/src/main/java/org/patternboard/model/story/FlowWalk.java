package org.patternboard.model.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Connection;

/**
 * The numbered steps of a request flow, like the step badges of AWS reference architectures. From the entry
 * component the walk goes breadth-first along outgoing connections, each connection one step, connections of
 * a component in id order, each component walked once (so cycles end). Kinds the rules do not walk (monitors,
 * protects, authorizes) are skipped; failure paths (failsTo) are numbered last, after the happy path, and
 * not walked further, so the story tells the normal path first and then what happens when it fails.
 */
public record FlowWalk(String entry, List<Step> steps) {
    public FlowWalk {
        steps = List.copyOf(steps);
    }

    /** Step {@code number} (from 1) goes along {@code connection} from one component to another. */
    public record Step(int number, String connection, String from, String to, boolean failure) {
    }

    public static FlowWalk of(Architecture a, String entry) {
        return of(a, entry, StoryRules.standard());
    }

    public static FlowWalk of(Architecture a, String entry, StoryRules rules) {
        List<Step> steps = new ArrayList<>();
        List<Connection> failures = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (a.component(entry).isPresent()) {
            visited.add(entry);
            queue.add(entry);
        }
        while (!queue.isEmpty()) {
            for (Connection c : a.outgoing(queue.poll())) {
                if (!rules.isWalked(c)) {
                    continue;
                }
                if (rules.isFailure(c)) {
                    failures.add(c);
                    continue;
                }
                steps.add(new Step(steps.size() + 1, c.id(), c.from(), c.to(), false));
                if (visited.add(c.to())) {
                    queue.add(c.to());
                }
            }
        }
        for (Connection c : failures) {
            steps.add(new Step(steps.size() + 1, c.id(), c.from(), c.to(), true));
        }
        return new FlowWalk(entry, steps);
    }

    public int size() {
        return steps.size();
    }

    /** The entry, every component reached and every connection walked: what the flow slide is about. */
    public Set<String> elements() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(entry);
        for (Step s : steps) {
            ids.add(s.from());
            ids.add(s.to());
            ids.add(s.connection());
        }
        return ids;
    }

    /** The components of the flow (entry first, then in the order the steps reach them). */
    public Set<String> components() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(entry);
        for (Step s : steps) {
            ids.add(s.to());
        }
        return ids;
    }
}
