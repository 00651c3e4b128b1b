package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.CostSession;
import org.patternboard.model.cost.estimate.Estimator;

/**
 * Checks successive versions of one design, re-checking only what changed. The first update checks
 * everything; each later one diffs the new document against the previous one (see {@link DesignIndex}),
 * re-runs the component rules on every touched component and its neighbours, and re-runs a design rule only
 * when a component of one of its types was touched. The result is always the same as a full
 * {@link RuleEngine#check} of the new document. Not thread-safe: one session per view-model; the UI may run
 * {@link #update} off the UI thread as long as calls do not overlap.
 */
public final class RuleSession {
    /** Findings order: first target, rule id, remaining targets, message. */
    static final Comparator<Finding> ORDER = RuleSession::compare;

    private static int compare(Finding a, Finding b) {
        List<String> ta = a.targets();
        List<String> tb = b.targets();
        int c = ta.get(0).compareTo(tb.get(0));
        if (c != 0) {
            return c;
        }
        c = a.ruleId().compareTo(b.ruleId());
        if (c != 0) {
            return c;
        }
        for (int i = 1; i < Math.min(ta.size(), tb.size()); i++) {
            c = ta.get(i).compareTo(tb.get(i));
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(ta.size(), tb.size());
        return c != 0 ? c : a.message().compareTo(b.message());
    }

    private final RuleEngine engine;
    private final DesignIndex index = new DesignIndex();
    private final RuleContext context;
    private final Findings sink = new Findings();
    /** Component rule findings by subject id (only subjects that have some), each list in {@link #ORDER}. */
    private final TreeMap<String, List<Finding>> bySubject = new TreeMap<>();
    /** Design rule findings, by rule. */
    private final Map<DesignRule, List<Finding>> byDesignRule = new HashMap<>();
    private Architecture previous;
    private ValidationResult previousResult;
    /** The estimate cost rules quote, kept up to date incrementally like the findings. */
    private final CostSession costs = Estimator.standard().session();
    private CostEstimate estimate;

    RuleSession(RuleEngine engine) {
        this.engine = engine;
        this.context = new RuleContext(index, engine.defaults(), engine.catalog());
    }

    /** Checks {@code design}, reusing the work done for the previous update where nothing changed. */
    public ValidationResult update(Architecture design) {
        if (design == previous && previousResult != null) {
            return previousResult;
        }
        CostEstimate before = estimate;
        estimate = costs.update(design);
        context.estimate(estimate);
        if (previous == null) {
            index.rebuild(design);
            bySubject.clear();
            for (Component c : design.components()) {
                checkSubject(c);
            }
            for (DesignRule r : engine.designRules()) {
                runDesignRule(r);
            }
        } else {
            DesignIndex.Change change = index.update(design);
            Set<String> recheck = new TreeSet<>(change.touched());
            for (String id : change.touched()) {
                index.addNeighbours(id, recheck);
            }
            // traffic reaches far: a rate set upstream changes what a cost rule downstream quotes
            java.util.Optional<Set<String>> repriced = costs.lastRepriced();
            for (String id : repriced.isPresent() ? repriced.get() : index.design().components().stream()
                    .map(Component::id).toList()) {
                ComponentCost now = estimate.component(id);
                ComponentCost then = before.component(id);
                if (now != null && then != now && (then == null || !then.equals(now))) {
                    recheck.add(id);
                }
            }
            for (String id : recheck) {
                Component c = index.component(id);
                if (c == null) {
                    bySubject.remove(id);
                } else {
                    checkSubject(c);
                }
            }
            for (DesignRule r : engine.designRules()) {
                if (intersects(r.appliesTo(), change.touchedTypes())) {
                    runDesignRule(r);
                }
            }
        }
        previous = design;
        previousResult = assemble(design);
        return previousResult;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : b) {
            if (a.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private void checkSubject(Component c) {
        List<ComponentRule> rules = engine.rulesFor(c.type());
        List<Finding> found = null;
        for (ComponentRule r : rules) {
            sink.start(r.info(), c.id());
            try {
                r.run(c, context, sink);
            } catch (RuntimeException e) {
                throw new IllegalStateException("rule " + r.info().id() + " failed on '" + c.id() + "': " + e, e);
            }
            List<Finding> f = sink.drain();
            if (!f.isEmpty()) {
                if (found == null) {
                    found = new ArrayList<>(f);
                } else {
                    found.addAll(f);
                }
            }
        }
        if (found == null) {
            bySubject.remove(c.id());
        } else {
            found.sort(ORDER);
            bySubject.put(c.id(), List.copyOf(found));
        }
    }

    private void runDesignRule(DesignRule r) {
        sink.start(r.info(), null);
        try {
            r.run(context, sink);
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule " + r.info().id() + " failed: " + e, e);
        }
        List<Finding> f = new ArrayList<>(sink.drain());
        f.sort(ORDER);
        byDesignRule.put(r, f);
    }

    private ValidationResult assemble(Architecture design) {
        List<Finding> global = new ArrayList<>();
        for (DesignRule r : engine.designRules()) {
            global.addAll(byDesignRule.getOrDefault(r, List.of()));
        }
        global.sort(ORDER);
        Map<String, List<Suppression>> suppressions = new HashMap<>();
        for (Suppression s : design.suppressions()) {
            suppressions.computeIfAbsent(s.rule(), k -> new ArrayList<>()).add(s);
        }
        List<Finding> all = new ArrayList<>(bySubject.size() * 4 + global.size());
        if (global.isEmpty() && suppressions.isEmpty()) {
            for (List<Finding> list : bySubject.values()) {
                all.addAll(list);
            }
        } else {
            Iterator<Finding> g = global.iterator();
            Finding nextGlobal = g.hasNext() ? g.next() : null;
            for (List<Finding> list : bySubject.values()) {
                for (Finding f : list) {
                    while (nextGlobal != null && ORDER.compare(nextGlobal, f) < 0) {
                        all.add(suppress(nextGlobal, suppressions));
                        nextGlobal = g.hasNext() ? g.next() : null;
                    }
                    all.add(suppress(f, suppressions));
                }
            }
            while (nextGlobal != null) {
                all.add(suppress(nextGlobal, suppressions));
                nextGlobal = g.hasNext() ? g.next() : null;
            }
        }
        Map<Pillar, Integer> applicable = new HashMap<>();
        for (Pillar p : Pillar.values()) {
            int n = 0;
            for (String type : engine.typesOf(p)) {
                n += index.count(type);
            }
            applicable.put(p, n);
        }
        return new ValidationResult(List.copyOf(all), PillarScores.compute(all, applicable));
    }

    private static Finding suppress(Finding f, Map<String, List<Suppression>> suppressions) {
        List<Suppression> candidates = suppressions.get(f.ruleId());
        if (candidates == null) {
            return f;
        }
        for (Suppression s : candidates) {
            if (s.matches(f.ruleId(), f.targets())) {
                return new Finding(f.ruleId(), f.pillar(), f.severity(), f.title(), f.message(), f.targets(), f.remedy(),
                        f.quickFix(), true, s.reason());
            }
        }
        return f;
    }
}
