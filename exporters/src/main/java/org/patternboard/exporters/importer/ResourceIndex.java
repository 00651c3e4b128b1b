package org.patternboard.exporters.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.template.References;

/**
 * The template's resources and what each is to the design: a component of its own, a helper folded into the
 * component it serves (found through its host path, or for roles through who references them), or a link
 * that becomes a connection.
 */
final class ResourceIndex {
    enum Role { COMPONENT, HELPER, LINK }

    static final class Res {
        final String logicalId;
        final String type;
        final Map<String, Object> raw;
        final Map<String, Object> props;
        final String generatedBy;
        Role role = Role.COMPONENT;
        String host;
        private List<References.Reference> refs;

        Res(String logicalId, String type, Map<String, Object> raw, Map<String, Object> props, String generatedBy) {
            this.logicalId = logicalId;
            this.type = type;
            this.raw = raw;
            this.props = props;
            this.generatedBy = generatedBy;
        }

        /** The references under Properties, found once: roles and helpers ask for them many times. */
        List<References.Reference> refs() {
            if (refs == null) {
                refs = References.find(props);
            }
            return refs;
        }
    }

    private final ImportRules rules;
    private final Map<String, Object> parameters;
    private final Map<String, Res> byId = new LinkedHashMap<>();
    private final Map<String, List<Res>> helpers = new LinkedHashMap<>();

    ResourceIndex(ImportRules rules, Map<String, Object> parameters) {
        this.rules = rules;
        this.parameters = parameters;
    }

    void add(String logicalId, String type, Map<String, Object> raw, Map<String, Object> props, String generatedBy) {
        byId.put(logicalId, new Res(logicalId, type, raw, props, generatedBy));
    }

    Collection<Res> all() {
        return byId.values();
    }

    Res get(String logicalId) {
        return byId.get(logicalId);
    }

    boolean isParameter(String name) {
        return parameters.containsKey(name) || name.startsWith("AWS::");
    }

    /** Decides each resource's role: links first, then helpers by host path, then roles by who uses them. */
    void fold() {
        for (Res r : byId.values()) {
            if (rules.links.containsKey(r.type) && linkEndsResolve(r)) {
                r.role = Role.LINK;
            }
        }
        for (Res r : byId.values()) {
            ImportRules.Helper h = rules.helpers.get(r.type);
            if (r.role != Role.COMPONENT || h == null || h.host().isEmpty()) {
                continue;
            }
            String host = firstTarget(r, h.host());
            if (host != null && !host.equals(r.logicalId) && byId.get(host).role != Role.LINK) {
                r.role = Role.HELPER;
                r.host = host;
            }
        }
        for (Res user : byId.values()) {
            if (user.role == Role.LINK) {
                continue;
            }
            for (References.Reference ref : user.refs()) {
                Res r = byId.get(ref.target());
                ImportRules.Helper h = r == null ? null : rules.helpers.get(r.type);
                if (r == null || r == user || r.role != Role.COMPONENT || h == null || h.referencedBy().isEmpty()) {
                    continue;
                }
                if (h.referencedBy().stream().anyMatch(p -> ImportRules.matches(List.of(p.split("\\.")), ref.path()))) {
                    r.role = Role.HELPER;
                    r.host = user.logicalId;
                }
            }
        }
        // a helper whose host is itself folded into it would leave both without a component
        for (Res r : byId.values()) {
            if (r.role == Role.HELPER && ownerId(r, 0) == null) {
                r.role = Role.COMPONENT;
                r.host = null;
            }
        }
        for (Res r : byId.values()) {
            if (r.role == Role.HELPER) {
                helpers.computeIfAbsent(ownerId(r, 0), k -> new ArrayList<>()).add(r);
            }
        }
    }

    private boolean linkEndsResolve(Res r) {
        ImportRules.Link l = rules.links.get(r.type);
        return firstTarget(r, List.of(l.from())) != null && firstTarget(r, List.of(l.to())) != null
                || r.type.equals("AWS::Serverless::Connector");
    }

    /** The first resource referenced under one of the paths (relative to Properties). */
    String firstTarget(Res r, List<String> paths) {
        for (References.Reference ref : r.refs()) {
            for (String p : paths) {
                if (ImportRules.matches(List.of(p.split("\\.")), ref.path()) && byId.containsKey(ref.target())) {
                    return ref.target();
                }
            }
        }
        return null;
    }

    /** The component a resource belongs to: itself, or for a helper its host's owner; null for a link. */
    String owner(String logicalId) {
        Res r = byId.get(logicalId);
        return r == null ? null : ownerId(r, 0);
    }

    private String ownerId(Res r, int depth) {
        if (r.role == Role.LINK || depth > 20) {
            return null;
        }
        if (r.role == Role.COMPONENT) {
            return r.logicalId;
        }
        Res host = byId.get(r.host);
        return host == null ? null : ownerId(host, depth + 1);
    }

    List<Res> owners() {
        return byId.values().stream().filter(r -> r.role == Role.COMPONENT).toList();
    }

    List<Res> helpersOf(Res component) {
        return helpers.getOrDefault(component.logicalId, List.of());
    }
}
