package org.patternboard.model.catalog;

import java.util.ArrayList;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The component types and the connection legality table. Immutable; {@link #standard()} is loaded
 * once from the resource files under {@code patternboard/catalog}.
 */
public final class Catalog {
    private static volatile Catalog standard;

    private final Map<String, ComponentType> types;
    private final Map<ConnectionKind, KindInfo> kinds;
    private final List<ConnectionRule> rules;
    /** (from, to) → rules for that pair, default first. */
    private final Map<String, List<ConnectionRule>> rulesByPair;
    private final List<ResourceMapping> mappings;
    /**
     * Rules legal for any pair they name ({@code *} matches every type) that come after the specific rules
     * and are a pair's default only where no specific rule connects it: the plain reference edge. They are
     * kept apart so that {@link #rules()} stays the list of connections an export knows how to wire.
     */
    private final List<ConnectionRule> fallbacks;

    public Catalog(Collection<ComponentType> types, Collection<KindInfo> kinds, Collection<ConnectionRule> rules) {
        this(types, kinds, rules, List.of());
    }

    /** @param mappings each curated type's design property ↔ CloudFormation property mapping (catalog data) */
    public Catalog(Collection<ComponentType> types, Collection<KindInfo> kinds, Collection<ConnectionRule> rules,
            Collection<ResourceMapping> mappings) {
        this(types, kinds, rules, mappings, List.of());
    }

    /** @param fallbacks rules such as {@code * references *}, see {@link #fallbackRules()} */
    public Catalog(Collection<ComponentType> types, Collection<KindInfo> kinds, Collection<ConnectionRule> rules,
            Collection<ResourceMapping> mappings, Collection<ConnectionRule> fallbacks) {
        Map<String, ComponentType> byId = new TreeMap<>();
        for (ComponentType t : types) {
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException("component type '" + t.id() + "' is defined twice");
            }
        }
        this.types = Collections.unmodifiableMap(byId);
        Map<ConnectionKind, KindInfo> kindMap = new LinkedHashMap<>();
        for (KindInfo k : kinds) {
            kindMap.put(k.kind(), k);
        }
        this.kinds = Collections.unmodifiableMap(kindMap);
        this.rules = List.copyOf(rules);
        Map<String, List<ConnectionRule>> pairs = new HashMap<>();
        for (ConnectionRule r : rules) {
            List<ConnectionRule> list = pairs.computeIfAbsent(pairKey(r.from(), r.to()), k -> new ArrayList<>());
            if (r.isDefault()) {
                list.add(0, r);
            } else {
                list.add(r);
            }
        }
        pairs.replaceAll((k, v) -> List.copyOf(v));
        this.rulesByPair = pairs;
        this.mappings = List.copyOf(mappings);
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** The catalog that ships with Patternboard. */
    public static Catalog standard() {
        Catalog c = standard;
        if (c == null) {
            synchronized (Catalog.class) {
                c = standard;
                if (c == null) {
                    c = new CatalogLoader().loadStandard();
                    standard = c;
                }
            }
        }
        return c;
    }

    public Collection<ComponentType> types() {
        return types.values();
    }

    public Optional<ComponentType> type(String id) {
        return Optional.ofNullable(types.get(id));
    }

    public boolean hasType(String id) {
        return types.containsKey(id);
    }

    public Collection<KindInfo> kinds() {
        return kinds.values();
    }

    public Optional<KindInfo> kind(ConnectionKind kind) {
        return Optional.ofNullable(kinds.get(kind));
    }

    /** The specific connection rules: each says how an export wires one (type, kind, type) triple. */
    public List<ConnectionRule> rules() {
        return rules;
    }

    /** The fallback rules, with {@code *} standing for every type. */
    public List<ConnectionRule> fallbackRules() {
        return fallbacks;
    }

    /** The kinds allowed from one type to another, the default first; empty when they cannot be connected. */
    public List<ConnectionKind> legalKinds(String fromType, String toType) {
        List<ConnectionKind> result = new ArrayList<>();
        for (ConnectionRule r : rulesFor(fromType, toType)) {
            result.add(r.kind());
        }
        return result;
    }

    /**
     * The kinds a user may draw between two types: the specific rules only. A plain reference (a fallback) is
     * legal, so imported templates keep every reference, but drawing one by hand would wire nothing on export.
     */
    public List<ConnectionKind> drawableKinds(String fromType, String toType) {
        List<ConnectionKind> result = new ArrayList<>();
        for (ConnectionRule r : rulesByPair.getOrDefault(pairKey(fromType, toType), List.of())) {
            result.add(r.kind());
        }
        return result;
    }

    /** Why nothing can be drawn from one type to another; empty when some kind can. */
    public Optional<String> whyNotDrawable(String fromType, String toType) {
        if (!drawableKinds(fromType, toType).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("a " + displayName(fromType) + " (" + fromType + ") cannot be connected to a "
                + displayName(toType) + " (" + toType + ")");
    }

    public Optional<ConnectionKind> defaultKind(String fromType, String toType) {
        List<ConnectionRule> list = rulesFor(fromType, toType);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0).kind());
    }

    /** The specific rules of the pair (default first), then the fallbacks that match it and add a new kind. */
    private List<ConnectionRule> rulesFor(String fromType, String toType) {
        List<ConnectionRule> specific = rulesByPair.getOrDefault(pairKey(fromType, toType), List.of());
        if (fallbacks.isEmpty() || !types.containsKey(fromType) || !types.containsKey(toType)) {
            return specific;
        }
        List<ConnectionRule> result = new ArrayList<>(specific);
        for (ConnectionRule f : fallbacks) {
            boolean matches = (f.from().equals("*") || f.from().equals(fromType))
                    && (f.to().equals("*") || f.to().equals(toType));
            if (matches && result.stream().noneMatch(r -> r.kind() == f.kind())) {
                result.add(new ConnectionRule(fromType, f.kind(), toType, specific.isEmpty(), f.properties(), f.mappings()));
            }
        }
        return result;
    }

    public Optional<ConnectionRule> rule(String fromType, ConnectionKind kind, String toType) {
        for (ConnectionRule r : rulesFor(fromType, toType)) {
            if (r.kind() == kind) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public boolean isLegal(String fromType, ConnectionKind kind, String toType) {
        return rule(fromType, kind, toType).isPresent();
    }

    /**
     * Why a connection is not allowed, naming both types; empty when it is allowed.
     */
    public Optional<String> whyIllegal(String fromType, ConnectionKind kind, String toType) {
        if (isLegal(fromType, kind, toType)) {
            return Optional.empty();
        }
        String from = displayName(fromType);
        String to = displayName(toType);
        List<ConnectionKind> legal = legalKinds(fromType, toType);
        if (legal.isEmpty()) {
            return Optional.of("a " + from + " (" + fromType + ") cannot be connected to a " + to + " (" + toType + ")");
        }
        List<String> names = new ArrayList<>();
        legal.forEach(k -> names.add(k.id()));
        return Optional.of("a " + from + " (" + fromType + ") cannot '" + kind.id() + "' a " + to + " (" + toType
                + "); allowed: " + String.join(", ", names));
    }

    /** Properties a connection of this kind between these types may carry: the kind's plus the rule's. */
    public List<PropertySpec> connectionProperties(String fromType, ConnectionKind kind, String toType) {
        List<PropertySpec> specs = new ArrayList<>();
        kind(kind).ifPresent(k -> specs.addAll(k.properties()));
        rule(fromType, kind, toType).ifPresent(r -> {
            for (PropertySpec p : r.properties()) {
                specs.removeIf(s -> s.id().equals(p.id()));
                specs.add(p);
            }
        });
        return specs;
    }

    public String displayName(String typeId) {
        ComponentType t = types.get(typeId);
        return t == null ? typeId : t.name();
    }

    public Set<String> typeIds() {
        return types.keySet();
    }

    private static String pairKey(String from, String to) {
        return from + "\u0000" + to;
    }

    /** Every property mapping, in catalog order. */
    public List<ResourceMapping> mappings() {
        return mappings;
    }

    /** The mappings of one component type (its own CloudFormation type first, then e.g. its SAM form). */
    public List<ResourceMapping> mappingsOf(String typeId) {
        return mappings.stream().filter(m -> m.componentType().equals(typeId)).toList();
    }

    /** The mapping of a component type for one CloudFormation resource type, if the catalog has one. */
    public Optional<ResourceMapping> mappingOf(String typeId, String resourceType) {
        return mappings.stream().filter(m -> m.componentType().equals(typeId) && m.resourceType().equals(resourceType))
                .findFirst();
    }

    /**
     * The curated mapping for a resource: among the mappings of its CloudFormation type, the first whose
     * {@code when} holds; mappings with a condition are tried before an unconditional one.
     */
    public Optional<ResourceMapping> mappingFor(String resourceType, Map<String, Object> cfnProperties) {
        Optional<ResourceMapping> conditional = mappings.stream()
                .filter(m -> m.resourceType().equals(resourceType) && !m.when().isEmpty() && m.matches(cfnProperties))
                .findFirst();
        return conditional.isPresent() ? conditional : mappings.stream()
                .filter(m -> m.resourceType().equals(resourceType) && m.when().isEmpty()).findFirst();
    }
}
