package org.patternboard.exporters.cloudformation.iam;

import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;

/**
 * One row of the {@code resourcePolicies} table: an AWS service (the connection's source) that needs the
 * target's resource policy to allow {@code actions}, limited to the source's ARN (form {@code sourceArn}).
 * The target's emitter turns these into a {@code Lambda::Permission}, a {@code QueuePolicy}, a
 * {@code TopicPolicy} or a {@code BucketPolicy}.
 */
public record ServiceAccess(List<String> from, ConnectionKind kind, List<String> to, String service,
        List<String> actions, List<String> resources, String sourceArn) {
    public ServiceAccess {
        from = List.copyOf(from);
        to = List.copyOf(to);
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    boolean matches(String fromType, ConnectionKind k, String toType) {
        return kind == k && (to.contains("*") || to.contains(toType)) && (from.isEmpty() || from.contains(fromType));
    }
}
