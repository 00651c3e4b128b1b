package org.patternboard.exporters.cdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.project.StackTestGenerator;
import org.patternboard.exporters.cdk.stack.StackContext.Expectation;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.model.design.Architecture;

/**
 * Compares the CDK export of a design with its direct CloudFormation export.
 *
 * <p>Properties: every assertion of the generated CDK test (element id, resource type, key properties) must
 * hold for the CloudFormation export too: a resource of that type tagged with the same component or
 * connection ({@code Metadata.patternboard:component} / {@code patternboard:connection}) whose properties
 * contain the expected ones. Since the verification run also checks those assertions against the
 * synthesized template, the two templates agree on every key property.
 *
 * <p>Counts: for each resource type of {@link StackTestGenerator#exactTypes()} (types only the design's own
 * components create), the synthesized CDK template has as many resources as the CloudFormation export, apart
 * from the documented differences in {@code patternboard/cdk/parity-exclusions.json}.
 */
final class CloudFormationParity {
    static final String EXCLUSIONS = "patternboard/cdk/parity-exclusions.json";
    private static final String META_COMPONENT = "patternboard:component";
    private static final String META_CONNECTION = "patternboard:connection";

    /** What one comparison found. */
    record Result(List<String> problems, int expectations, int properties, int countedTypes) {
    }

    private final CloudFormationExporter cloudFormation = new CloudFormationExporter();
    private final Map<String, String> countExclusions;
    private final Map<String, String> dnsNames;

    CloudFormationParity() {
        this.countExclusions = load("counts");
        this.dnsNames = load("dnsNames");
    }

    /** Type → reason: resource types whose count may differ between the two exports. */
    Map<String, String> countExclusions() {
        return countExclusions;
    }

    /** The CloudFormation export of a design, as a tree. */
    Map<String, Object> cloudFormation(Architecture a) {
        return cloudFormation.template(a);
    }

    /** The key properties of every CDK expectation hold for the CloudFormation export. */
    Result properties(String name, Architecture a, List<Expectation> expectations) {
        Map<String, Object> cfn = cloudFormation(a);
        Map<String, List<Map<String, Object>>> byElement = resourcesByElement(cfn);
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Expectation x : expectations) {
            List<Map<String, Object>> candidates = byElement.getOrDefault(x.elementId(), List.of()).stream()
                    .filter(r -> x.cfnType().equals(r.get("Type"))).toList();
            if (candidates.isEmpty()) {
                problems.add(name + ": " + x.elementId() + ": the CDK export has a " + x.cfnType()
                        + ", the CloudFormation export has none for this element");
                continue;
            }
            compared += x.properties().size();
            if (x.properties().isEmpty()) {
                continue;
            }
            List<String> firstDiffs = null;
            boolean matched = false;
            for (Map<String, Object> r : candidates) {
                List<String> diffs = new ArrayList<>();
                compare("", normalised(x.cfnType(), x.properties()), normalised(x.cfnType(), properties(r)), diffs);
                if (diffs.isEmpty()) {
                    matched = true;
                    break;
                }
                if (firstDiffs == null) {
                    firstDiffs = diffs;
                }
            }
            if (!matched) {
                problems.add(name + ": " + x.elementId() + " " + x.cfnType() + ": CDK vs CloudFormation: " + String.join("; ", firstDiffs));
            }
        }
        return new Result(problems, expectations.size(), compared, 0);
    }

    /** Per type of {@link StackTestGenerator#exactTypes()}, the CDK template has as many resources as the CloudFormation export. */
    Result counts(String name, Architecture a, Map<String, Object> cdkTemplate) {
        Map<String, Integer> cdk = countByType(cdkTemplate);
        Map<String, Integer> cfn = countByType(cloudFormation(a));
        List<String> problems = new ArrayList<>();
        int types = 0;
        for (String type : new TreeSet<>(StackTestGenerator.exactTypes())) {
            int n = cdk.getOrDefault(type, 0);
            int m = cfn.getOrDefault(type, 0);
            if (n == 0 && m == 0) {
                continue;
            }
            types++;
            if (n != m && !countExclusions.containsKey(type)) {
                problems.add(name + ": " + type + ": " + n + " in the CDK template, " + m + " in the CloudFormation export");
            }
        }
        return new Result(problems, 0, 0, types);
    }

    /** Top-level properties listed under {@code dnsNames} lose a trailing dot. */
    private Map<String, Object> normalised(String type, Map<String, Object> properties) {
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        for (String key : dnsNames.keySet()) {
            if (key.startsWith(type + ".") && copy.get(key.substring(type.length() + 1)) instanceof String s && s.endsWith(".")) {
                copy.put(key.substring(type.length() + 1), s.substring(0, s.length() - 1));
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> resource) {
        Object p = resource.get("Properties");
        return p instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, Object>>> resourcesByElement(Map<String, Object> template) {
        Map<String, List<Map<String, Object>>> byElement = new LinkedHashMap<>();
        Object resources = template.get("Resources");
        if (!(resources instanceof Map<?, ?> all)) {
            return byElement;
        }
        for (Object r : all.values()) {
            Map<String, Object> resource = (Map<String, Object>) r;
            if (resource.get("Metadata") instanceof Map<?, ?> meta) {
                for (String key : List.of(META_COMPONENT, META_CONNECTION)) {
                    if (meta.get(key) instanceof String id) {
                        byElement.computeIfAbsent(id, k -> new ArrayList<>()).add(resource);
                    }
                }
            }
        }
        return byElement;
    }

    static Map<String, Integer> countByType(Map<String, Object> template) {
        Map<String, Integer> counts = new TreeMap<>();
        if (template.get("Resources") instanceof Map<?, ?> all) {
            for (Object r : all.values()) {
                if (r instanceof Map<?, ?> resource && resource.get("Type") instanceof String type) {
                    counts.merge(type, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * Whether {@code actual} contains {@code expected} the way CDK's {@code hasResourceProperties} reads it: maps
     * partially (every expected key, recursively), lists element by element, scalars by their text (so 30 and
     * "30" agree: CloudFormation reads both alike). An intrinsic function on the CloudFormation side cannot be
     * compared with a literal and counts as a difference.
     */
    static void compare(String path, Object expected, Object actual, List<String> diffs) {
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                diffs.add(where(path) + " expected " + expected + ", found " + actual);
                return;
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (!a.containsKey(key)) {
                    diffs.add(where(path + "." + key) + " expected " + entry.getValue() + ", missing");
                } else {
                    compare(path + "." + key, entry.getValue(), a.get(key), diffs);
                }
            }
        } else if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a) || a.size() != e.size()) {
                diffs.add(where(path) + " expected " + expected + ", found " + actual);
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), diffs);
            }
        } else if (!Objects.equals(scalar(expected), scalar(actual))) {
            diffs.add(where(path) + " expected " + expected + ", found " + actual);
        }
    }

    private static String where(String path) {
        return path.isEmpty() ? "value" : path.substring(1);
    }

    /** Numbers and their text compare alike (1, 1L, 1.0 and "1"); anything else by its text. */
    private static String scalar(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d);
        }
        if (v instanceof String s) {
            try {
                double d = Double.parseDouble(s.trim());
                if (d == Math.rint(d) && !Double.isInfinite(d) && s.trim().matches("-?\\d+(\\.0+)?")) {
                    return Long.toString((long) d);
                }
            } catch (NumberFormatException e) {
                // not a number: compared as text
            }
            return s;
        }
        return v == null ? null : (v instanceof Map || v instanceof List) ? "<structure>" + v : String.valueOf(v);
    }

    /** Entry → reason, from one section of the exclusions file. */
    private static Map<String, String> load(String section) {
        try (InputStream in = CloudFormationParity.class.getClassLoader().getResourceAsStream(EXCLUSIONS)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + EXCLUSIONS);
            }
            Map<String, String> byType = new TreeMap<>();
            new ObjectMapper().readTree(in).path(section).fields()
                    .forEachRemaining(e -> byType.put(e.getKey(), e.getValue().path("why").asText()));
            return byType;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
