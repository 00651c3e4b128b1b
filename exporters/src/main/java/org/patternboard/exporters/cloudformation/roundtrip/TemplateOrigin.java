package org.patternboard.exporters.cloudformation.roundtrip;

import java.util.List;
import java.util.Map;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Where an imported design came from, as stored in the design file's extra fields, so the importer and the
 * round-trip export agree on one spelling.
 *
 * <p>Design: {@code "cloudFormationTemplate": {"source": {"path", "sha256", "format"}, "sections": {every top-level
 * key but Resources}, "sectionOrder": [...], "resourceOrder": [...], "blocks": {non-resource entries of Resources,
 * such as Fn::ForEach}, "unplaced": {linking resources that became no connection}}}. Component: {@code "cloudFormation": {"logicalId", "resource": {the resource as written},
 * "helpers": {logical id: resource}}}, with {@code "implicit": true} for resources SAM creates itself and
 * {@code "generatedBy"} for a resource expanded from an {@code Fn::ForEach}. Connection: {@code "cloudFormation":
 * {"derived": true}} for a reference read from the template, or {@code {"logicalId", "resource"}} for a linking
 * resource such as an event source mapping.
 *
 * <p>Nested stacks whose child template was opened into their frame: the design keeps each child's origin (the
 * same fields, {@code source.path} relative to the parent template's directory) under {@code "nestedStacks":
 * {instance: {..., "template": path}}}, where the instance is the nested stack's component id ({@code Orders}, or
 * {@code Orders.Audit} a level deeper). A child's components and connections carry {@code "stack": instance} and
 * {@code "template": path} next to their own fields; their {@code logicalId} is the one in the child template.
 */
public final class TemplateOrigin {
    public static final String DESIGN_KEY = "cloudFormationTemplate";
    public static final String ELEMENT_KEY = "cloudFormation";
    public static final String NESTED_KEY = "nestedStacks";

    private TemplateOrigin() {
    }

    public static boolean isImported(Architecture a) {
        return a.extra().get(DESIGN_KEY) instanceof Map<?, ?>;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> design(Architecture a) {
        Object v = a.extra().get(DESIGN_KEY);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Component c) {
        Object v = c.extra().get(ELEMENT_KEY);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Connection c) {
        Object v = c.extra().get(ELEMENT_KEY);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public static boolean isImported(Component c) {
        return of(c).get("logicalId") instanceof String;
    }

    public static String logicalId(Component c) {
        return (String) of(c).get("logicalId");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> resource(Component c) {
        Object r = of(c).get("resource");
        return r instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> helpers(Component c) {
        Object h = of(c).get("helpers");
        return h instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public static boolean isImplicit(Component c) {
        return Boolean.TRUE.equals(of(c).get("implicit"));
    }

    public static String generatedBy(Component c) {
        Object g = of(c).get("generatedBy");
        return g instanceof String s ? s : null;
    }

    /** A connection that the template's own references express; exporting the resources exports it. */
    public static boolean isDerived(Connection c) {
        return Boolean.TRUE.equals(of(c).get("derived")) || of(c).get("logicalId") instanceof String;
    }

    /** The nested stack instance a component of a child template belongs to, or null for the template's own. */
    public static String stack(Component c) {
        return of(c).get("stack") instanceof String s ? s : null;
    }

    public static String stack(Connection c) {
        return of(c).get("stack") instanceof String s ? s : null;
    }

    /** The child template (relative to the parent template's directory) a component was read from, or null. */
    public static String template(Component c) {
        return of(c).get("template") instanceof String s ? s : null;
    }

    /** The origin of each opened child template by nested stack instance, in import order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> nested(Architecture a) {
        return design(a).get(NESTED_KEY) instanceof Map<?, ?> m ? (Map<String, Map<String, Object>>) m : Map.of();
    }

    /** The design remembering a new state of a child template (after it was saved back), for every instance of it. */
    @SuppressWarnings("unchecked")
    public static Architecture withNestedSource(Architecture a, String template, String sha256) {
        Map<String, Map<String, Object>> nested = new java.util.LinkedHashMap<>(nested(a));
        boolean any = false;
        for (Map.Entry<String, Map<String, Object>> e : nested.entrySet()) {
            if (template.equals(e.getValue().get("template"))) {
                Map<String, Object> origin = new java.util.LinkedHashMap<>(e.getValue());
                Map<String, Object> source = origin.get("source") instanceof Map<?, ?> m
                        ? new java.util.LinkedHashMap<>((Map<String, Object>) m) : new java.util.LinkedHashMap<>();
                source.put("sha256", sha256);
                origin.put("source", source);
                e.setValue(origin);
                any = true;
            }
        }
        if (!any) {
            return a;
        }
        Map<String, Object> origin = new java.util.LinkedHashMap<>(design(a));
        origin.put(NESTED_KEY, nested);
        Map<String, Object> extra = new java.util.LinkedHashMap<>(a.extra());
        extra.put(DESIGN_KEY, origin);
        return a.withExtra(extra);
    }

    public static String sourcePath(Architecture a) {
        return design(a).get("source") instanceof Map<?, ?> s && s.get("path") instanceof String p ? p : null;
    }

    public static String sourceSha256(Architecture a) {
        return design(a).get("source") instanceof Map<?, ?> s && s.get("sha256") instanceof String p ? p : null;
    }

    /** The design remembering a new state of its template (after it was saved back onto it). */
    @SuppressWarnings("unchecked")
    public static Architecture withSource(Architecture a, String path, String sha256) {
        if (!isImported(a)) {
            return a;
        }
        Map<String, Object> origin = new java.util.LinkedHashMap<>(design(a));
        Map<String, Object> source = origin.get("source") instanceof Map<?, ?> m
                ? new java.util.LinkedHashMap<>((Map<String, Object>) m) : new java.util.LinkedHashMap<>();
        source.put("path", path);
        source.put("sha256", sha256);
        origin.put("source", source);
        Map<String, Object> extra = new java.util.LinkedHashMap<>(a.extra());
        extra.put(DESIGN_KEY, origin);
        return a.withExtra(extra);
    }

    /** The hash a design keeps of its template's text, to tell whether the file changed since. */
    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<String> list(Map<String, Object> m, String key) {
        return m.get(key) instanceof List<?> l ? (List<String>) l : List.of();
    }
}
