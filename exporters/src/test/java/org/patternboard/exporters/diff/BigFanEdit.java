package org.patternboard.exporters.diff;

import java.nio.file.Path;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.io.DesignFiles;

/**
 * A real edit of The Big Fan sample, the one docs/diff.md shows: a function gets more memory, an audit queue is
 * added behind the topic, the other queue's DLQ is removed, and one function's id is renamed.
 */
final class BigFanEdit {
    static final Path SAMPLE = Path.of("..", "samples", "src", "main", "resources", "patternboard", "samples",
            "the-big-fan.pboard.json");

    private BigFanEdit() {
    }

    static Architecture before() throws Exception {
        return DesignFiles.load(SAMPLE);
    }

    static Architecture after() throws Exception {
        Architecture a = before();
        Component created = a.componentOrNull("created-fn");
        a = a.withComponent(created.withProperty("memorySize", 1024));
        // Renamed id: same type and name, so a rename, not a removal plus an addition.
        Component other = a.componentOrNull("other-fn");
        a = a.withoutComponent("other-fn").withComponent(other.withId("other-handler"));
        a = a.withConnection(a.connection("c-other-fn").orElseThrow().withEnds("other-queue", "other-handler"));
        a = a.withoutComponent("other-dlq").withoutConnection("c-other-dlq");
        a = a.withComponent(new Component("audit-queue", "aws.sqs.queue", "AuditQueue", 380, 480, null, null, "fan",
                java.util.Map.of("visibilityTimeout", 60), java.util.Map.of()));
        a = a.withConnection(Connection.of("c-topic-audit", "order-events", "audit-queue", ConnectionKind.SUBSCRIBES));
        a = a.withNote(a.note("note-1").orElseThrow().withPosition(80, 600));
        return a;
    }
}
