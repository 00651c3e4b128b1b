package org.patternboard.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Suppression;

class DesignFilesTest {
    @TempDir
    Path dir;

    static Architecture sample() {
        return Architecture.of("The Big Fan", "Fan out with filters",
                List.of(new Component("topic", "aws.sns.topic", "TheBigFanTopic", 320, 120, null, null, "g1",
                                Map.of("fifo", false), Map.of()),
                        new Component("queue", "aws.sqs.queue", "CreatedQueue", 600.5, 80, 200.0, 80.0, "g1",
                                Map.of("visibilityTimeout", 180), Map.of())),
                List.of(new Connection("c1", "topic", "queue", ConnectionKind.SUBSCRIBES,
                        Map.of("filterPolicy", Map.of("status", List.of("created"))), Map.of())),
                List.of(new Group("g1", GroupKind.PATTERN, "The Big Fan", "the-big-fan", 0, 0, 900, 500, null, false, Map.of())),
                List.of(Note.of("n1", "Fan out", 10, 10)),
                List.of(new Suppression("REL-004", "topic", "Accepted for the demo")),
                Map.of());
    }

    @Test
    void writesCanonicalFormAndReadsItBackEqual() throws Exception {
        Architecture a = sample();
        String json = DesignFiles.toCanonicalJson(a);
        assertThat(json).startsWith("{\n  \"components\": [").endsWith("}\n");
        assertThat(json).contains("\"format\": \"patternboard\"").contains("\"schemaVersion\": 1")
                .contains("\"x\": 320,").contains("\"x\": 600.5,");
        Architecture back = DesignFiles.parse(json, "mem");
        assertThat(back).isEqualTo(a);
        assertThat(DesignFiles.toCanonicalJson(back)).isEqualTo(json);
    }

    @Test
    void saveLoadSaveIsByteIdenticalAndKeepsABackup() throws Exception {
        Path file = dir.resolve("d.pboard.json");
        DesignFiles.save(sample(), file);
        byte[] first = Files.readAllBytes(file);
        DesignFiles.save(DesignFiles.load(file), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(Files.readAllBytes(dir.resolve("d.pboard.json.bak"))).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("d.pboard.json",
                    "d.pboard.json.bak");
        }
    }

    @Test
    void unknownTypesAndFieldsSurviveUnchanged() throws Exception {
        String text = """
                {
                  "components": [
                    {
                      "futureField": {
                        "a": [
                          1,
                          2.5,
                          null
                        ]
                      },
                      "id": "x",
                      "name": "Quantum",
                      "properties": {
                        "qubits": 12
                      },
                      "type": "aws.quantum.computer",
                      "x": 0,
                      "y": 0
                    }
                  ],
                  "connections": [],
                  "description": "",
                  "format": "patternboard",
                  "groups": [],
                  "name": "Future",
                  "notes": [],
                  "schemaVersion": 1,
                  "suppressions": [],
                  "viewState": {
                    "zoom": 1.5
                  }
                }
                """;
        Path file = dir.resolve("future.pboard.json");
        Files.writeString(file, text);
        Architecture a = DesignFiles.load(file);
        assertThat(a.component("x").orElseThrow().type()).isEqualTo("aws.quantum.computer");
        assertThat(DesignFiles.toCanonicalJson(a)).isEqualTo(text);
    }

    @Test
    void truncatedFileNamesLineAndColumnAndIsUntouched() throws Exception {
        String full = DesignFiles.toCanonicalJson(sample());
        Path file = write("broken.pboard.json", full.substring(0, full.length() / 2));
        assertRefusedUntouched(file, "not valid JSON");
    }

    @Test
    void futureSchemaVersionIsRefused() throws Exception {
        Path file = write("new.pboard.json", DesignFiles.toCanonicalJson(sample()).replace("\"schemaVersion\": 1", "\"schemaVersion\": 9"));
        DesignFormatException e = assertRefusedUntouched(file, "newer Patternboard");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void componentWithoutTypeIsRefused() throws Exception {
        Path file = write("notype.pboard.json", DesignFiles.toCanonicalJson(sample()).replace("\"type\": \"aws.sqs.queue\",", ""));
        DesignFormatException e = assertRefusedUntouched(file, "has no \"type\"");
        assertThat(e.line()).isGreaterThan(1);
    }

    @Test
    void connectionToMissingComponentIsRefusedWithItsLine() throws Exception {
        String text = DesignFiles.toCanonicalJson(sample()).replace("\"to\": \"queue\"", "\"to\": \"ghost\"");
        Path file = write("dangling.pboard.json", text);
        DesignFormatException e = assertRefusedUntouched(file, "ghost");
        int expectedLine = (int) text.substring(0, text.indexOf("\"from\": \"topic\"")).lines().count() - 1;
        assertThat(e.line()).isEqualTo(expectedLine);
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() throws Exception {
        Path file = dir.resolve("huge.pboard.json");
        byte[] chunk = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(file)) {
            out.write('{');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write('}');
        }
        assertRefusedUntouched(file, "MB");
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        String deep = "{\"format\":\"patternboard\",\"schemaVersion\":1,\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        Path file = write("deep.pboard.json", deep);
        assertRefusedUntouched(file, "nested deeper than 100 levels");
    }

    @Test
    void otherBadInputsHaveClearMessages() throws Exception {
        assertRefusedUntouched(write("empty.pboard.json", ""), "empty");
        assertRefusedUntouched(write("array.pboard.json", "[]"), "JSON object");
        assertRefusedUntouched(write("other.pboard.json", "{\"format\":\"drawio\"}"), "not a Patternboard design");
        String dup = DesignFiles.toCanonicalJson(sample()).replace("\"id\": \"queue\"", "\"id\": \"topic\"");
        assertRefusedUntouched(write("dup.pboard.json", dup), "used twice");
        String kind = DesignFiles.toCanonicalJson(sample()).replace("\"kind\": \"subscribes\"", "\"kind\": \"teleports\"");
        assertRefusedUntouched(write("kind.pboard.json", kind), "teleports");
        assertThatThrownBy(() -> DesignFiles.load(dir.resolve("missing.pboard.json")))
                .isInstanceOf(DesignFormatException.class).hasMessageContaining("no such file");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        return file;
    }

    private static DesignFormatException assertRefusedUntouched(Path file, String messagePart) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        DesignFormatException e = org.junit.jupiter.api.Assertions.assertThrows(DesignFormatException.class,
                () -> DesignFiles.load(file));
        assertThat(e.getMessage()).startsWith(file.toString()).contains(messagePart);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);
        assertThat(Files.exists(Path.of(file + ".bak"))).isFalse();
        return e;
    }
}
