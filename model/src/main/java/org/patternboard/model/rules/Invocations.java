package org.patternboard.model.rules;

import static org.patternboard.model.rules.Types.*;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;

/** How a function is called, read from the kinds and ends of its connections (shared by several rules). */
public final class Invocations {
    private Invocations() {
    }

    /**
     * Connections that invoke the function asynchronously: SNS subscriptions, S3 notifications, EventBridge
     * rules and schedules, destinations, and {@code Event} invocations from other functions.
     */
    public static List<Connection> asynchronous(RuleContext ctx, String fn) {
        List<Connection> result = new ArrayList<>();
        for (Connection c : ctx.incoming(fn)) {
            if (isAsynchronous(ctx, c)) {
                result.add(c);
            }
        }
        return result;
    }

    static boolean isAsynchronous(RuleContext ctx, Connection c) {
        String from = ctx.typeOf(c.from());
        return switch (c.kind()) {
            case SUBSCRIBES -> TOPIC.equals(from);
            case TRIGGERS -> BUCKET.equals(from) || EVENT_RULE.equals(from) || SCHEDULE.equals(from);
            case ROUTES -> EVENT_RULE.equals(from);
            case FAILS_TO, SUCCEEDS_TO -> LAMBDA.equals(from);
            case INVOKES -> LAMBDA.equals(from) && ctx.setting(c, "invocationType").is("Event");
            default -> false;
        };
    }

    /** Stream event sources (Kinesis, DynamoDB Streams) polled by the function. */
    public static List<Connection> streams(RuleContext ctx, String fn) {
        return ctx.incoming(fn, ConnectionKind.TRIGGERS, KINESIS_STREAM, TABLE);
    }

    /** Queues polled by the function. */
    public static List<Connection> queues(RuleContext ctx, String fn) {
        return ctx.incoming(fn, ConnectionKind.TRIGGERS, QUEUE);
    }

    /** Whether someone waits for the function's answer: APIs, load balancers, skills, synchronous callers. */
    public static boolean onSynchronousPath(RuleContext ctx, String fn) {
        for (Connection c : ctx.incoming(fn)) {
            switch (c.kind()) {
                case INTEGRATES:
                    return true;
                case INVOKES:
                    if (!LAMBDA.equals(ctx.typeOf(c.from())) || ctx.setting(c, "invocationType").is("RequestResponse")) {
                        return true;
                    }
                    break;
                case TRIGGERS:
                    if (USER_POOL.equals(ctx.typeOf(c.from()))) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return !ctx.outgoing(fn, ConnectionKind.AUTHORIZES).isEmpty();
    }

    /** The function's on-failure destinations (queues, topics, buses, functions). */
    public static List<Connection> failureDestinations(RuleContext ctx, String fn) {
        return ctx.outgoing(fn, ConnectionKind.FAILS_TO);
    }
}
