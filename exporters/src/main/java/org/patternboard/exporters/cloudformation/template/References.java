package org.patternboard.exporters.cloudformation.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references a CloudFormation value makes to other logical ids, written any way the language allows:
 * {@code Ref}, {@code Fn::GetAtt} (list or dotted string), and {@code ${Name}} / {@code ${Name.Attr}} inside
 * {@code Fn::Sub} (its variable map's own names excepted, {@code ${!Literal}} skipped). Used by the importer to
 * find connections and by the round-trip export to rename a logical id everywhere it is used.
 */
public final class References {
    /** {@code ${Name}} or {@code ${Name.Attr}}, not {@code ${!Literal}}. */
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(?!!)([^}]+)}");

    /**
     * One reference.
     *
     * @param target    the logical id (or parameter, or pseudo parameter) referenced
     * @param attribute the GetAtt attribute, or null for a Ref
     * @param path      keys and list indices from the searched value down to the intrinsic
     */
    public record Reference(String target, String attribute, List<Object> path) {
    }

    private References() {
    }

    public static List<Reference> find(Object value) {
        List<Reference> out = new ArrayList<>();
        walk(value, new ArrayList<>(), out::add);
        return out;
    }

    /** The distinct targets referenced. */
    public static Set<String> targets(Object value) {
        Set<String> out = new TreeSet<>();
        walk(value, new ArrayList<>(), r -> out.add(r.target()));
        return out;
    }

    private static void walk(Object value, List<Object> path, Consumer<Reference> sink) {
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1) {
                Object key = m.keySet().iterator().next();
                Object arg = m.get(key);
                if ("Ref".equals(key) && arg instanceof String s) {
                    sink.accept(new Reference(s, null, List.copyOf(path)));
                    return;
                }
                if ("Fn::GetAtt".equals(key)) {
                    getAtt(arg, path, sink);
                    return;
                }
                if ("Fn::Sub".equals(key)) {
                    sub(arg, path, sink);
                    return;
                }
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                path.add(String.valueOf(e.getKey()));
                walk(e.getValue(), path, sink);
                path.remove(path.size() - 1);
            }
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                path.add(i);
                walk(l.get(i), path, sink);
                path.remove(path.size() - 1);
            }
        }
    }

    private static void getAtt(Object arg, List<Object> path, Consumer<Reference> sink) {
        if (arg instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String id) {
            sink.accept(new Reference(id, l.size() > 1 ? String.valueOf(l.get(1)) : null, List.copyOf(path)));
            if (l.size() > 1 && !(l.get(1) instanceof String)) {
                walk(l.get(1), path, sink);
            }
        } else if (arg instanceof String s) {
            int dot = s.indexOf('.');
            sink.accept(new Reference(dot < 0 ? s : s.substring(0, dot), dot < 0 ? null : s.substring(dot + 1), List.copyOf(path)));
        }
    }

    private static void sub(Object arg, List<Object> path, Consumer<Reference> sink) {
        String text = arg instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : arg instanceof String s ? s : null;
        Set<String> local = new TreeSet<>();
        if (arg instanceof List<?> l && l.size() > 1 && l.get(1) instanceof Map<?, ?> vars) {
            vars.keySet().forEach(k -> local.add(String.valueOf(k)));
            path.add(1);
            walk(vars, path, sink);
            path.remove(path.size() - 1);
        }
        if (text == null) {
            return;
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            int dot = name.indexOf('.');
            String target = dot < 0 ? name : name.substring(0, dot);
            if (!local.contains(name) && !local.contains(target)) {
                sink.accept(new Reference(target, dot < 0 ? null : name.substring(dot + 1), List.copyOf(path)));
            }
        }
    }

    /**
     * A copy of {@code value} with every reference to a renamed logical id rewritten, in the form it was written in
     * (a dotted GetAtt stays dotted, a Sub keeps its text around the name). Values without such a reference are
     * returned as they are (same instance), so untouched parts of a template stay equal.
     */
    public static Object rename(Object value, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return value;
        }
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1) {
                Object key = m.keySet().iterator().next();
                Object arg = m.get(key);
                if ("Ref".equals(key) && arg instanceof String s && renames.containsKey(s)) {
                    return Map.of("Ref", renames.get(s));
                }
                if ("Fn::GetAtt".equals(key)) {
                    Object renamed = renameGetAtt(arg, renames);
                    return renamed == arg ? value : single("Fn::GetAtt", renamed);
                }
                if ("Fn::Sub".equals(key)) {
                    Object renamed = renameSub(arg, renames);
                    return renamed == arg ? value : single("Fn::Sub", renamed);
                }
            }
            Map<String, Object> copy = null;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object v = rename(e.getValue(), renames);
                if (v != e.getValue()) {
                    if (copy == null) {
                        copy = new LinkedHashMap<>();
                        for (Map.Entry<?, ?> x : m.entrySet()) {
                            copy.put(String.valueOf(x.getKey()), x.getValue());
                        }
                    }
                    copy.put(String.valueOf(e.getKey()), v);
                }
            }
            return copy == null ? value : copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = null;
            for (int i = 0; i < l.size(); i++) {
                Object v = rename(l.get(i), renames);
                if (v != l.get(i)) {
                    if (copy == null) {
                        copy = new ArrayList<>(l);
                    }
                    copy.set(i, v);
                }
            }
            return copy == null ? value : copy;
        }
        return value;
    }

    /** A DependsOn value (a name or a list of names) with renamed ids. */
    public static Object renameNames(Object dependsOn, Map<String, String> renames) {
        if (dependsOn instanceof String s) {
            return renames.getOrDefault(s, s);
        }
        if (dependsOn instanceof List<?> l && l.stream().anyMatch(x -> renames.containsKey(String.valueOf(x)))) {
            return l.stream().map(x -> x instanceof String s ? renames.getOrDefault(s, s) : x).toList();
        }
        return dependsOn;
    }

    private static Object renameGetAtt(Object arg, Map<String, String> renames) {
        if (arg instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String id) {
            Object attr = l.size() > 1 ? rename(l.get(1), renames) : null;
            if (!renames.containsKey(id) && (l.size() < 2 || attr == l.get(1))) {
                return arg;
            }
            List<Object> copy = new ArrayList<>(l);
            copy.set(0, renames.getOrDefault(id, id));
            if (l.size() > 1) {
                copy.set(1, attr);
            }
            return copy;
        }
        if (arg instanceof String s) {
            int dot = s.indexOf('.');
            String id = dot < 0 ? s : s.substring(0, dot);
            return renames.containsKey(id) ? renames.get(id) + (dot < 0 ? "" : s.substring(dot)) : arg;
        }
        return arg;
    }

    private static Object renameSub(Object arg, Map<String, String> renames) {
        if (arg instanceof String s) {
            String renamed = renameSubText(s, renames, Set.of());
            return renamed.equals(s) ? arg : renamed;
        }
        if (arg instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String s) {
            Set<String> local = new TreeSet<>();
            Object vars = l.size() > 1 ? l.get(1) : null;
            if (vars instanceof Map<?, ?> v) {
                v.keySet().forEach(k -> local.add(String.valueOf(k)));
            }
            String text = renameSubText(s, renames, local);
            Object newVars = vars == null ? null : rename(vars, renames);
            if (text.equals(s) && newVars == vars) {
                return arg;
            }
            List<Object> copy = new ArrayList<>(l);
            copy.set(0, text);
            if (vars != null) {
                copy.set(1, newVars);
            }
            return copy;
        }
        return arg;
    }

    private static String renameSubText(String text, Map<String, String> renames, Set<String> local) {
        Matcher m = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            int dot = name.indexOf('.');
            String id = dot < 0 ? name : name.substring(0, dot);
            String replacement = m.group();
            if (renames.containsKey(id) && !local.contains(id) && !local.contains(name)) {
                replacement = "${" + renames.get(id) + (dot < 0 ? "" : name.substring(dot)) + "}";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Object> single(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }
}
