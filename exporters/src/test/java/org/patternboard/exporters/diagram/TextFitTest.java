package org.patternboard.exporters.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18: names wrap to two lines before they are cut ("ProtectedFun…" at 100 % was the complaint). */
class TextFitTest {
    /** The text width of a standard card (180 wide, 40 px icon): 106 px, 13 bold characters at 13 px. */
    static final double CARD = 180 - 40 - 34;

    @Test
    void aNameThatFitsStaysOnOneLine() {
        assertThat(TextFit.twoLines("Orders", CARD, 13, true)).containsExactly("Orders");
    }

    @Test
    void camelCaseAndSpacesBreakBetweenWordsOnTwoLines() {
        assertThat(TextFit.twoLines("ProtectedFunction", CARD, 13, true)).containsExactly("Protected", "Function");
        assertThat(TextFit.twoLines("Order events queue", CARD, 13, true)).containsExactly("Order events", "queue");
        assertThat(TextFit.twoLines("orders-dead-letter", CARD, 13, true)).containsExactly("orders-dead-", "letter");
    }

    @Test
    void onlyWhatTwoLinesCannotHoldIsCutAndALongWordBreaksWhereTheLineIsFull() {
        var lines = TextFit.twoLines("CustomerOrderConfirmationNotificationHandler", CARD, 13, true);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("CustomerOrder");
        assertThat(lines.get(1)).endsWith("\u2026");
        assertThat(TextFit.width(lines.get(1), 13, true)).isLessThanOrEqualTo(CARD);
        var word = TextFit.twoLines("abcdefghijklmnopqrstuvwxyzabcdefgh", CARD, 13, true);
        assertThat(word.get(0)).isEqualTo("abcdefghijklm");
        assertThat(word.get(1)).startsWith("nop").endsWith("\u2026");
    }
}
