package org.patternboard.exporters.cloudformation.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.exporters.cloudformation.template.Template;

/**
 * The roles of one export and what they may do. Each owner (a function, state machine, task, API, rule...)
 * gets its own role. Statements that mention only the owner's own resources (its log group, tracing, VPC
 * interfaces) are inline in the role; statements derived from connections go into a separate
 * {@code AWS::IAM::Policy}, so the role never depends on the resources it grants access to and a design
 * such as "bucket notifies function, function reads bucket" has no circular dependency.
 *
 * <p>Guards, enforced here so no emitter can get around them: no action contains {@code *}, and a
 * {@code "*"} resource is accepted only for actions listed in {@code wildcard-resources.json}.
 */
public final class Iam {
    public static final String POLICY_VERSION = "2012-10-17";
    public static final String WILDCARD = "*";

    private final Template template;
    private final WildcardResources wildcards;
    private final Map<String, Owner> owners = new LinkedHashMap<>();

    private static final class Owner {
        final String roleId;
        final Resource role;
        final java.util.function.Supplier<String> policyIdSupplier;
        final List<Statement> base = new ArrayList<>();
        final List<Statement> connections = new ArrayList<>();
        String policyId;

        Owner(String roleId, Resource role, java.util.function.Supplier<String> policyIdSupplier) {
            this.roleId = roleId;
            this.role = role;
            this.policyIdSupplier = policyIdSupplier;
        }
    }

    public Iam(Template template, WildcardResources wildcards) {
        this.template = template;
        this.wildcards = wildcards;
    }

    public boolean hasRole(String owner) {
        return owners.containsKey(owner);
    }

    /**
     * Creates the role of {@code owner} (a component id) assumed by {@code service}.
     *
     * @param roleId the role's logical id
     * @param policyId the logical id its connection policy gets, should it need one
     * @return the role resource (for metadata and extra properties)
     */
    public Resource createRole(String owner, String roleId, java.util.function.Supplier<String> policyId, String service) {
        if (owners.containsKey(owner)) {
            throw new IllegalStateException("role of " + owner + " created twice");
        }
        Resource role = template.add(roleId, "AWS::IAM::Role");
        role.put("AssumeRolePolicyDocument", Fn.map(
                "Version", POLICY_VERSION,
                "Statement", List.of(Fn.map(
                        "Effect", "Allow",
                        "Principal", Fn.map("Service", service),
                        "Action", "sts:AssumeRole"))));
        owners.put(owner, new Owner(roleId, role, policyId));
        return role;
    }

    /** The role's logical id. */
    public String roleId(String owner) {
        return owner(owner).roleId;
    }

    public Object roleArn(String owner) {
        return Fn.getAtt(roleId(owner), "Arn");
    }

    /** A statement about the owner's own resources, inline in its role. */
    public void allowOwn(String owner, String sid, List<String> actions, List<Object> resources) {
        add(owner(owner).base, new Statement(sid, actions, resources, null));
    }

    /** A statement derived from a connection, in the owner's separate policy. */
    public void allow(String owner, String sid, List<String> actions, List<Object> resources, Map<String, Object> condition) {
        add(owner(owner).connections, new Statement(sid, actions, resources, condition));
        policyId(owner);
    }

    /**
     * The logical id of the owner's connection policy, for a {@code DependsOn} of resources that check their
     * role's permissions when they are created (event source mappings, delivery streams, pipes).
     */
    public String policyId(String owner) {
        Owner o = owner(owner);
        if (o.policyId == null) {
            o.policyId = o.policyIdSupplier.get();
        }
        return o.policyId;
    }

    public boolean hasConnectionPolicy(String owner) {
        Owner o = owners.get(owner);
        return o != null && !o.connections.isEmpty();
    }

    /** Writes the inline and separate policies into the template. Call once, after all wiring. */
    public void finish() {
        for (Owner o : owners.values()) {
            if (!o.base.isEmpty()) {
                o.role.put("Policies", List.of(Fn.map(
                        "PolicyName", "own-resources",
                        "PolicyDocument", document(o.base))));
            }
            if (o.policyId != null) {
                if (o.connections.isEmpty()) {
                    throw new IllegalStateException("policy " + o.policyId + " was referenced but has no statements");
                }
                Resource policy = template.add(o.policyId, "AWS::IAM::Policy");
                policy.put("PolicyName", "connections");
                policy.put("PolicyDocument", document(o.connections));
                policy.put("Roles", List.of(Fn.ref(o.roleId)));
                copyMetadata(o.role, policy);
            }
        }
    }

    private static void copyMetadata(Resource from, Resource to) {
        from.metadata().forEach(to::metadata);
    }

    private static Map<String, Object> document(List<Statement> statements) {
        List<Object> list = new ArrayList<>();
        for (Statement s : statements) {
            list.add(s.toTree());
        }
        return Fn.map("Version", POLICY_VERSION, "Statement", list);
    }

    private Owner owner(String owner) {
        Owner o = owners.get(owner);
        if (o == null) {
            throw new IllegalStateException("no role for " + owner);
        }
        return o;
    }

    private void add(List<Statement> statements, Statement s) {
        for (String action : s.actions()) {
            if (action.contains("*")) {
                throw new IllegalStateException("wildcard action '" + action + "' refused (least privilege)");
            }
            if (!action.matches("[a-z0-9-]+:[A-Za-z0-9]+")) {
                throw new IllegalStateException("malformed action '" + action + "'");
            }
        }
        if (s.resources().contains(WILDCARD)) {
            for (String action : s.actions()) {
                if (wildcards.reason(action).isEmpty()) {
                    throw new IllegalStateException("action '" + action + "' on resource * is not listed in "
                            + WildcardResources.RESOURCE);
                }
            }
        }
        for (Statement existing : statements) {
            if (existing.sameGrant(s)) {
                return;
            }
        }
        String sid = uniqueSid(statements, s.sid());
        statements.add(Objects.equals(sid, s.sid()) ? s : s.withSid(sid));
    }

    private static String uniqueSid(List<Statement> statements, String wanted) {
        if (wanted == null) {
            return null;
        }
        String base = wanted.replaceAll("[^A-Za-z0-9]", "");
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        String candidate = base;
        for (int n = 2; taken(statements, candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static boolean taken(List<Statement> statements, String sid) {
        return statements.stream().anyMatch(st -> sid.equalsIgnoreCase(st.sid()));
    }
}
