package org.patternboard.exporters.drawio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignReader;
import org.w3c.dom.Element;

/** The draw.io export of every shipped pattern block and sample design is a file draw.io accepts, drawn in AWS 4 shapes. */
class DrawioBlocksTest {
    static final Path SHIPPED = Path.of("..", "samples", "src", "main", "resources", "patternboard");
    private static final Set<String> KNOWN = DrawioFile.knownAws4Names();

    static List<Path> shipped() {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("blocks", "samples")) {
            try (Stream<Path> s = Files.list(SHIPPED.resolve(dir))) {
                s.filter(p -> p.getFileName().toString().endsWith(".pboard.json")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    @Test
    void everyBlockAndTheSampleAreCovered() {
        List<Path> files = shipped();
        assertThat(files.stream().filter(p -> p.getParent().getFileName().toString().equals("blocks"))).hasSizeGreaterThanOrEqualTo(50);
        assertThat(files.stream().filter(p -> p.getParent().getFileName().toString().equals("samples"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void exportIsADrawioFileOfAws4Shapes(Path file) throws Exception {
        Architecture design = new DesignReader().read(file);
        String xml = new DrawioDiagram().render(design);
        DrawioFile drawio = DrawioFile.parse(xml);

        assertThat(drawio.structuralProblems()).as(file.toString()).isEmpty();
        assertThat(xml).as("deterministic").isEqualTo(new DrawioDiagram().render(design));

        DiagramScene scene = DiagramScene.of(design, Catalog.standard());
        for (DiagramScene.Card card : scene.cards()) {
            Element cell = drawio.cells.get(DrawioDiagram.componentCellId(card.id()));
            assertThat(cell).as("cell of " + card.id()).isNotNull();
            assertThat(cell.getAttribute("vertex")).isEqualTo("1");
            assertThat(cell.getAttribute("value").split("\n")[0]).as("label of " + card.id()).isEqualTo(card.component().name());
            List<String> names = DrawioFile.aws4Names(cell);
            assertThat(names).as("AWS 4 names in the style of " + card.id()).isNotEmpty();
            assertThat(KNOWN).as("draw.io knows the shapes of " + card.id()).containsAll(names);
            Map<String, String> style = DrawioFile.style(cell);
            assertThat(style.get("shape")).startsWith("mxgraph.aws4.");
            String parentGroup = card.component().parent();
            if (parentGroup != null && scene.box(parentGroup) != null) {
                assertThat(cell.getAttribute("parent")).as("parent of " + card.id()).isEqualTo(DrawioDiagram.groupCellId(parentGroup));
            }
        }
        for (DiagramScene.Frame frame : scene.frames()) {
            Element cell = drawio.cells.get(DrawioDiagram.groupCellId(frame.id()));
            assertThat(cell).as("cell of frame " + frame.id()).isNotNull();
            Map<String, String> style = DrawioFile.style(cell);
            assertThat(style).containsEntry("container", "1").containsEntry("shape", "mxgraph.aws4.group");
            assertThat(KNOWN).containsAll(DrawioFile.aws4Names(cell));
        }
        for (DiagramScene.Route route : scene.routes()) {
            Element cell = drawio.cells.get(DrawioDiagram.connectionCellId(route.id()));
            assertThat(cell).as("edge of " + route.id()).isNotNull();
            assertThat(cell.getAttribute("edge")).isEqualTo("1");
            assertThat(cell.getAttribute("value")).isEqualTo(route.connection().kind().id());
            assertThat(cell.getAttribute("source")).isEqualTo(cellIdOf(scene, route.fromId()));
            assertThat(cell.getAttribute("target")).isEqualTo(cellIdOf(scene, route.toId()));
            assertThat(DrawioFile.style(cell)).containsEntry("edgeStyle", "orthogonalEdgeStyle")
                    .containsEntry("dashed", route.synchronous() && !route.failure() ? "0" : "1");
        }
        long vertices = drawio.cells.values().stream().filter(c -> "1".equals(c.getAttribute("vertex"))).count();
        long edges = drawio.cells.values().stream().filter(c -> "1".equals(c.getAttribute("edge"))).count();
        assertThat(vertices).isEqualTo(scene.cards().size() + scene.frames().size() + scene.notes().size());
        assertThat(edges).isEqualTo(scene.routes().size());
    }

    /** The cell an edge end attaches to: the component's own, or the collapsed frame standing in for it. */
    static String cellIdOf(DiagramScene scene, String id) {
        String visible = scene.visibleFor(id);
        return scene.frames().stream().anyMatch(f -> f.id().equals(visible)) ? DrawioDiagram.groupCellId(visible)
                : DrawioDiagram.componentCellId(visible);
    }
}
