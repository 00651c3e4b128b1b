package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.design.Component;

/** Small helpers the emitters share. */
final class Support {
    /** Retention values CloudFormation accepts for AWS::Logs::LogGroup. */
    static final String NEVER = "never";

    private Support() {
    }

    /** Adds an explicit log group with retention for a component (functions, state machines, APIs...). */
    static Resource logGroup(ExportContext ctx, Component c, String suffix, String retentionDays) {
        Resource lg = ctx.add(c, suffix, "AWS::Logs::LogGroup").retention("Delete");
        if (retentionDays != null && !NEVER.equals(retentionDays)) {
            lg.put("RetentionInDays", Long.parseLong(retentionDays));
        }
        return lg;
    }

    /** {@code OrdersTable} → {@code ORDERS_TABLE}: environment variable prefixes from logical ids. */
    static String snake(String logicalId) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < logicalId.length(); i++) {
            char ch = logicalId.charAt(i);
            if (i > 0 && Character.isUpperCase(ch) && !Character.isUpperCase(logicalId.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(ch));
        }
        return out.toString();
    }

    /** An environment variable name Lambda and ECS accept: letters, digits, underscores, starting with a letter. */
    static String envName(String wanted) {
        String s = wanted.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "V" + s;
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /**
     * Environment variables for the components {@code c} is connected to (outgoing connections, each target
     * once), named {@code <TARGET>_<WHAT>}, e.g. {@code ORDERS_TABLE_NAME}; then the user's own.
     */
    static Map<String, Object> environment(ExportContext ctx, Component c, Map<String, Object> user) {
        Map<String, Object> env = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (var conn : ctx.design().outgoing(c.id())) {
            if (seen.contains(conn.to()) || ctx.design().componentOrNull(conn.to()) == null) {
                continue;
            }
            seen.add(conn.to());
            Component target = ctx.component(conn.to());
            if (!ctx.catalog().hasType(target.type())) {
                continue;
            }
            ctx.emitter(target).environment(target, ctx).forEach((what, value) ->
                    env.putIfAbsent(envName(snake(ctx.id(target)) + "_" + what), value));
        }
        user.forEach((k, v) -> env.put(envName(k), v == null ? "" : String.valueOf(v)));
        return env;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The host of a URL ({@code https://api.example.com/x} → {@code api.example.com}). */
    static String host(String url) {
        String s = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        int slash = s.indexOf('/');
        s = slash < 0 ? s : s.substring(0, slash);
        int colon = s.indexOf(':');
        return colon < 0 ? s : s.substring(0, colon);
    }

    /** Text for a Description property: one line, printable, cut to {@code max} characters. */
    static String description(String text, int max) {
        String s = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        return s.length() > max ? s.substring(0, max) : s;
    }
}
