package org.patternboard.exporters.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a nested stack's child template is: {@code TemplateURL} of an {@code AWS::CloudFormation::Stack},
 * {@code Location} of an {@code AWS::Serverless::Application}. Only a plain relative path (as {@code aws
 * cloudformation package} and {@code sam} accept before they upload it) is a file the importer can open.
 */
record NestedStackLocation(String path, List<Object> at, String whyNot) {
    static final String STACK = "AWS::CloudFormation::Stack";
    static final String APPLICATION = "AWS::Serverless::Application";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    boolean isLocal() {
        return path != null;
    }

    /** The location of a nested stack resource, or null when the resource is no nested stack. */
    static NestedStackLocation of(String logicalId, String type, Map<?, ?> resource) {
        String key = switch (type) {
            case STACK -> "TemplateURL";
            case APPLICATION -> "Location";
            default -> null;
        };
        if (key == null) {
            return null;
        }
        List<Object> at = List.of("Resources", logicalId, "Properties", key);
        Object value = resource.get("Properties") instanceof Map<?, ?> p ? p.get(key) : null;
        if (value == null) {
            return new NestedStackLocation(null, at.subList(0, 2), "it names no " + key);
        }
        if (value instanceof Map<?, ?> m) {
            boolean sar = m.containsKey("ApplicationId");
            return new NestedStackLocation(null, at, sar ? "it is an application of the Serverless Application Repository"
                    : "its " + key + " is computed (" + m.keySet().iterator().next() + ")");
        }
        if (!(value instanceof String s) || s.isBlank()) {
            return new NestedStackLocation(null, at, "its " + key + " is not a path");
        }
        if (SCHEME.matcher(s).find()) {
            return new NestedStackLocation(null, at, "its template is remote (" + s + ")");
        }
        if (s.startsWith("/") || s.startsWith("\\")) {
            return new NestedStackLocation(null, at, "its " + key + " is an absolute path (" + s + "); only a path"
                    + " relative to the template is opened");
        }
        return new NestedStackLocation(s, at, null);
    }
}
