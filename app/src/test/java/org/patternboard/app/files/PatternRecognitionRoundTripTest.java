package org.patternboard.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.exporters.cloudformation.template.References;
import org.patternboard.exporters.importer.ImportProgress;
import org.patternboard.exporters.importer.TemplateImporter;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.patterns.BlockInsertion;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;
import org.patternboard.model.patterns.recognition.PatternMatch;
import org.patternboard.model.patterns.recognition.PatternRecognizer;

/** Blocks exported to CloudFormation and imported again are recognised as themselves, whatever their logical ids. */
class PatternRecognitionRoundTripTest {
    private final PatternLibrary library = PatternLibrary.standard();
    private final PatternRecognizer recognizer = new PatternRecognizer(library);

    /** The template a user gets by inserting the block into an empty design and exporting it. */
    private static Map<String, Object> exported(PatternBlock block) {
        Architecture empty = Architecture.empty(block.name());
        Architecture a = new BlockInsertion().insert(empty, block, 0, 0).apply(empty);
        String json = new CloudFormationExporter().toJson(a);
        return TemplateSource.parse(json, block.id() + ".json").root();
    }

    /** Every logical id replaced by a meaningless one, with every Ref, GetAtt, Sub and DependsOn following it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> renamed(Map<String, Object> template) {
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        Map<String, String> renames = new LinkedHashMap<>();
        int n = 0;
        for (String id : resources.keySet()) {
            renames.put(id, "R" + Integer.toHexString(0x5000 + 7919 * ++n));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        template.forEach((k, v) -> out.put(k, k.equals("Resources") ? v : References.rename(v, renames)));
        Map<String, Object> renamedResources = new LinkedHashMap<>();
        resources.forEach((id, r) -> {
            Map<String, Object> res = new LinkedHashMap<>((Map<String, Object>) References.rename(r, renames));
            if (res.containsKey("DependsOn")) {
                res.put("DependsOn", References.renameNames(res.get("DependsOn"), renames));
            }
            renamedResources.put(renames.get(id), res);
        });
        out.put("Resources", renamedResources);
        return out;
    }

    private List<PatternMatch> recognise(Map<String, Object> template, String name) {
        Architecture imported = new TemplateImporter().importTree(template, name, "json", null, ImportProgress.NONE).design();
        return recognizer.recognize(imported);
    }

    @Test
    void exportedBlocksAreRecognisedAfterImportEvenWithEveryLogicalIdRenamed() {
        Map<String, String> asItself = new TreeMap<>();
        List<String> notItself = new ArrayList<>();
        for (PatternBlock block : library.blocks()) {
            Map<String, Object> template = exported(block);
            List<PatternMatch> plain = recognise(template, block.id());
            List<PatternMatch> scrambled = recognise(renamed(template), block.id());
            boolean found = plain.stream().anyMatch(m -> m.blockId().equals(block.id()));
            boolean foundRenamed = scrambled.stream().anyMatch(m -> m.blockId().equals(block.id()));
            // Matching never looks at names: the renamed template gives the same blocks, labels and completeness.
            assertThat(scrambled.stream().map(m -> m.blockId() + "|" + m.label() + "|" + m.completeness()).toList())
                    .as(block.id()).isEqualTo(plain.stream().map(m -> m.blockId() + "|" + m.label() + "|" + m.completeness()).toList());
            if (found && foundRenamed) {
                asItself.put(block.id(), block.name());
            } else {
                notItself.add(block.id() + " -> " + plain.stream().map(PatternMatch::blockId).toList());
            }
        }
        assertThat(asItself).containsKeys("the-big-fan", "the-scalable-webhook");
        assertThat(asItself).as("recognised as themselves; not: %s", notItself).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aPartialBigFanSaysWhatIsMissing() {
        Map<String, Object> template = exported(library.block("the-big-fan").orElseThrow());
        @SuppressWarnings("unchecked")
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        // The dead-letter queues are what the imported design's failsTo connections point at.
        Architecture imported = new TemplateImporter().importTree(template, "fan", "json", null, ImportProgress.NONE).design();
        List<String> dlqs = imported.connections().stream().filter(c -> c.kind().id().equals("failsTo"))
                .map(c -> c.to()).distinct().toList();
        assertThat(dlqs).isNotEmpty();
        // Remove the dead-letter queues, their policies and every redrive pointing at them.
        Map<String, Object> without = new LinkedHashMap<>(template);
        Map<String, Object> kept = new LinkedHashMap<>();
        resources.forEach((id, r) -> {
            if (!dlqs.contains(id) && References.targets(r).stream().noneMatch(dlqs::contains)) {
                kept.put(id, r);
            } else if (!dlqs.contains(id)) {
                kept.put(id, stripReferences(r, dlqs));
            }
        });
        without.put("Resources", kept);
        without.remove("Outputs");
        List<PatternMatch> matches = recognise(without, "partial");
        assertThat(matches).anySatisfy(m -> {
            assertThat(m.blockId()).isEqualTo("the-big-fan");
            assertThat(m.label()).contains("without").contains("dead-letter");
            assertThat(m.missing()).isNotEmpty();
        });
    }

    /** A resource with every map entry that refers to one of the ids removed (a redrive policy, a DLQ config). */
    @SuppressWarnings("unchecked")
    private static Object stripReferences(Object value, List<String> ids) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> {
                if (References.targets(v).stream().noneMatch(ids::contains)) {
                    out.put(k, v);
                } else if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    Object s = stripReferences(v, ids);
                    if (!(s instanceof Map<?, ?> sm && sm.isEmpty())) {
                        out.put(k, s);
                    }
                }
            });
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().filter(x -> References.targets(x).stream().noneMatch(ids::contains)).toList();
        }
        return value;
    }
}
