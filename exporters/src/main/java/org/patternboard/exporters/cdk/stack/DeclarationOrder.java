package org.patternboard.exporters.cdk.stack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.design.Component;

/**
 * The order components are declared in: by id, except that a component's prerequisites (what its
 * declaration refers to) come first. Stable: the same design always gives the same order. A cycle of
 * prerequisites (two queues that are each other's dead-letter queue) is cut where it closes; the writer then
 * finds the other end undeclared and leaves that setting out, with a comment.
 */
final class DeclarationOrder {
    private DeclarationOrder() {
    }

    static List<Component> of(StackContext ctx) {
        List<Component> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (Component c : ctx.design().components()) {
            visit(c, ctx, order, done, visiting);
        }
        return order;
    }

    private static void visit(Component c, StackContext ctx, List<Component> order, Set<String> done, Set<String> visiting) {
        if (done.contains(c.id()) || !visiting.add(c.id())) {
            return;
        }
        ConstructWriter w = ctx.writer(c);
        if (w != null) {
            for (String pre : new TreeSet<>(w.prerequisites(c, ctx))) {
                Component p = ctx.component(pre);
                if (p != null && !pre.equals(c.id())) {
                    visit(p, ctx, order, done, visiting);
                }
            }
        }
        visiting.remove(c.id());
        done.add(c.id());
        order.add(c);
    }
}
