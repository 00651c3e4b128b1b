package org.patternboard.exporters.cloudformation.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;

/**
 * The least-privilege tables, read from {@code patternboard/cloudformation/iam-actions.json}: which actions a
 * connection needs (identity policies), which AWS service needs which resource policy, the baseline
 * statements of roles (logs, tracing, VPC) and the service principal each role is assumed by.
 * Data, not code, so a reviewer can read every permission the exporter ever grants in one file.
 */
public final class GrantTable {
    static final String RESOURCE = "patternboard/cloudformation/iam-actions.json";
    private static volatile GrantTable standard;

    private final List<Grant> grants;
    private final List<ServiceAccess> serviceAccess;
    private final Map<String, List<String>> baseline;
    private final Map<String, String> principals;
    private final List<String> encryptedTypes;

    GrantTable(List<Grant> grants, List<ServiceAccess> serviceAccess, Map<String, List<String>> baseline,
            Map<String, String> principals, List<String> encryptedTypes) {
        this.encryptedTypes = List.copyOf(encryptedTypes);
        this.grants = List.copyOf(grants);
        this.serviceAccess = List.copyOf(serviceAccess);
        this.baseline = Map.copyOf(baseline);
        this.principals = Map.copyOf(principals);
    }

    public static GrantTable standard() {
        GrantTable t = standard;
        if (t == null) {
            synchronized (GrantTable.class) {
                if (standard == null) {
                    standard = load(RESOURCE);
                }
                t = standard;
            }
        }
        return t;
    }

    public List<Grant> grants() {
        return grants;
    }

    public List<ServiceAccess> serviceAccess() {
        return serviceAccess;
    }

    /**
     * The identity-policy rows for a connection. Rows naming the source type win over rows for any source,
     * so a specific row can narrow or replace a general one.
     */
    public List<Grant> grantsFor(String fromType, ConnectionKind kind, String toType) {
        List<Grant> specific = new ArrayList<>();
        List<Grant> general = new ArrayList<>();
        for (Grant g : grants) {
            if (g.matches(fromType, kind, toType)) {
                (g.from().isEmpty() ? general : specific).add(g);
            }
        }
        return specific.isEmpty() ? general : specific;
    }

    public List<ServiceAccess> serviceAccessFor(String fromType, ConnectionKind kind, String toType) {
        List<ServiceAccess> specific = new ArrayList<>();
        List<ServiceAccess> general = new ArrayList<>();
        for (ServiceAccess s : serviceAccess) {
            if (s.matches(fromType, kind, toType)) {
                (s.from().isEmpty() ? general : specific).add(s);
            }
        }
        return specific.isEmpty() ? general : specific;
    }

    /**
     * Types whose data is encrypted with the customer managed key they {@code use}: whoever may read or write
     * them also needs that key.
     */
    public List<String> encryptedTypes() {
        return encryptedTypes;
    }

    /** Actions of a named baseline statement ({@code logs}, {@code xray}, {@code vpc}, ...). */
    public List<String> baseline(String name) {
        List<String> actions = baseline.get(name);
        if (actions == null) {
            throw new IllegalArgumentException("no baseline '" + name + "' in " + RESOURCE);
        }
        return actions;
    }

    public Map<String, List<String>> baselines() {
        return baseline;
    }

    /** The service principal that assumes the role of a component type, e.g. {@code lambda.amazonaws.com}. */
    public String principal(String typeId) {
        String p = principals.get(typeId);
        if (p == null) {
            throw new IllegalArgumentException("no role principal for " + typeId + " in " + RESOURCE);
        }
        return p;
    }

    static GrantTable load(String resource) {
        JsonNode root;
        try (InputStream in = GrantTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Grant> grants = new ArrayList<>();
        for (JsonNode g : root.path("grants")) {
            grants.add(new Grant(strings(g.path("from")), ConnectionKind.fromId(g.path("kind").asText()),
                    strings(g.path("to")), Grant.End.of(g.path("grantee").asText("from")), strings(g.path("actions")),
                    strings(g.path("resources")), when(g.path("when")), g.path("note").asText("")));
        }
        List<ServiceAccess> access = new ArrayList<>();
        for (JsonNode s : root.path("resourcePolicies")) {
            access.add(new ServiceAccess(strings(s.path("from")), ConnectionKind.fromId(s.path("kind").asText()),
                    strings(s.path("to")), Grant.End.of(s.path("on").asText("to")), s.path("service").asText(), strings(s.path("actions")),
                    strings(s.path("resources")), s.path("sourceArn").asText("arn"), when(s.path("when"))));
        }
        Map<String, List<String>> baseline = new LinkedHashMap<>();
        root.path("baseline").fields().forEachRemaining(e -> baseline.put(e.getKey(), strings(e.getValue().path("actions"))));
        Map<String, String> principals = new LinkedHashMap<>();
        root.path("rolePrincipals").fields().forEachRemaining(e -> principals.put(e.getKey(), e.getValue().asText()));
        return new GrantTable(grants, access, baseline, principals, strings(root.path("kmsEncryptedTypes")));
    }

    private static Map<String, String> when(JsonNode node) {
        Map<String, String> m = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
