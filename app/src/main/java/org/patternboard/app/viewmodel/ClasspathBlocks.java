package org.patternboard.app.viewmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/**
 * Pattern blocks read from {@code patternboard/blocks/index.json} on the class path (the samples module),
 * inserted as a paste of the whole block: fresh ids, unique names, one undo step, inside its pattern frame.
 */
public final class ClasspathBlocks implements BlockCatalog {
    static final String ROOT = "patternboard/blocks/";

    private final List<BlockInfo> blocks;

    private ClasspathBlocks(List<BlockInfo> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static ClasspathBlocks load() {
        ClassLoader loader = ClasspathBlocks.class.getClassLoader();
        List<BlockInfo> list = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(ROOT + "index.json")) {
            if (index == null) {
                return new ClasspathBlocks(List.of());
            }
            for (JsonNode name : new ObjectMapper().readTree(index)) {
                try (InputStream in = loader.getResourceAsStream(ROOT + name.asText())) {
                    if (in == null) {
                        continue;
                    }
                    Architecture design = DesignFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            ROOT + name.asText());
                    list.add(info(name.asText(), design));
                } catch (DesignFormatException e) {
                    // A broken block must not take the palette down; the samples tests report it.
                }
            }
        } catch (IOException e) {
            return new ClasspathBlocks(List.of());
        }
        return new ClasspathBlocks(list);
    }

    private static BlockInfo info(String file, Architecture design) {
        String id = file.replace(DesignFiles.EXTENSION, "");
        String summary = design.description();
        if (design.extra().get("block") instanceof Map<?, ?> meta) {
            if (meta.get("id") instanceof String s) {
                id = s;
            }
            if (meta.get("summary") instanceof String s && !s.isBlank()) {
                summary = s;
            }
        }
        return new BlockInfo(id, design.name(), summary, design);
    }

    @Override
    public List<BlockInfo> blocks() {
        return blocks;
    }

    @Override
    public Inserted insert(Architecture target, String blockId, double x, double y) {
        BlockInfo block = blocks.stream().filter(b -> b.id().equals(blockId)).findFirst()
                .orElseThrow(() -> new EditException("no pattern block '" + blockId + "'"));
        Architecture design = block.design();
        Group frame = design.groups().stream().filter(g -> g.kind() == GroupKind.PATTERN && g.parent() == null)
                .findFirst().orElseThrow(() -> new EditException(block.name() + " has no pattern frame"));
        Set<String> top = new HashSet<>();
        design.groups().stream().filter(g -> g.parent() == null).forEach(g -> top.add(g.id()));
        design.components().stream().filter(c -> c.parent() == null).forEach(c -> top.add(c.id()));
        design.notes().forEach(n -> top.add(n.id()));
        Architecture fragment = Fragments.extract(design, top);
        Fragments.Pasted p = Fragments.paste(target, fragment, x - frame.x(), y - frame.y());
        Architecture after = p.edit().apply(target);
        Set<String> frames = new HashSet<>();
        p.newIds().stream().filter(id -> after.group(id).isPresent()).forEach(frames::add);
        return new Inserted(p.edit(), frames.isEmpty() ? p.newIds() : frames);
    }
}
