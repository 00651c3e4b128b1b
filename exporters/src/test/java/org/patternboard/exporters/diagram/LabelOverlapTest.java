package org.patternboard.exporters.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.io.DesignFiles;

/**
 * Issue 18: on every shipped block and sample, no connection label should sit under a card, a note or a
 * collapsed frame, or under another label (bounding boxes of what the SVG, PNG and canvas draw). The target is
 * none; these ceilings may only go down. LabelPlacer took the count from 256 (239 on cards, 17 on labels) to
 * 196; re-laying out the saga and trilogy blocks to 192 (191 and 1) over 58 designs; rebuilding The X-Ray Tracer
 * on a wider grid (120 px between columns) to 186 (185 and 1). LabelPlacer then tried places beside each
 * segment too, so labels of parallel connections stack: 162 and 0. {@code patternboard spread} (Spread)
 * opened every other block and sample to 120 px between columns and 48 between rows: 32 and 0. All 32 left
 * are in the seven blocks another change was editing at the time (the EventBridge ETL and Circuit Breaker,
 * the Lambda Circuit Breaker, the Scalable Webhook, the Dynamo Streamer, the Destined Lambda, the Big Fan);
 * spreading them too gave 0 and 0, the target: no label on a card or on another label.
 */
class LabelOverlapTest {
    static final Path SAMPLES = Path.of("..", "samples", "src", "main", "resources", "patternboard");

    static final int MAX_ON_CARDS = 0;
    static final int MAX_ON_LABELS = 0;

    @Test
    void labelsSitUnderNoCardAndNoOtherLabelWithinTheShrinkingCeiling() throws Exception {
        Catalog catalog = Catalog.standard();
        List<Path> designs;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            designs = files.filter(p -> p.toString().endsWith(".pboard.json")).sorted().toList();
        }
        assertThat(designs).hasSizeGreaterThanOrEqualTo(55);
        List<String> onCards = new ArrayList<>();
        List<String> onLabels = new ArrayList<>();
        int labels = 0;
        for (Path file : designs) {
            DiagramScene scene = DiagramScene.of(DesignFiles.load(file), catalog);
            List<Box> solid = new ArrayList<>();
            scene.cards().forEach(c -> solid.add(c.box()));
            scene.notes().forEach(n -> solid.add(n.box()));
            scene.frames().stream().filter(DiagramScene.Frame::collapsed).forEach(f -> solid.add(f.box()));
            List<DiagramScene.Route> routes = scene.routes();
            labels += routes.size();
            for (int i = 0; i < routes.size(); i++) {
                Box label = routes.get(i).labelBox();
                for (Box b : solid) {
                    if (label.intersects(b)) {
                        onCards.add(file.getFileName() + ": label of " + routes.get(i).id() + " on a card at " + b);
                    }
                }
                for (int j = i + 1; j < routes.size(); j++) {
                    if (label.intersects(routes.get(j).labelBox())) {
                        onLabels.add(file.getFileName() + ": labels of " + routes.get(i).id() + " and " + routes.get(j).id());
                    }
                }
            }
        }
        assertThat(labels).isGreaterThan(300);
        assertThat(onLabels).as(onLabels.size() + " labels on labels in " + labels + ":\n" + String.join("\n", onLabels)).hasSizeLessThanOrEqualTo(MAX_ON_LABELS);
        assertThat(onCards).as(onCards.size() + " labels on cards in " + labels + ":\n" + String.join("\n", onCards)).hasSizeLessThanOrEqualTo(MAX_ON_CARDS);
    }
}
