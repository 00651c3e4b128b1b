package org.patternboard.model.patterns;

import java.util.Objects;
import java.util.Optional;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;

/** A block of the pattern library: its metadata and the design it inserts. */
public record PatternBlock(BlockMetadata metadata, Architecture design) {
    public PatternBlock {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(design, "design");
    }

    /** Reads a block from its design (the metadata sits in the design's {@code block} field). */
    public static PatternBlock of(Architecture design) {
        return new PatternBlock(BlockMetadata.from(design), design);
    }

    public String id() {
        return metadata.id();
    }

    public String name() {
        return metadata.name();
    }

    /** One line saying what the block is (the design's description), for palettes and lists. */
    public String tagline() {
        return design.description();
    }

    /** The pattern frame that holds the whole block: the top-level group of kind {@code pattern}. */
    public Optional<Group> frame() {
        return design.groups().stream()
                .filter(g -> g.kind() == GroupKind.PATTERN && g.parent() == null)
                .findFirst();
    }
}
