package org.patternboard.exporters.cloudformation.iam;

import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;

/**
 * One row of {@code iam-actions.json}: for connections of {@code kind} from one of {@code from} (empty: any)
 * to one of {@code to}, the role of the {@code grantee} end may call {@code actions} on the {@code resources}
 * (reference forms, see {@code Emitter.reference}) of the other end, provided every {@code when} condition
 * holds ({@code "connection.operation": "StartSyncExecution"}, {@code "to.iamAuth": "true"}: a property of the
 * connection or of one end, defaults included, compared as text).
 */
public record Grant(List<String> from, ConnectionKind kind, List<String> to, End grantee, List<String> actions,
        List<String> resources, java.util.Map<String, String> when, String note) {

    /** Which end of a connection. */
    public enum End {
        FROM, TO;

        public static End of(String text) {
            return switch (text) {
                case "from" -> FROM;
                case "to" -> TO;
                default -> throw new IllegalArgumentException("end must be 'from' or 'to', not '" + text + "'");
            };
        }

        public End other() {
            return this == FROM ? TO : FROM;
        }
    }

    public Grant {
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
