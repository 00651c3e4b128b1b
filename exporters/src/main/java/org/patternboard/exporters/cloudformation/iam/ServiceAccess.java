package org.patternboard.exporters.cloudformation.iam;

import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;

/**
 * One row of the {@code resourcePolicies} table: an AWS service that needs the resource policy of one end
 * ({@code on}, usually the target) to allow {@code actions} on its {@code resources}, limited to the other
 * end's ARN (form {@code sourceArn}).
 * The target's emitter turns these into a {@code Lambda::Permission}, a {@code QueuePolicy}, a
 * {@code TopicPolicy} or a {@code BucketPolicy}.
 */
public record ServiceAccess(List<String> from, ConnectionKind kind, List<String> to, Grant.End on, String service,
        List<String> actions, List<String> resources, String sourceArn, java.util.Map<String, String> when) {
    public ServiceAccess {
        from = List.copyOf(from);
        to = List.copyOf(to);
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        when = java.util.Map.copyOf(when);
    }

    boolean matches(String fromType, ConnectionKind k, String toType) {
        return kind == k && (to.contains("*") || to.contains(toType)) && (from.isEmpty() || from.contains(fromType));
    }
}
