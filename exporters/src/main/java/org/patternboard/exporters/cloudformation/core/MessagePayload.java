package org.patternboard.exporters.cloudformation.core;

/**
 * What a REST API's direct SNS Publish or SQS SendMessage integration sends as the message: the request body,
 * or for a GET, which has none (and an empty message is refused), the request path, as The X-Ray Tracer's
 * original publishes {@code $context.path}. Both exporters build the mapping template from this.
 */
public final class MessagePayload {
    private MessagePayload() {
    }

    /** The VTL expression, URL-encoded, for a route of the given HTTP method (null: the kind's default). */
    public static String urlEncoded(String method) {
        return "GET".equals(method) ? "$util.urlEncode($context.path)" : "$util.urlEncode($input.body)";
    }
}
