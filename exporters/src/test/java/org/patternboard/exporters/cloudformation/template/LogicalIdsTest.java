package org.patternboard.exporters.cloudformation.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogicalIdsTest {
    @Test
    void sanitizeMakesPascalCaseAlphanumericIds() {
        assertThat(LogicalIds.sanitize("orders queue", "Queue")).isEqualTo("OrdersQueue");
        assertThat(LogicalIds.sanitize("the-big_fan.topic", "Topic")).isEqualTo("TheBigFanTopic");
        assertThat(LogicalIds.sanitize("Crème brûlée", "X")).isEqualTo("CremeBrulee");
        assertThat(LogicalIds.sanitize("Ωμέγα", "Function")).isEqualTo("Function");
        assertThat(LogicalIds.sanitize("42 answers", "Table")).isEqualTo("Table42Answers");
        assertThat(LogicalIds.sanitize(null, "Bucket")).isEqualTo("Bucket");
        assertThat(LogicalIds.sanitize("x".repeat(500), "X")).hasSize(LogicalIds.MAX_BASE);
    }

    @Test
    void allocationNumbersCollisionsIgnoringCase() {
        LogicalIds ids = new LogicalIds();
        ids.reserve("StageName");
        assertThat(ids.allocate("Orders")).isEqualTo("Orders");
        assertThat(ids.allocate("ORDERS")).isEqualTo("ORDERS2");
        assertThat(ids.allocate("Orders")).isEqualTo("Orders3");
        assertThat(ids.allocate("StageName")).isEqualTo("StageName2");
        assertThat(ids.isTaken("orders3")).isTrue();
        assertThatThrownBy(() -> ids.reserve("stagename")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void allocatedIdsNeverExceedTheLimit() {
        LogicalIds ids = new LogicalIds();
        String longId = "A".repeat(300);
        assertThat(ids.allocate(longId)).hasSizeLessThanOrEqualTo(LogicalIds.MAX_ID);
        assertThat(ids.allocate(longId)).hasSizeLessThanOrEqualTo(LogicalIds.MAX_ID);
    }
}
