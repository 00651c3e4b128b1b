package org.patternboard.exporters.cdk.constructs;

/** Small text helpers for values AWS limits in length. */
final class Text {
    private Text() {
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
