package org.patternboard.model.cost.propagation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a schedule expression fires in a month of 730 hours: {@code rate(5 minutes)} exactly, {@code cron(…)}
 * by counting the values of each field (a day-of-month or day-of-week list counts per month or per week),
 * {@code at(…)} once. An expression it cannot read gives null, and the caller says so in the assumptions.
 */
public final class Schedules {
    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minute|minutes|hour|hours|day|days)\\s*\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final double MONTH_MINUTES = 730 * 60;
    private static final double DAYS_PER_MONTH = 730 / 24.0;
    private static final double WEEKS_PER_MONTH = DAYS_PER_MONTH / 7;

    private Schedules() {
    }

    public static Double perMonth(String expression) {
        if (expression == null) {
            return null;
        }
        String e = expression.trim().toLowerCase(Locale.ROOT);
        Matcher m = RATE.matcher(e);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            if (n <= 0) {
                return null;
            }
            double minutes = switch (m.group(2)) {
                case "minute", "minutes" -> n;
                case "hour", "hours" -> n * 60;
                default -> n * 1440;
            };
            return MONTH_MINUTES / minutes;
        }
        if (e.startsWith("at(")) {
            return 1.0;
        }
        m = CRON.matcher(e);
        if (m.matches()) {
            String[] f = m.group(1).trim().split("\\s+");
            if (f.length < 5) {
                return null;
            }
            Integer minutes = count(f[0], 0, 59);
            Integer hours = count(f[1], 0, 23);
            Integer months = count(f[3], 1, 12);
            if (minutes == null || hours == null || months == null) {
                return null;
            }
            double days;
            boolean anyDom = f[2].equals("*") || f[2].equals("?");
            boolean anyDow = f[4].equals("*") || f[4].equals("?");
            if (anyDom && anyDow) {
                days = DAYS_PER_MONTH;
            } else if (!anyDow) {
                Integer dow = count(f[4].replaceAll("(?i)[a-z]{3}", "1"), 1, 7);
                if (dow == null) {
                    return null;
                }
                days = dow * WEEKS_PER_MONTH;
            } else {
                Integer dom = count(f[2].replace("L", "31").replace("W", ""), 1, 31);
                if (dom == null) {
                    return null;
                }
                days = dom;
            }
            return minutes * hours * days * months / 12.0;
        }
        return null;
    }

    /** How many values a cron field lists, or null when it cannot tell. */
    private static Integer count(String field, int min, int max) {
        int total = 0;
        for (String part : field.split(",")) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                try {
                    step = Integer.parseInt(part.substring(slash + 1));
                } catch (NumberFormatException ex) {
                    return null;
                }
                if (step <= 0) {
                    return null;
                }
            }
            int lo;
            int hi;
            if (range.equals("*") || range.equals("?")) {
                lo = min;
                hi = max;
            } else {
                String[] ends = range.split("-");
                try {
                    lo = Integer.parseInt(ends[0]);
                    hi = ends.length > 1 ? Integer.parseInt(ends[1]) : slash >= 0 ? max : lo;
                } catch (NumberFormatException ex) {
                    return null;
                }
            }
            if (hi < lo) {
                return null;
            }
            total += (hi - lo) / step + 1;
        }
        return total;
    }
}
