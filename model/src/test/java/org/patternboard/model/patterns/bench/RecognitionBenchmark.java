package org.patternboard.model.patterns.bench;

import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.patterns.BlockInsertion;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;
import org.patternboard.model.patterns.recognition.PatternMatch;
import org.patternboard.model.patterns.recognition.PatternRecognizer;

/**
 * How fast pattern recognition is on large unframed designs (medians). Run: {@code bench/patterns}.
 */
public final class RecognitionBenchmark {
    private RecognitionBenchmark() {
    }

    public static void main(String[] args) {
        PatternLibrary library = PatternLibrary.standard();
        PatternRecognizer recognizer = new PatternRecognizer(library);
        for (int size : new int[] {200, 2000, 5000}) {
            Architecture design = blocks(library, size);
            List<PatternMatch> matches = recognizer.recognize(design);
            System.out.printf("%d components from blocks: %d matches%n", design.size(), matches.size());
            Timing.report("recognise in " + design.size() + " components (blocks)", 10, () -> recognizer.recognize(design));
            Timing.report("frame " + matches.size() + " matches", 10, () -> recognizer.frame(design, matches).apply(design));
        }
        Architecture star = star(1000);
        Timing.report("recognise in " + star.size() + " components (one topic, 1000 consumers)", 10,
                () -> recognizer.recognize(star));
    }

    /** Every block in turn, inserted and unframed, until the design has {@code size} components. */
    static Architecture blocks(PatternLibrary library, int size) {
        Architecture a = Architecture.empty("Bench");
        BlockInsertion insertion = new BlockInsertion();
        double y = 0;
        while (a.size() < size) {
            for (PatternBlock b : library.blocks()) {
                if (a.size() >= size) {
                    break;
                }
                a = insertion.insert(a, b, 0, y, Map.of()).apply(a);
                y += 1000;
            }
        }
        Architecture plain = a;
        for (Group g : a.groups()) {
            if (g.kind() == GroupKind.PATTERN) {
                plain = plain.withoutGroup(g.id());
            } else if (g.parent() != null) {
                plain = plain.withGroup(g.withParent(null));
            }
        }
        for (Component c : a.components()) {
            if (c.parent() != null && a.group(c.parent()).map(g -> g.kind() == GroupKind.PATTERN).orElse(false)) {
                plain = plain.withComponent(c.withParent(null));
            }
        }
        return plain;
    }

    /** The worst case for fan-out blocks: one topic with many queue and function pairs. */
    static Architecture star(int consumers) {
        Architecture a = Architecture.empty("Star")
                .withComponent(Component.of("api", "aws.apigateway.restApi", "Api", 0, 0))
                .withComponent(Component.of("topic", "aws.sns.topic", "Topic", 0, 0))
                .withConnection(Connection.of("c0", "api", "topic", ConnectionKind.INTEGRATES));
        for (int i = 0; i < consumers; i++) {
            a = a.withComponent(Component.of("q" + i, "aws.sqs.queue", "Q" + i, 0, 0))
                    .withComponent(Component.of("fn" + i, "aws.lambda.function", "Fn" + i, 0, 0))
                    .withConnection(Connection.of("s" + i, "topic", "q" + i, ConnectionKind.SUBSCRIBES))
                    .withConnection(Connection.of("t" + i, "q" + i, "fn" + i, ConnectionKind.TRIGGERS));
        }
        return a;
    }
}
