package org.patternboard.exporters.drawio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.io.DesignReader;

/**
 * Every shipped block and sample, exported to draw.io, survives mxGraph's own codec headless
 * (tools/drawio/roundtrip.mjs: mxGraph 4.2.2 under jsdom decodes the file, lays it out in a graph view,
 * encodes and decodes it again). Needs Node.js; the pinned packages
 * ({@code npm ci --prefix tools/drawio}) are installed by the test when missing, and a failed install fails it.
 */
class DrawioRoundTripTest {
    private static final Path TOOL = Path.of("..", "tools", "drawio");

    @BeforeAll
    static void toolIsInstalled() throws Exception {
        if (!nodeRuns()) {
            throw new AssertionError("node is not on the PATH: the draw.io round trip needs Node.js (20 or newer)");
        }
        if (!Files.isDirectory(TOOL.resolve("node_modules").resolve("mxgraph"))
                || !Files.isDirectory(TOOL.resolve("node_modules").resolve("jsdom"))) {
            // the pinned packages of tools/drawio/package-lock.json, installed once, as .ci/run does
            Process npm = new ProcessBuilder("npm", "ci", "--prefix", TOOL.toString(), "--no-audit", "--no-fund")
                    .redirectErrorStream(true).start();
            String log = new String(npm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (npm.waitFor() != 0) {
                throw new AssertionError("npm ci --prefix tools/drawio failed, so the draw.io round trip cannot run:\n" + log);
            }
        }
    }

    @Test
    void everyShippedDesignSurvivesMxGraphsCodec(@TempDir Path dir) throws Exception {
        Map<String, DrawioFile> written = new HashMap<>();
        List<String> files = new ArrayList<>();
        for (Path design : DrawioBlocksTest.shipped()) {
            String xml = new DrawioDiagram().render(new DesignReader().read(design));
            Path out = dir.resolve(design.getFileName().toString().replace(".pboard.json", ".drawio"));
            Files.writeString(out, xml, StandardCharsets.UTF_8);
            files.add(out.toAbsolutePath().toString());
            written.put(out.toAbsolutePath().toString(), DrawioFile.parse(xml));
        }
        List<JsonNode> results = run(files);
        assertThat(results).hasSize(files.size());
        for (JsonNode r : results) {
            String file = r.get("file").asText();
            assertThat(r.get("problems")).as(file).isEmpty();
            DrawioFile mine = written.get(file);
            assertThat(r.get("cells").asInt()).as(file).isEqualTo(mine.cells.size());
            assertThat(r.get("vertices").asInt()).as(file)
                    .isEqualTo(mine.cells.values().stream().filter(c -> "1".equals(c.getAttribute("vertex"))).count());
            assertThat(r.get("edges").asInt()).as(file)
                    .isEqualTo(mine.cells.values().stream().filter(c -> "1".equals(c.getAttribute("edge"))).count());
        }
    }

    /** The check can fail: an edge to a cell that does not exist is reported. */
    @Test
    void aBrokenFileIsReported(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.drawio");
        Files.writeString(bad, "<mxfile><diagram name=\"x\" id=\"x\"><mxGraphModel><root><mxCell id=\"0\"/>"
                + "<mxCell id=\"1\" parent=\"0\"/><mxCell id=\"a\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"0\""
                + " width=\"10\" height=\"10\" as=\"geometry\"/></mxCell><mxCell id=\"e\" edge=\"1\" parent=\"1\" source=\"a\""
                + " target=\"missing\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell></root></mxGraphModel></diagram></mxfile>");
        List<JsonNode> results = run(List.of(bad.toAbsolutePath().toString()));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("problems").toString()).contains("e: target did not decode to a vertex");
    }

    private static List<JsonNode> run(List<String> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", TOOL.resolve("roundtrip.mjs").toString()));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("roundtrip.mjs did not finish");
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> results = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                results.add(json.readTree(line));
            }
        }
        return results;
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
