package org.patternboard.exporters.cdk.stack;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON-shaped design values (String, Long, Double, Boolean, List, Map) as Java expressions:
 * {@code Map.of(...)}, {@code List.of(...)} and literals. Strings always go through JavaPoet's {@code $S},
 * which escapes them; nothing here escapes by hand.
 */
public final class Literals {
    public static final ClassName MAP = ClassName.get(Map.class);
    public static final ClassName LIST = ClassName.get(List.class);
    private static final int MAP_OF_LIMIT = 10;

    private Literals() {
    }

    public static CodeBlock of(Object value) {
        if (value == null) {
            return CodeBlock.of("null");
        }
        if (value instanceof String s) {
            return CodeBlock.of("$S", s);
        }
        if (value instanceof Boolean b) {
            return CodeBlock.of("$L", b);
        }
        if (value instanceof Long l) {
            return number(l);
        }
        if (value instanceof Integer i) {
            return CodeBlock.of("$L", i);
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? CodeBlock.of("$S", String.valueOf(d)) : CodeBlock.of("$L", d);
        }
        if (value instanceof Map<?, ?> m) {
            return map(m);
        }
        if (value instanceof List<?> l) {
            return list(l);
        }
        return CodeBlock.of("$S", String.valueOf(value));
    }

    /** A whole number: an int literal when it fits (CDK setters take java.lang.Number), else a long literal. */
    public static CodeBlock number(long l) {
        return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? CodeBlock.of("$L", l) : CodeBlock.of("$LL", l);
    }

    public static CodeBlock list(List<?> values) {
        List<CodeBlock> items = new ArrayList<>();
        for (Object v : values) {
            if (v != null) {
                items.add(of(v));
            }
        }
        return CodeBlock.of("$T.of($L)", LIST, CodeBlock.join(items, ", "));
    }

    /** A list of strings. */
    public static CodeBlock strings(List<String> values) {
        return list(values);
    }

    public static CodeBlock map(Map<?, ?> values) {
        List<CodeBlock> entries = new ArrayList<>();
        boolean small = values.size() <= MAP_OF_LIMIT;
        for (Map.Entry<?, ?> e : values.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            CodeBlock key = CodeBlock.of("$S", String.valueOf(e.getKey()));
            entries.add(small ? CodeBlock.of("$L, $L", key, of(e.getValue()))
                    : CodeBlock.of("$T.entry($L, $L)", MAP, key, of(e.getValue())));
        }
        return small ? CodeBlock.of("$T.of($L)", MAP, CodeBlock.join(entries, ", "))
                : CodeBlock.of("$T.ofEntries($L)", MAP, CodeBlock.join(entries, ", "));
    }
}
