package org.patternboard.model.rules.sustainability;

import static org.patternboard.model.rules.Types.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SUS-005: a schedule that starts compute every few minutes, the shape of polling. */
public final class FrequentScheduledPolling extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SUS-005", Pillar.SUSTAINABILITY, Severity.INFO)
            .title("Schedule runs compute every few minutes")
            .rationale("A function or workflow started every minute or two is usually polling for work that may not be"
                    + " there; each empty run costs money and energy. An event from the source (S3 notification,"
                    + " stream, EventBridge event) starts work only when there is some.")
            .remedy("Trigger the work from an event of the system that produces it; keep schedules for genuinely"
                    + " time-based jobs.")
            .references("COST 1", "WA:SUS03-BP01")
            .build();

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+)\\s+minutes?\\)");
    private static final Pattern CRON = Pattern.compile("cron\\(\\s*(\\S+)\\s.*\\)");
    private static final Pattern EVERY_N = Pattern.compile("(?:\\*|0)/(\\d+)");

    public FrequentScheduledPolling() {
        super(INFO, SCHEDULE, EVENT_RULE);
    }

    @Override
    protected void check(Component schedule, RuleContext ctx, Findings out) {
        Setting expression = ctx.setting(schedule, SCHEDULE.equals(schedule.type()) ? "scheduleExpression" : "schedule");
        Long minutes = intervalMinutes(expression.text());
        if (minutes == null || minutes >= 5) {
            return;
        }
        List<Connection> targets = new ArrayList<>(ctx.outgoing(schedule.id(), ConnectionKind.TRIGGERS));
        targets.addAll(ctx.outgoing(schedule.id(), ConnectionKind.ROUTES));
        targets.removeIf(c -> !ctx.isType(c.to(), LAMBDA, STATE_MACHINE, FARGATE_TASK));
        if (!targets.isEmpty()) {
            out.report(expression.describe() + ": " + String.join(", ", targets.stream().map(c -> ctx.name(c.to()))
                    .distinct().toList()) + " runs every " + minutes + " minute" + (minutes == 1 ? "" : "s")
                    + ", whether or not there is work", targets.stream().map(Connection::to).distinct()
                    .toArray(String[]::new));
        }
    }

    /** Minutes between runs of a rate or cron expression, or null when it is not that frequent or not parseable. */
    static Long intervalMinutes(String expression) {
        if (expression == null) {
            return null;
        }
        String e = expression.trim();
        Matcher rate = RATE.matcher(e);
        if (rate.matches()) {
            return Long.parseLong(rate.group(1));
        }
        Matcher cron = CRON.matcher(e);
        if (cron.matches()) {
            String minuteField = cron.group(1);
            if (minuteField.equals("*")) {
                return 1L;
            }
            Matcher every = EVERY_N.matcher(minuteField);
            if (every.matches()) {
                return Long.parseLong(every.group(1));
            }
        }
        return null;
    }
}
