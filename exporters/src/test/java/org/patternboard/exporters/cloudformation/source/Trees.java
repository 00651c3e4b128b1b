package org.patternboard.exporters.cloudformation.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Test helpers: deep copies of template trees and navigation into them. */
final class Trees {
    private Trees() {
    }

    static Object copy(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> r = new LinkedHashMap<>();
            m.forEach((k, v) -> r.put((String) k, copy(v)));
            return r;
        }
        if (o instanceof List<?> l) {
            List<Object> r = new ArrayList<>();
            l.forEach(v -> r.add(copy(v)));
            return r;
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> changed(TemplateDocument d, Consumer<Map<String, Object>> change) {
        Map<String, Object> t = (Map<String, Object>) copy(d.tree());
        change.accept(t);
        return t;
    }

    @SuppressWarnings("unchecked")
    static Object at(Object root, Object... path) {
        Object o = root;
        for (Object p : path) {
            o = o instanceof Map<?, ?> m ? m.get(p) : ((List<Object>) o).get((Integer) p);
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object root, Object... path) {
        return (Map<String, Object>) at(root, path);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object root, Object... path) {
        return (List<Object>) at(root, path);
    }

    /** A map with {@code from} renamed to {@code to} in place, other keys in order. */
    static Map<String, Object> renamed(Map<String, Object> m, String from, String to) {
        Map<String, Object> r = new LinkedHashMap<>();
        m.forEach((k, v) -> r.put(k.equals(from) ? to : k, v));
        return r;
    }

    static Map<String, Object> of(Object... kv) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            r.put((String) kv[i], kv[i + 1]);
        }
        return r;
    }
}
