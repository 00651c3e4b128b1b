package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;

/**
 * Runs the Well-Architected rules. {@link #check} is a full run; {@link #session()} gives the incremental
 * checker the UI calls on every edit. The engine itself is immutable and shared.
 */
public final class RuleEngine {
    private static volatile RuleEngine standard;

    private final Catalog catalog;
    private final PropertyDefaults defaults;
    private final List<Rule> rules;
    private final List<RuleInfo> infos;
    private final Map<String, List<ComponentRule>> rulesByType = new HashMap<>();
    private final List<DesignRule> designRules = new ArrayList<>();
    private final Map<Pillar, Set<String>> typesByPillar = new EnumMap<>(Pillar.class);

    public RuleEngine(Catalog catalog, List<? extends Rule> rules) {
        this.catalog = catalog;
        this.defaults = new PropertyDefaults(catalog);
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.info().id()));
        Set<String> ids = new HashSet<>();
        for (Rule r : sorted) {
            if (!ids.add(r.info().id())) {
                throw new IllegalArgumentException("two rules share the id " + r.info().id());
            }
            if (r instanceof ComponentRule cr) {
                for (String type : cr.appliesTo()) {
                    rulesByType.computeIfAbsent(type, k -> new ArrayList<>()).add(cr);
                }
            } else if (r instanceof DesignRule dr) {
                designRules.add(dr);
            } else {
                throw new IllegalArgumentException(r.info().id() + " is neither a component rule nor a design rule");
            }
            typesByPillar.computeIfAbsent(r.info().pillar(), k -> new TreeSet<>()).addAll(r.appliesTo());
        }
        rulesByType.replaceAll((k, v) -> List.copyOf(v));
        this.rules = List.copyOf(sorted);
        this.infos = sorted.stream().map(Rule::info).toList();
    }

    /** Every built-in rule on the standard catalog. */
    public static RuleEngine standard() {
        RuleEngine e = standard;
        if (e == null) {
            synchronized (RuleEngine.class) {
                e = standard;
                if (e == null) {
                    e = new RuleEngine(Catalog.standard(), BuiltInRules.all());
                    standard = e;
                }
            }
        }
        return e;
    }

    /** The rules' metadata, ordered by id. */
    public List<RuleInfo> rules() {
        return infos;
    }

    /** The rules themselves, ordered by id. */
    public List<Rule> ruleList() {
        return rules;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** A full run. */
    public ValidationResult check(Architecture design) {
        return session().update(design);
    }

    /** An incremental checker for successive versions of one design. */
    public RuleSession session() {
        return new RuleSession(this);
    }

    PropertyDefaults defaults() {
        return defaults;
    }

    List<ComponentRule> rulesFor(String type) {
        return rulesByType.getOrDefault(type, List.of());
    }

    List<DesignRule> designRules() {
        return designRules;
    }

    Set<String> typesOf(Pillar pillar) {
        return typesByPillar.getOrDefault(pillar, Set.of());
    }
}
