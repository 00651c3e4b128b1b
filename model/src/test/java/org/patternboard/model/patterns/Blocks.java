package org.patternboard.model.patterns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/** Test fixtures: the shipped library (from the class path and from the source tree) and a tiny hand-made block. */
final class Blocks {
    /** The block sources in the samples module, relative to the model module (Maven runs tests there). */
    static final Path SOURCE_DIR = Path.of("..", "samples", "src", "main", "resources", "patternboard", "blocks");

    private Blocks() {
    }

    static PatternLibrary library() {
        return PatternLibrary.standard();
    }

    static List<PatternBlock> all() {
        return library().blocks();
    }

    static PatternLibrary fromSources() {
        try {
            return PatternLibrary.fromDirectory(SOURCE_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small fan-out block with a repeatable consumer unit and a memory parameter. */
    static final String TINY = """
            {"format": "patternboard", "schemaVersion": 1, "name": "Tiny Fan", "description": "A topic and consumers.",
             "block": {"id": "tiny-fan", "name": "Tiny Fan", "summary": "A topic fans out to queues. Each has a consumer.",
               "problem": "Consumers need the same events.", "lens": ["REL 2"], "source": "tests", "tags": ["fan-out"],
               "antiPattern": false, "expectedFindings": [],
               "parameters": [
                 {"id": "consumers", "name": "Consumers", "type": "int", "default": 1, "min": 0, "max": 5,
                  "description": "Queue and consumer pairs.", "units": [["queue", "fn"]]},
                 {"id": "memory", "name": "Memory", "type": "int", "default": 256, "min": 128, "max": 1024,
                  "description": "Consumer memory.", "bindings": [{"element": "fn", "property": "memorySize"}]}]},
             "components": [
               {"id": "topic", "type": "aws.sns.topic", "name": "Events", "x": 40, "y": 40, "parent": "frame"},
               {"id": "queue", "type": "aws.sqs.queue", "name": "Work", "x": 280, "y": 40, "parent": "frame",
                "properties": {"visibilityTimeout": 60}},
               {"id": "fn", "type": "aws.lambda.function", "name": "Worker", "x": 520, "y": 40, "parent": "frame",
                "properties": {"memorySize": 256, "runtime": "nodejs22.x"}},
               {"id": "sm", "type": "aws.stepfunctions.stateMachine", "name": "Flow", "x": 40, "y": 160, "parent": "frame",
                "properties": {"definition": {"StartAt": "Publish", "States": {"Publish": {"Type": "Task",
                  "Resource": "arn:aws:states:::sns:publish", "Parameters": {"TopicArn": "${topic}"}, "End": true}}}}}],
             "connections": [
               {"id": "c-1", "from": "topic", "to": "queue", "kind": "subscribes", "properties": {"rawMessageDelivery": true}},
               {"id": "c-2", "from": "queue", "to": "fn", "kind": "triggers", "properties": {"batchSize": 5}},
               {"id": "c-3", "from": "sm", "to": "topic", "kind": "orchestrates"}],
             "groups": [{"id": "frame", "kind": "pattern", "label": "Tiny Fan", "pattern": "tiny-fan",
                         "x": 0, "y": 0, "width": 740, "height": 272}],
             "notes": [{"id": "n-1", "text": "hello", "x": 300, "y": 200}],
             "suppressions": [{"rule": "SQS-01", "target": "queue", "reason": "tests"}]}
            """;

    static Architecture tinyDesign() {
        return parse(TINY);
    }

    static PatternBlock tiny() {
        return PatternBlock.of(tinyDesign());
    }

    static Architecture parse(String json) {
        try {
            return DesignFiles.parse(json, "test");
        } catch (DesignFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
