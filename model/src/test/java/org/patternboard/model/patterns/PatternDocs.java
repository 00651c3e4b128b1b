package org.patternboard.model.patterns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates the documentation of the pattern library from the blocks' metadata: docs/patterns.md (the full
 * table) and the block list in README.md (between marker comments). {@link PatternDocsTest} fails when
 * either is stale; run it with -Dpatternboard.regenerateDocs=true to rewrite them.
 */
final class PatternDocs {
    static final Path ROOT = Path.of("..");
    static final Path DOC = ROOT.resolve("docs").resolve("patterns.md");
    static final Path README = ROOT.resolve("README.md");
    static final String BEGIN = "<!-- pattern-blocks:begin (generated from the block metadata; do not edit) -->";
    static final String END = "<!-- pattern-blocks:end -->";
    private static final String BLOCKS_DIR = "samples/src/main/resources/patternboard/blocks/";

    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("cdkpatterns.com", "CDK Patterns (cdkpatterns.com)");
        SECTIONS.put("serverlesspatterns.io", "Serverless Patterns (serverlesspatterns.io)");
        SECTIONS.put("AWS cloud design patterns catalog", "Cloud design patterns on serverless parts");
    }

    private PatternDocs() {
    }

    static String document(PatternLibrary library) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Pattern blocks\n\n");
        sb.append("<!-- Generated from the block metadata by PatternDocsTest; do not edit by hand. -->\n\n");
        sb.append("""
                A pattern block is a small, proven sub-architecture that you drop on the canvas as one unit: the
                components, their key properties and the connections between them, inside a pattern frame that
                remembers which block it came from. Every block is well-architected out of the box (dead-letter
                queues, failure destinations, arm64 functions on current runtimes, tracing, log retention, API
                throttling and access logs, private encrypted storage), unless it deliberately shows an
                anti-pattern, in which case it says so and lists the findings it expects.

                - **Insert** a block from the palette, or in code with
                  `new BlockInsertion().insert(design, PatternLibrary.standard().block("the-big-fan").get(), x, y, parameters)`.
                  It is one undoable edit; ids are fresh and names made unique, so a block can be inserted many times.
                - **Parameters** (listed below) are chosen on insert: they set properties (such as memory or a
                  schedule) or repeat a unit of the block (such as the number of consumers).
                - **Collapse** a frame into one box for presentations and expand it again; exports do not change.
                - `patternboard catalog` lists the blocks with their metadata (`--format json` for tools).
                - The lens column names the questions of the AWS Well-Architected Serverless Applications Lens
                  that the block demonstrates (OPS 1–2, SEC 1–3, REL 1–2, PER 1, COST 1).

                Blocks live in `samples/src/main/resources/patternboard/blocks/` as ordinary design files
                (`<block-id>.pboard.json`, listed in `index.json`) with a top-level `block` field holding the
                metadata. To add one, write the file, put its whole content in one `pattern` group, add it to
                `index.json`, run `./patternboard format FILE`, and regenerate this page with
                `mvn -q -pl model -am test -Dtest=PatternDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dpatternboard.regenerateDocs=true`.
                Step Functions definitions and other property values may name another component of the block as
                `${component-id}`; insertion renames these references with the ids.

                Speed (`mvn -q -pl model -am -Pbenchmark -DskipTests verify`, medians on a 2-core build machine):
                loading the library takes about 14 ms, inserting the largest block (16 components) into a design
                of 5,000 components about 9 ms, and undoing it about 6 ms.

                ### Fidelity to the published originals

                A block named after a published pattern keeps the original's resources, roles, connections and
                distinctive settings; Patternboard's hardening may only add to them. Its metadata names the
                original (`origin`: repository, path, commit), lists what it adds (`additions`, the last column
                below) and what the catalog cannot express (`notModelled`, with the reason, under its summary).
                `BlockFidelityTest` exports each block that has a table in
                `exporters/src/test/resources/patternboard/fidelity/<block-id>.json` and fails on any resource
                type, connection or setting of the original (each cited by line) that the export lacks.

                ### Recognition

                `new PatternRecognizer(PatternLibrary.standard()).recognize(design)` finds the blocks inside a
                design that has no frames, such as an imported template, and `frame(design, matches)` frames them
                as one undoable edit (a `pattern` group per match, labelled, remembering the block id). Matching
                uses component types and connection kinds with their direction, never ids or names, so renaming
                every logical id changes nothing. Each block component has a role:
                *core* (a match needs all of it), *optional* (alarms, dashboards, log groups, keys, components that
                only receive failures such as dead-letter queues, and what hangs only off those; a missing one is
                named in the label, e.g. "The Big Fan without dead-letter queues") or *incidental* (actors and
                API-only services, which no template holds). A block may override the defaults in its metadata
                with `"recognition": {"core": ["component-id", ...], "optional": ["component-id", ...]}`; the field
                is optional and older readers ignore it. Kinds a template shows differently (a schedule rule's
                target as `routes`, an IAM write as `readWrites`), plain `references` and links through a kept
                helper resource count as looser matches; the data is in
                `model/src/main/resources/patternboard/recognition/recognition.json`, with the threshold (half of
                the block's components and connections) below which nothing is a pattern. A component belongs to
                at most one match; larger, then more complete matches win, then the block whose properties agree
                best. Blocks of the same shape and settings cannot be told apart: a React website design is
                recognised as AWS S3 Angular Website Deploy.

                Speed (`bench/patterns`, medians on a 2-core build machine): recognising 319 blocks in a design of
                2,000 components takes about 15 ms (5,000 components: about 28 ms), framing them about 86 ms.

                """);
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            List<PatternBlock> blocks = library.blocks().stream()
                    .filter(b -> b.metadata().source().equals(section.getKey())).toList();
            sb.append("## ").append(section.getValue()).append(" — ").append(blocks.size()).append(" blocks\n\n");
            sb.append("| Block | What it is | Lens | Parameters | Differences from the original |\n|---|---|---|---|---|\n");
            for (PatternBlock b : blocks) {
                BlockMetadata m = b.metadata();
                sb.append("| [").append(m.name()).append("](../").append(BLOCKS_DIR).append(PatternLibrary.fileName(m.id()))
                        .append(")").append(m.antiPattern() ? " (shows an anti-pattern)" : "")
                        .append(" | ").append(cell(b.tagline()))
                        .append(" | ").append(String.join(", ", m.lens()))
                        .append(" | ").append(parameters(m))
                        .append(" | ").append(cell(differences(m))).append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("## Summaries\n\n");
        for (PatternBlock b : library.blocks()) {
            BlockMetadata m = b.metadata();
            sb.append("### ").append(m.name()).append("\n\n").append(m.summary()).append("\n\n")
                    .append("*Problem:* ").append(m.problem()).append("\n\n")
                    .append("*Source:* ").append(m.source()).append(origin(m)).append(" · *Tags:* ")
                    .append(String.join(", ", m.tags())).append("\n\n");
            for (BlockMetadata.NotModelled n : m.notModelled()) {
                sb.append("- *Not modelled:* ").append(n.part()).append(" — ").append(n.reason()).append('\n');
            }
            if (!m.notModelled().isEmpty()) {
                sb.append('\n');
            }
        }
        return sb.toString().replaceAll("\n+$", "\n");
    }

    /** The README's list: one line per block. */
    static String readmeSection(PatternLibrary library) {
        StringBuilder sb = new StringBuilder(BEGIN).append("\n");
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            List<PatternBlock> blocks = library.blocks().stream()
                    .filter(b -> b.metadata().source().equals(section.getKey())).toList();
            sb.append("\n**").append(section.getValue()).append("** (").append(blocks.size()).append(")\n\n");
            for (PatternBlock b : blocks) {
                sb.append("- **").append(b.name()).append("**: ").append(b.tagline()).append('\n');
            }
        }
        return sb.append('\n').append(END).toString();
    }

    /** README.md with its generated section replaced (or, the first time, appended under a heading). */
    static String readme(String current, PatternLibrary library) {
        String section = readmeSection(library);
        int begin = current.indexOf(BEGIN);
        int end = current.indexOf(END);
        if (begin >= 0 && end > begin) {
            return current.substring(0, begin) + section + current.substring(end + END.length());
        }
        return current.stripTrailing() + "\n\n## Pattern blocks\n\n"
                + "Drop a proven sub-architecture on the canvas as one unit; details, parameters and summaries in "
                + "[docs/patterns.md](docs/patterns.md).\n\n" + section + "\n";
    }

    /**
     * What a block adds to the original it names. A block from a catalog of descriptions has no single
     * original ("–"); a CDK Patterns block without an origin has not been checked against its stack yet.
     */
    private static String differences(BlockMetadata m) {
        if (m.origin() == null) {
            return "–";
        }
        if (!Files.exists(FIDELITY.resolve(m.id() + ".json"))) {
            return "no fidelity table yet";
        }
        String adds = m.additions().isEmpty() ? "none" : "adds " + String.join("; ", m.additions());
        return m.notModelled().isEmpty() ? adds
                : adds + " (not modelled: " + m.notModelled().size() + " part" + (m.notModelled().size() == 1 ? "" : "s")
                        + ", see the summary)";
    }

    /** The fidelity tables (exporters' tests): a block is checked against its original once it has one. */
    private static final Path FIDELITY = Path.of("..", "exporters", "src", "test", "resources", "patternboard", "fidelity");

    private static String origin(BlockMetadata m) {
        BlockMetadata.Origin o = m.origin();
        if (o == null) {
            return "";
        }
        return o.isPage() ? " ([" + o.label() + "](" + o.url() + "))"
                : " ([" + o.repository() + " `" + o.path() + "` at " + o.commit().substring(0, Math.min(7, o.commit().length()))
                        + "](" + o.url() + "))";
    }

    private static String parameters(BlockMetadata m) {
        if (m.parameters().isEmpty()) {
            return "–";
        }
        return m.parameters().stream().map(p -> p.name() + " (" + p.defaultValue() + ")").collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    static void write(PatternLibrary library) throws IOException {
        Files.createDirectories(DOC.getParent());
        Files.writeString(DOC, document(library), StandardCharsets.UTF_8);
        Files.writeString(README, readme(Files.readString(README, StandardCharsets.UTF_8), library), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        write(PatternLibrary.standard());
    }
}
