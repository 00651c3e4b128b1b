package org.patternboard.exporters.cloudformation.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.exporters.cloudformation.template.Template;

/**
 * Removes references that would make CloudFormation's dependency graph circular. Only references that are
 * conveniences may go: environment variables that tell a function the name of a resource which (through
 * notifications, triggers or definitions) itself depends on the function. The function still gets that
 * name in the events it receives. Anything else circular is a bug and fails the export.
 */
public final class CycleBreaker {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private CycleBreaker() {
    }

    public static void breakCycles(Template template) {
        for (int round = 0; round < 1000; round++) {
            List<Set<String>> cycles = cycles(template);
            if (cycles.isEmpty()) {
                return;
            }
            if (!dropOneOptionalReference(template, cycles)) {
                throw new IllegalStateException("circular dependency between " + cycles.get(0));
            }
        }
        throw new IllegalStateException("could not break the circular dependencies");
    }

    private static boolean dropOneOptionalReference(Template template, List<Set<String>> cycles) {
        for (Set<String> cycle : cycles) {
            for (String id : cycle) {
                Resource r = template.resources().get(id);
                for (String d : List.copyOf(r.optionalDependsOn())) {
                    if (cycle.contains(d)) {
                        r.optionalDependsOn().remove(d);
                        return true;
                    }
                }
            }
            for (String id : cycle) {
                Resource r = template.resources().get(id);
                if (!"AWS::Lambda::Function".equals(r.type())) {
                    continue;
                }
                Map<String, Object> vars = variables(r);
                for (Iterator<Map.Entry<String, Object>> it = vars.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<String, Object> e = it.next();
                    Set<String> refs = new TreeSet<>();
                    collect(e.getValue(), refs, template);
                    refs.retainAll(cycle);
                    if (!refs.isEmpty()) {
                        it.remove();
                        if (vars.isEmpty()) {
                            r.properties().remove("Environment");
                        }
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Resource r) {
        Object env = r.get("Environment");
        if (env instanceof Map<?, ?> m && m.get("Variables") instanceof Map<?, ?> v) {
            return (Map<String, Object>) v;
        }
        return new HashMap<>();
    }

    /** Strongly connected components with more than one resource (or a self-reference), via Tarjan. */
    static List<Set<String>> cycles(Template template) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (Resource r : template.resources().values()) {
            Set<String> refs = new TreeSet<>();
            collect(r.toTree(), refs, template);
            refs.remove(r.logicalId());
            edges.put(r.logicalId(), refs);
        }
        return new Tarjan(edges).run();
    }

    /** Adds every resource of the template that {@code value} references (Ref, GetAtt, Sub, DependsOn). */
    public static void references(Object value, Set<String> out, Template template) {
        collect(value, out, template);
    }

    /** Adds every resource that {@code value} references through Ref, GetAtt, Sub or DependsOn. */
    static void collect(Object value, Set<String> out, Template template) {
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.containsKey("Ref")) {
                addIfResource(String.valueOf(m.get("Ref")), out, template);
                return;
            }
            if (m.size() == 1 && m.get("Fn::GetAtt") instanceof List<?> l && !l.isEmpty()) {
                addIfResource(String.valueOf(l.get(0)), out, template);
                return;
            }
            if (m.size() == 1 && m.containsKey("Fn::Sub")) {
                Object sub = m.get("Fn::Sub");
                String text = sub instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(sub);
                Set<String> local = new TreeSet<>();
                if (sub instanceof List<?> l && l.size() > 1 && l.get(1) instanceof Map<?, ?> vars) {
                    vars.keySet().forEach(k -> local.add(String.valueOf(k)));
                    collect(vars, out, template);
                }
                Matcher matcher = SUB_VARIABLE.matcher(text);
                while (matcher.find()) {
                    String name = matcher.group(1);
                    int dot = name.indexOf('.');
                    String target = dot < 0 ? name : name.substring(0, dot);
                    if (!local.contains(name) && !local.contains(target)) {
                        addIfResource(target, out, template);
                    }
                }
                return;
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if ("DependsOn".equals(e.getKey())) {
                    Object d = e.getValue();
                    if (d instanceof List<?> l) {
                        l.forEach(x -> addIfResource(String.valueOf(x), out, template));
                    } else {
                        addIfResource(String.valueOf(d), out, template);
                    }
                } else {
                    collect(e.getValue(), out, template);
                }
            }
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, out, template));
        }
    }

    private static void addIfResource(String id, Set<String> out, Template template) {
        if (template.resources().containsKey(id)) {
            out.add(id);
        }
    }

    /** Iterative Tarjan, so designs of thousands of resources cannot overflow the stack. */
    private static final class Tarjan {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new java.util.HashSet<>();
        private final List<Set<String>> result = new ArrayList<>();
        private int counter;

        Tarjan(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<Set<String>> run() {
            for (String v : new TreeSet<>(edges.keySet())) {
                if (!index.containsKey(v)) {
                    strongConnect(v);
                }
            }
            return result;
        }

        private void strongConnect(String root) {
            Deque<Object[]> work = new ArrayDeque<>();
            visit(root);
            work.push(new Object[] {root, edges.getOrDefault(root, Set.of()).iterator()});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                @SuppressWarnings("unchecked")
                Iterator<String> it = (Iterator<String>) frame[1];
                if (it.hasNext()) {
                    String w = it.next();
                    if (!edges.containsKey(w)) {
                        continue;
                    }
                    if (!index.containsKey(w)) {
                        visit(w);
                        work.push(new Object[] {w, edges.get(w).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                } else {
                    work.pop();
                    if (!work.isEmpty()) {
                        String parent = (String) work.peek()[0];
                        low.put(parent, Math.min(low.get(parent), low.get(v)));
                    }
                    if (low.get(v).equals(index.get(v))) {
                        Set<String> component = new LinkedHashSet<>();
                        String w;
                        do {
                            w = stack.pop();
                            onStack.remove(w);
                            component.add(w);
                        } while (!w.equals(v));
                        if (component.size() > 1) {
                            result.add(new TreeSet<>(component));
                        }
                    }
                }
            }
        }

        private void visit(String v) {
            index.put(v, counter);
            low.put(v, counter);
            counter++;
            stack.push(v);
            onStack.add(v);
        }
    }
}
