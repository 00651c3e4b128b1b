package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.patterns.BlockMetadata;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;

/**
 * A block named after a published pattern must keep the original's resources, connections and distinctive
 * settings. Each table in {@code src/test/resources/patternboard/fidelity/<block-id>.json} lists them with the
 * line of the original they come from; this test exports the block to CloudFormation and reports every miss
 * at once: a resource type with fewer resources than the original, a connection the block lacks, a setting
 * no resource of its type carries.
 *
 * <p>Table: {@code source {repository, path, commit}}; {@code resources [{type, count, max?, line}]} (max: the
 * original has at most so many, e.g. 0 custom buses on the default bus);
 * {@code connections [{from, kind, to, line}]} (from and to are component ids of the block, the roles the
 * original's constructs play); {@code settings [{type, path, value | contains | absent, line}]} where path is a
 * dotted CloudFormation property path below {@code Properties} ({@code FilterPolicy.status.0}; {@code *}
 * matches any list element or map value; a key with dots in it escapes them as {@code \.}) and
 * {@code contains} matches a substring of the value as JSON text (for definitions held in {@code Fn::Sub}); {@code absent}
 * means no resource of the type sets the path. An original of several files names a folder as its path and
 * each entry the file its line is in ({@code file}, relative to that folder); an entry may carry a {@code note}
 * saying where a count or a default comes from.
 */
class BlockFidelityTest {
    static final Path TABLES = Path.of("src", "test", "resources", "patternboard", "fidelity");
    /** Tables written so far; the count may only grow. */
    static final int TABLES_WRITTEN = 7;
    static final String CDK_PATTERNS = "cdkpatterns.com";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CloudFormationExporter exporter = new CloudFormationExporter();

    @TestFactory
    List<DynamicTest> blocksMatchTheirOriginals() {
        PatternLibrary library = PatternLibrary.standard();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path table : tables()) {
            String id = table.getFileName().toString().replaceFirst("\\.json$", "");
            tests.add(DynamicTest.dynamicTest(id, () -> {
                PatternBlock block = library.block(id)
                        .orElseThrow(() -> new AssertionError("fidelity table " + table + " names no block"));
                assertThat(misses(block, JSON.readTree(table.toFile()))).as("block '" + id + "' against its original")
                        .isEmpty();
            }));
        }
        return tests;
    }

    @Test
    void tablesCoverTheBlocksFixedSoFar() {
        List<String> with = tables().stream().map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).toList();
        List<String> without = PatternLibrary.standard().blocks().stream()
                .filter(b -> b.metadata().source().equals(CDK_PATTERNS)).map(PatternBlock::id)
                .filter(id -> !with.contains(id)).sorted().toList();
        System.out.println("CDK Patterns blocks without a fidelity table (" + without.size() + "): " + without);
        assertThat(with).hasSizeGreaterThanOrEqualTo(TABLES_WRITTEN);
    }

    @Test
    void aMissingResourceOrSettingIsReported() throws Exception {
        // The checker itself must catch a broken block: a table asking for more than the block has.
        PatternBlock fan = PatternLibrary.standard().block("the-big-fan").orElseThrow();
        JsonNode table = JSON.readTree("""
                {"source": {"repository": "cdk-patterns/serverless", "path": "x", "commit": "y"},
                 "resources": [{"type": "AWS::SQS::Queue", "count": 99, "line": 1},
                               {"type": "AWS::Kinesis::Stream", "count": 1, "line": 2},
                               {"type": "AWS::SNS::Topic", "count": 0, "max": 0, "line": 6}],
                 "connections": [{"from": "topic", "kind": "routes", "to": "queue-created", "line": 3}],
                 "settings": [{"type": "AWS::SNS::Subscription", "path": "FilterPolicy.status.0", "value": "deleted", "line": 4},
                              {"type": "AWS::SNS::Subscription", "path": "FilterPolicyScope", "value": "MessageBody", "line": 5},
                              {"type": "AWS::SNS::Subscription", "path": "RawMessageDelivery", "absent": true, "line": 7}]}
                """);
        List<String> misses = misses(fan, table);
        assertThat(misses).hasSize(8);
        assertThat(String.join("\n", misses)).contains("AWS::SQS::Queue").contains("AWS::Kinesis::Stream")
                .contains("topic -routes-> queue-created").contains("\"deleted\"").contains("MessageBody").contains("origin")
                .contains("AWS::SNS::Topic: the original has at most 0").contains("RawMessageDelivery (line 7) must be absent");
    }

    @Test
    void everyEntryCitesALineAndAFolderSourceAFileInIt() throws Exception {
        // A citation is only worth its line if a reader can find the line: positive, and in a named file when
        // the source is a folder of several files.
        List<String> bad = new ArrayList<>();
        for (Path table : tables()) {
            JsonNode t = JSON.readTree(table.toFile());
            String source = t.path("source").path("path").asText();
            boolean folder = !source.substring(source.lastIndexOf('/') + 1).contains(".");
            for (String section : List.of("resources", "connections", "settings")) {
                for (JsonNode e : t.path(section)) {
                    String where = table.getFileName() + " " + section + " " + e;
                    if (e.path("line").asInt(0) < 1) {
                        bad.add(where + ": no line");
                    }
                    String file = e.path("file").asText("");
                    if ((folder && !file.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*\\.[a-z]+")) || file.contains("..")) {
                        bad.add(where + ": the source is the folder " + source + ", so the entry must name its file in it");
                    }
                    if (!folder && e.has("file")) {
                        bad.add(where + ": the source is one file, " + source);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
        assertThat(cited(JSON.readTree("{\"line\": 4, \"file\": \"lib/a.ts\"}"))).isEqualTo("lib/a.ts line 4");
        assertThat(cited(JSON.readTree("{\"line\": 4}"))).isEqualTo("line 4");
    }

    /** Where a table entry comes from: its line, in its own file when the original spans several. */
    static String cited(JsonNode entry) {
        String line = "line " + entry.path("line").asInt();
        return entry.hasNonNull("file") ? entry.get("file").asText() + " " + line : line;
    }

    /** Every way the block departs from the table, one line each. */
    List<String> misses(PatternBlock block, JsonNode table) {
        List<String> misses = new ArrayList<>();
        JsonNode source = table.path("source");
        BlockMetadata.Origin origin = block.metadata().origin();
        BlockMetadata.Origin expected = new BlockMetadata.Origin(source.path("repository").asText(),
                source.path("path").asText(), source.path("commit").asText());
        if (!expected.equals(origin)) {
            misses.add("block origin " + origin + " is not the table's source " + expected);
        }
        Map<String, Object> template = exporter.template(block.design());
        JsonNode resources = JSON.valueToTree(template).path("Resources");
        for (JsonNode r : table.path("resources")) {
            String type = r.path("type").asText();
            long have = ofType(resources, type).count();
            if (have < r.path("count").asInt()) {
                misses.add(type + ": the original has " + r.path("count").asInt() + " (" + cited(r) + "), the export "
                        + have);
            }
            if (r.has("max") && have > r.get("max").asInt()) {
                misses.add(type + ": the original has at most " + r.get("max").asInt() + " (" + cited(r)
                        + "), the export " + have);
            }
        }
        Architecture a = block.design();
        for (JsonNode c : table.path("connections")) {
            String from = c.path("from").asText();
            String kind = c.path("kind").asText();
            String to = c.path("to").asText();
            boolean found = a.connections().stream().anyMatch(x -> x.from().equals(from) && x.to().equals(to)
                    && x.kind().id().equals(kind));
            if (!found) {
                misses.add("connection " + from + " -" + kind + "-> " + to + " (" + cited(c)
                        + ") is not in the block; it has " + describe(a));
            }
        }
        for (JsonNode s : table.path("settings")) {
            String type = s.path("type").asText();
            String path = s.path("path").asText();
            if (s.path("absent").asBoolean(false)) {
                if (ofType(resources, type).anyMatch(r -> present(r.path("Properties"), steps(path), 0))) {
                    misses.add(type + " " + path + " (" + cited(s)
                            + ") must be absent, as in the original, but an exported resource sets it");
                }
                continue;
            }
            boolean found = ofType(resources, type).anyMatch(r -> matches(r.path("Properties"), steps(path), 0, s));
            if (!found) {
                misses.add(type + " " + path + " = " + (s.has("value") ? s.get("value") : "…" + s.get("contains") + "…")
                        + " (" + cited(s) + ") is on no exported resource of that type");
            }
        }
        return misses;
    }

    /** Path steps split at dots; a key that holds dots writes them as {@code \.}. */
    static String[] steps(String path) {
        String[] steps = path.split("(?<!\\\\)\\.");
        for (int i = 0; i < steps.length; i++) {
            steps[i] = steps[i].replace("\\.", ".");
        }
        return steps;
    }

    private static Stream<JsonNode> ofType(JsonNode resources, String type) {
        List<JsonNode> result = new ArrayList<>();
        resources.forEach(r -> {
            if (type.equals(r.path("Type").asText())) {
                result.add(r);
            }
        });
        return result.stream();
    }

    private static boolean present(JsonNode node, String[] path, int i) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        return i == path.length || present(node.get(path[i]), path, i + 1);
    }

    /** Walks the path; '*' tries every element. At the end: equal value, or the substring in the JSON text. */
    private static boolean matches(JsonNode node, String[] path, int i, JsonNode setting) {
        if (node == null || node.isMissingNode()) {
            return false;
        }
        if (i == path.length) {
            if (setting.has("contains")) {
                return node.toString().contains(setting.get("contains").asText())
                        || node.asText().contains(setting.get("contains").asText());
            }
            JsonNode want = setting.get("value");
            return want.equals(node) || (want.isNumber() && node.isNumber() && want.decimalValue().compareTo(node.decimalValue()) == 0);
        }
        String step = path[i];
        if (step.equals("*")) {
            for (JsonNode child : node) {
                if (matches(child, path, i + 1, setting)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray() && step.matches("\\d+")) {
            return matches(node.get(Integer.parseInt(step)), path, i + 1, setting);
        }
        return matches(node.get(step), path, i + 1, setting);
    }

    private static String describe(Architecture a) {
        TreeSet<String> edges = new TreeSet<>();
        for (Connection c : a.connections()) {
            edges.add(c.from() + " -" + c.kind().id() + "-> " + c.to());
        }
        return edges.size() + " connections among " + a.components().stream().map(Component::id).toList();
    }

    static List<Path> tables() {
        if (!Files.isDirectory(TABLES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(TABLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
