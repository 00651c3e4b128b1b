package org.patternboard.app.viewmodel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.patterns.BlockFormatException;
import org.patternboard.model.patterns.BlockInsertion;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;

/**
 * The pattern library on the class path (the samples module's {@code patternboard/blocks/}), inserted with
 * the model's {@link BlockInsertion}: fresh ids, unique names, inside a pattern frame that remembers the
 * block, as one undo step.
 */
public final class ClasspathBlocks implements BlockCatalog {
    private final PatternLibrary library;
    private final List<BlockInfo> blocks;
    private final BlockInsertion insertion = new BlockInsertion();

    public ClasspathBlocks(PatternLibrary library) {
        this.library = library;
        this.blocks = library.blocks().stream()
                .map(b -> new BlockInfo(b.id(), b.name(),
                        b.metadata().summary().isBlank() ? b.tagline() : b.metadata().summary(), b.design()))
                .toList();
    }

    /** The standard library; an empty palette section (not a dead window) if the library cannot be read. */
    public static ClasspathBlocks load() {
        try {
            return new ClasspathBlocks(PatternLibrary.standard());
        } catch (BlockFormatException e) {
            System.err.println("patternboard: pattern blocks not available: " + e.getMessage());
            return new ClasspathBlocks(PatternLibrary.of(List.of()));
        }
    }

    @Override
    public List<BlockInfo> blocks() {
        return blocks;
    }

    @Override
    public Inserted insert(Architecture target, String blockId, double x, double y) {
        PatternBlock block = library.block(blockId)
                .orElseThrow(() -> new EditException("no pattern block '" + blockId + "'"));
        BlockInsertion.Inserted ins = insertion.prepare(target, block, x, y, Map.of());
        return new Inserted(ins.edit(), Set.of(ins.frameId()));
    }
}
