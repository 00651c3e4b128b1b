package org.patternboard.exporters.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.catalog.ConnectionKind;

/**
 * The importer's knowledge of CloudFormation, as data ({@code patternboard/import/import-rules.json}): which
 * resources are helpers that fold into their host, which link two resources (and so become a connection), and which
 * reference, under which property path, means which connection kind.
 */
final class ImportRules {
    /** A helper folds into the resource referenced at one of {@code host}, or the one resource referencing it at {@code referencedBy}. */
    record Helper(String type, List<String> host, List<String> referencedBy) {
    }

    record Link(String type, String from, String to, String kind) {
    }

    record ReferenceRule(String type, List<String> path, ConnectionKind kind, boolean reverse) {
    }

    record SamEvent(String path, ConnectionKind kind, boolean reverse, String implicit, String implicitType) {
    }

    final Map<String, Helper> helpers = new LinkedHashMap<>();
    final Map<String, Link> links = new LinkedHashMap<>();
    final List<ReferenceRule> references = new ArrayList<>();
    final Map<String, SamEvent> samEvents = new LinkedHashMap<>();
    final Map<String, List<String>> iamActions = new LinkedHashMap<>();
    final Map<String, ConnectionKind> samPolicyTemplates = new LinkedHashMap<>();

    private static volatile ImportRules standard;

    static ImportRules standard() {
        ImportRules r = standard;
        if (r == null) {
            r = load();
            standard = r;
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private static ImportRules load() {
        Map<String, Object> data;
        try (InputStream in = ImportRules.class.getClassLoader().getResourceAsStream("patternboard/import/import-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("import rules missing: patternboard/import/import-rules.json");
            }
            data = new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportRules r = new ImportRules();
        for (Map<String, Object> h : (List<Map<String, Object>>) data.get("helpers")) {
            r.helpers.put((String) h.get("type"), new Helper((String) h.get("type"),
                    (List<String>) h.getOrDefault("host", List.of()), (List<String>) h.getOrDefault("referencedBy", List.of())));
        }
        for (Map<String, Object> l : (List<Map<String, Object>>) data.get("links")) {
            r.links.put((String) l.get("type"), new Link((String) l.get("type"), (String) l.get("from"), (String) l.get("to"),
                    (String) l.get("kind")));
        }
        for (Map<String, Object> ref : (List<Map<String, Object>>) data.get("references")) {
            r.references.add(new ReferenceRule((String) ref.get("type"), List.of(((String) ref.get("path")).split("\\.")),
                    ConnectionKind.fromId((String) ref.get("kind")), Boolean.TRUE.equals(ref.get("reverse"))));
        }
        ((Map<String, Map<String, Object>>) data.get("samEvents")).forEach((type, e) -> r.samEvents.put(type,
                new SamEvent((String) e.get("path"), ConnectionKind.fromId((String) e.get("kind")),
                        Boolean.TRUE.equals(e.get("reverse")), (String) e.get("implicit"), (String) e.get("implicitType"))));
        r.iamActions.putAll((Map<String, List<String>>) data.get("iamActions"));
        ((Map<String, List<String>>) data.get("samPolicyTemplates")).forEach((kind, names) ->
                names.forEach(n -> r.samPolicyTemplates.put(n, ConnectionKind.fromId(kind))));
        return r;
    }

    /** The rule for a reference found at {@code path} (keys and indices below Properties) in a resource of {@code type}. */
    Optional<ReferenceRule> referenceRule(String type, List<Object> path) {
        for (ReferenceRule rule : references) {
            if ((rule.type().equals(type) || rule.type().equals("*")) && matches(rule.path(), path)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code path} starts with {@code pattern} ({@code *} matches one key or index). */
    static boolean matches(List<String> pattern, List<Object> path) {
        if (path.size() < pattern.size()) {
            return false;
        }
        for (int i = 0; i < pattern.size(); i++) {
            if (!pattern.get(i).equals("*") && !pattern.get(i).equals(String.valueOf(path.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** reads, writes or readWrites from IAM actions, by their verbs (consumer actions read); null when no verb tells. */
    ConnectionKind kindOfActions(List<String> actions) {
        boolean reads = false;
        boolean writes = false;
        for (String action : actions) {
            // A consumer deletes what it received: that is part of reading a queue, not writing to it.
            if (iamActions.getOrDefault("consumes", List.of()).contains(action)) {
                reads = true;
                continue;
            }
            String verb = action.contains(":") ? action.substring(action.indexOf(':') + 1) : action;
            if (verb.equals("*")) {
                reads = writes = true;
                continue;
            }
            for (String prefix : iamActions.get("reads")) {
                reads |= verb.startsWith(prefix);
            }
            for (String prefix : iamActions.get("writes")) {
                writes |= verb.startsWith(prefix);
            }
        }
        return reads && writes ? ConnectionKind.READ_WRITES : reads ? ConnectionKind.READS : writes ? ConnectionKind.WRITES : null;
    }
}
