package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Cdk;

/** Log retention in days (the catalog's values) as {@code RetentionDays} constants. */
final class Retention {
    static final ClassName RETENTION_DAYS = Cdk.of("logs", "RetentionDays");
    private static final Map<String, String> CONSTANTS = Map.ofEntries(
            Map.entry("1", "ONE_DAY"), Map.entry("3", "THREE_DAYS"), Map.entry("5", "FIVE_DAYS"),
            Map.entry("7", "ONE_WEEK"), Map.entry("14", "TWO_WEEKS"), Map.entry("30", "ONE_MONTH"),
            Map.entry("60", "TWO_MONTHS"), Map.entry("90", "THREE_MONTHS"), Map.entry("120", "FOUR_MONTHS"),
            Map.entry("150", "FIVE_MONTHS"), Map.entry("180", "SIX_MONTHS"), Map.entry("365", "ONE_YEAR"),
            Map.entry("400", "THIRTEEN_MONTHS"), Map.entry("545", "EIGHTEEN_MONTHS"), Map.entry("731", "TWO_YEARS"),
            Map.entry("1096", "THREE_YEARS"), Map.entry("1827", "FIVE_YEARS"), Map.entry("2192", "SIX_YEARS"),
            Map.entry("2557", "SEVEN_YEARS"), Map.entry("2922", "EIGHT_YEARS"), Map.entry("3288", "NINE_YEARS"),
            Map.entry("3653", "TEN_YEARS"), Map.entry("never", "INFINITE"));

    private Retention() {
    }

    static CodeBlock of(String days) {
        return Cdk.constant(RETENTION_DAYS, CONSTANTS.getOrDefault(days == null ? "never" : days, "INFINITE"));
    }

    /** CloudFormation's RetentionInDays, or null for "never". */
    static Long days(String days) {
        return days == null || "never".equals(days) || !CONSTANTS.containsKey(days) ? null : Long.parseLong(days);
    }
}
