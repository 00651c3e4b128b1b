package org.patternboard.exporters.cloudformation.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * What AWS services must be allowed by the resource policies of targets (a bucket notifying a queue, a
 * topic delivering to a queue, API Gateway invoking a function...). Collected during wiring; each target's
 * emitter writes them in {@link Emitter#finish} as a {@code Lambda::Permission} per connection or as one
 * policy resource per target.
 */
public final class ResourcePolicies {
    /** One service permission, limited to the source resource ({@code sourceArn}). */
    public record ServiceStatement(Connection connection, Component source, String service, List<String> actions,
            List<Object> resources, Object sourceArn) {
        public ServiceStatement {
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
        }
    }

    private final Map<String, List<ServiceStatement>> byTarget = new LinkedHashMap<>();

    public void add(Component target, ServiceStatement s) {
        byTarget.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(s);
    }

    public List<ServiceStatement> of(Component target) {
        return byTarget.getOrDefault(target.id(), List.of());
    }

    /** The logical id of a target's policy resource (QueuePolicy, TopicPolicy, BucketPolicy). */
    public static String policyId(ExportContext ctx, Component target) {
        return ctx.derivedId(target, "Policy");
    }

    /**
     * A topic's policy id: "TopicPolicy", since a topic can also own an IAM role whose policy is "…Policy"
     * (delivery to Firehose), and every topic now has a resource policy.
     */
    public static String topicPolicyId(ExportContext ctx, Component topic) {
        return ctx.derivedId(topic, "TopicPolicy");
    }

    /** The logical id of the {@code Lambda::Permission} a connection needs. */
    public static String permissionId(ExportContext ctx, Connection conn) {
        return ctx.derivedId(conn, "Permission");
    }
}
