package org.patternboard.model.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** Quick-fix steps several rules share: a dead-letter queue, an alarm that reaches someone. */
public final class CommonFixes {
    /** The longest SQS retention: a DLQ should keep messages longer than the queue that feeds it. */
    public static final long MAX_RETENTION = 1_209_600L;

    private CommonFixes() {
    }

    /**
     * Adds an SQS queue next to {@code from} (FIFO when {@code from} is a FIFO queue, 14 days retention) and
     * connects {@code from} to it with {@code failsTo}; returns the queue id.
     */
    public static String addDeadLetterQueue(FixBuilder b, String from, Map<String, Object> connectionProperties) {
        Component source = b.component(from);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("messageRetention", MAX_RETENTION);
        if ((Types.QUEUE.equals(source.type()) || Types.TOPIC.equals(source.type()))
                && Boolean.TRUE.equals(source.property("fifo"))) {
            props.put("fifo", true);
        }
        String queue = b.addNear(from, Types.QUEUE, "DLQ", props);
        b.connect(from, queue, ConnectionKind.FAILS_TO, connectionProperties);
        return queue;
    }

    /**
     * Adds an alarm that monitors {@code target} on {@code metric} and notifies an alert topic: the topic
     * other alarms already notify, or a new one.
     */
    public static String addAlarm(FixBuilder b, String target, String metric, String statistic, long threshold) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("metricName", metric);
        props.put("statistic", statistic);
        props.put("comparisonOperator", "GreaterThanThreshold");
        props.put("threshold", threshold);
        props.put("period", 60L);
        String alarm = b.addNear(target, Types.ALARM, "Alarm", props);
        b.connect(alarm, target, ConnectionKind.MONITORS, Map.of());
        notifyAlertTopic(b, alarm);
        return alarm;
    }

    /** Connects an alarm to the topic other alarms already notify, or to a new alert topic. */
    public static void notifyAlertTopic(FixBuilder b, String alarm) {
        b.connect(alarm, alertTopic(b, alarm), ConnectionKind.PUBLISHES, Map.of());
    }

    private static String alertTopic(FixBuilder b, String alarm) {
        for (Connection c : b.current().connections()) {
            Component from = b.current().componentOrNull(c.from());
            Component to = b.current().componentOrNull(c.to());
            if (c.kind() == ConnectionKind.PUBLISHES && from != null && to != null
                    && Types.ALARM.equals(from.type()) && Types.TOPIC.equals(to.type())) {
                return to.id();
            }
        }
        return b.add(alarm, Types.TOPIC, "AlertTopic", Map.of("displayName", "Alerts"));
    }
}
