package org.patternboard.exporters.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands {@code Fn::ForEach} loops of {@code AWS::LanguageExtensions} in {@code Resources}: each generated
 * resource is drawn like any other and remembers the loop it came from, while the loop itself is kept as
 * written so a save writes the loop back, not its expansion. Collections are literal lists or a parameter's
 * default (a list or comma-delimited text); other collections are reported and left unexpanded.
 */
final class ForEachExpander {
    static final String PREFIX = "Fn::ForEach::";

    record Expanded(Map<String, Object> resource, String generatedBy) {
    }

    private final Map<String, Object> parameters;
    private final List<ImportIssue> issues;

    ForEachExpander(Map<String, Object> parameters, List<ImportIssue> issues) {
        this.parameters = parameters;
        this.issues = issues;
    }

    /** Every resource, loops expanded in place, in template order. */
    @SuppressWarnings("unchecked")
    Map<String, Expanded> expand(Map<String, Object> resources) {
        Map<String, Expanded> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : resources.entrySet()) {
            if (e.getKey().startsWith(PREFIX)) {
                expandLoop(e.getKey(), e.getValue(), Map.of(), e.getKey(), out, 0);
            } else if (e.getValue() instanceof Map<?, ?> m) {
                out.put(e.getKey(), new Expanded((Map<String, Object>) m, null));
            } else {
                throw new TemplateImportException(List.of("Resources", e.getKey()),
                        "resource " + e.getKey() + " is not a mapping with a Type");
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void expandLoop(String key, Object loop, Map<String, String> outer, String block, Map<String, Expanded> out,
            int depth) {
        List<Object> at = List.of("Resources", block);
        if (!(loop instanceof List<?> l) || l.size() != 3 || !(l.get(0) instanceof String id) || !(l.get(2) instanceof Map<?, ?>)) {
            issues.add(new ImportIssue(ImportIssue.Level.ERROR, at, key + " must be [identifier, collection, {resources}]"));
            return;
        }
        List<String> items = collection(substitute(l.get(1), outer), at);
        if (items == null) {
            return;
        }
        Map<String, Object> body = (Map<String, Object>) l.get(2);
        for (String item : items) {
            Map<String, String> vars = new LinkedHashMap<>(outer);
            vars.put(id, item);
            for (Map.Entry<String, Object> e : body.entrySet()) {
                if (e.getKey().startsWith(PREFIX)) {
                    if (depth >= 4) {
                        issues.add(new ImportIssue(ImportIssue.Level.WARNING, at, "Fn::ForEach nested more than 5 deep is not expanded"));
                        continue;
                    }
                    expandLoop(e.getKey(), e.getValue(), vars, block, out, depth + 1);
                    continue;
                }
                String logicalId = substituteText(e.getKey(), vars);
                if (out.containsKey(logicalId)) {
                    issues.add(new ImportIssue(ImportIssue.Level.ERROR, at, key + " generates " + logicalId + " twice"));
                    continue;
                }
                Object resource = substitute(e.getValue(), vars);
                if (resource instanceof Map<?, ?> r) {
                    out.put(logicalId, new Expanded((Map<String, Object>) r, block));
                }
            }
        }
    }

    private List<String> collection(Object c, List<Object> at) {
        Object value = c;
        if (c instanceof Map<?, ?> m && m.size() == 1 && m.get("Ref") instanceof String p) {
            Object param = parameters.get(p);
            value = param instanceof Map<?, ?> pm ? pm.get("Default") : null;
            if (value == null) {
                issues.add(new ImportIssue(ImportIssue.Level.WARNING, at, "the loop's collection is parameter " + p
                        + ", which has no default: its resources are not drawn (the loop is kept)"));
                return null;
            }
        }
        if (value instanceof String s) {
            List<String> items = new ArrayList<>();
            for (String part : s.split(",")) {
                items.add(part.strip());
            }
            return items;
        }
        if (value instanceof List<?> list && list.stream().allMatch(x -> x instanceof String || x instanceof Number)) {
            return list.stream().map(String::valueOf).toList();
        }
        issues.add(new ImportIssue(ImportIssue.Level.WARNING, at,
                "the loop's collection is computed at deploy time: its resources are not drawn (the loop is kept)"));
        return null;
    }

    /** Replaces the loop identifiers: {@code Ref: id}, {@code ${id}} and {@code &{id}} in text and keys. */
    private static Object substitute(Object v, Map<String, String> vars) {
        if (vars.isEmpty()) {
            return v;
        }
        if (v instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.get("Ref") instanceof String r && vars.containsKey(r)) {
                return vars.get(r);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(substituteText(String.valueOf(k), vars), substitute(x, vars)));
            return resolveNames(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(substitute(x, vars)));
            return out;
        }
        return v instanceof String s ? substituteText(s, vars) : v;
    }

    /**
     * Inside a loop, a generated resource is named by {@code Ref: !Sub '${id}Topic'} or {@code !GetAtt [!Sub …, Arn]};
     * once the identifier is replaced the Sub is a plain name, and the reference becomes an ordinary one.
     */
    private static Map<String, Object> resolveNames(Map<String, Object> m) {
        if (m.size() != 1) {
            return m;
        }
        String ref = literalSub(m.get("Ref"));
        if (ref != null) {
            return new LinkedHashMap<>(Map.of("Ref", ref));
        }
        String name = m.get("Fn::GetAtt") instanceof List<?> l && l.size() == 2 ? literalSub(l.get(0)) : null;
        if (name != null) {
            List<?> l = (List<?>) m.get("Fn::GetAtt");
            Map<String, Object> out = new LinkedHashMap<>();
            // not List.of: the attribute may be null in a broken template, which the importer reports later
            out.put("Fn::GetAtt", new ArrayList<>(java.util.Arrays.asList(name, l.get(1))));
            return out;
        }
        return m;
    }

    private static String literalSub(Object v) {
        return v instanceof Map<?, ?> m && m.size() == 1 && m.get("Fn::Sub") instanceof String s && !s.contains("${") ? s : null;
    }

    private static String substituteText(String s, Map<String, String> vars) {
        String out = s;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue())
                    .replace("&{" + e.getKey() + "}", e.getValue().replaceAll("[^A-Za-z0-9]", ""));
        }
        return out;
    }
}
