package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.template.Fn;

/**
 * The resource-policy statement that refuses every request not made over TLS, as AWS recommends for queues, topics
 * and buckets. Its action is the service's wildcard on purpose: a Deny can only take permissions away, and naming
 * actions one by one would leave new ones open.
 */
final class TlsOnly {
    private TlsOnly() {
    }

    static Map<String, Object> deny(String action, Object resource) {
        return Fn.map(
                "Sid", "DenyWithoutTls",
                "Effect", "Deny",
                "Principal", "*",
                "Action", action,
                "Resource", resource,
                "Condition", Fn.map("Bool", Fn.map("aws:SecureTransport", "false")));
    }

    static boolean isOne(Object statement) {
        return statement instanceof Map<?, ?> m && "DenyWithoutTls".equals(m.get("Sid"));
    }

    static List<Object> bucketResources(String bucketId) {
        return List.of(Fn.getAtt(bucketId, "Arn"), Fn.concat(Fn.getAtt(bucketId, "Arn"), "/*"));
    }
}
