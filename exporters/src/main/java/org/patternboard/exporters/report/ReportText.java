package org.patternboard.exporters.report;

import java.util.Map;
import org.patternboard.model.rules.Pillar;

/** Wording the three formats share, so they read the same. */
final class ReportText {
    static final String TITLE_SUFFIX = "review report";

    private ReportText() {
    }

    static String contents(ReportMetadata m) {
        return count(m.components(), "component") + ", " + count(m.connections(), "connection") + ", "
                + count(m.patterns(), "pattern");
    }

    static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String value(Object v) {
        return v == null ? "(not set)" : KeySettings.show(v, null);
    }

    /** "from 128 to 1024": words, not an arrow, so the PDF's standard fonts can print it. */
    static String change(ReportChanges.PropertyChange p) {
        return "from " + value(p.oldValue()) + " to " + value(p.newValue());
    }

    static String delta(int d) {
        return d > 0 ? "+" + d : Integer.toString(d);
    }

    /** A word for the score's band: good (75+), fair (50+), poor. */
    static String band(int score) {
        return score >= 75 ? "good" : score >= 50 ? "fair" : "poor";
    }

    static String scoreDelta(Map<Pillar, Integer> deltas, Pillar p) {
        Integer d = deltas.get(p);
        return d == null ? "" : " (" + delta(d) + ")";
    }

    static boolean isUrl(String s) {
        return s.startsWith("https://") || s.startsWith("http://");
    }
}
