package org.patternboard.exporters.cloudformation.core;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;

/**
 * The message attributes an API must set when it publishes to a topic whose subscriptions filter on attributes
 * (the default filter scope): each key of those filter policies, taken from the request body's field of the same
 * name, as The Big Fan's original does. Without them every attribute filter matches nothing and the messages are
 * delivered to no subscriber. Both exporters build the SNS Publish mapping template from this.
 */
public final class PublishAttributes {
    /** SNS attribute names: letters, digits, underscore, hyphen and period. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,256}");

    private PublishAttributes() {
    }

    /** The attribute keys, sorted, of the topic's attribute-scoped filter policies. */
    public static List<String> keys(List<Connection> topicOutgoing, Function<Connection, Props> props) {
        TreeSet<String> keys = new TreeSet<>();
        for (Connection c : topicOutgoing) {
            if (c.kind() != ConnectionKind.SUBSCRIBES) {
                continue;
            }
            Props p = props.apply(c);
            if (!"MessageAttributes".equals(p.string("filterPolicyScope", "MessageAttributes"))) {
                continue;
            }
            Map<String, Object> policy = p.map("filterPolicy");
            if (policy != null) {
                policy.keySet().stream().filter(k -> NAME.matcher(k).matches()).forEach(keys::add);
            }
        }
        return List.copyOf(keys);
    }

    /** The mapping-template tail that sets them: {@code &MessageAttributes.entry.1.Name=status&…}. */
    public static String template(List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            String entry = "&MessageAttributes.entry." + (i + 1) + ".";
            sb.append(entry).append("Name=").append(keys.get(i))
                    .append(entry).append("Value.DataType=String")
                    .append(entry).append("Value.StringValue=$util.urlEncode($input.path('$.").append(keys.get(i)).append("'))");
        }
        return sb.toString();
    }
}
