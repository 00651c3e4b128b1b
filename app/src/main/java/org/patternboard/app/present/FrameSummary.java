package org.patternboard.app.present;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patternboard.app.viewmodel.BlockCatalog;
import org.patternboard.app.viewmodel.BlockInfo;
import org.patternboard.app.viewmodel.DesignCheck;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.rules.Finding;

/** What a frame slide tells: the block's name and summary (from the pattern catalog) and its open findings. */
record FrameSummary(String name, String summary, List<Finding> findings) {

    static FrameSummary of(Architecture a, String groupId, BlockCatalog blocks, DesignCheck check) {
        Group g = a.group(groupId).orElse(null);
        if (g == null) {
            return new FrameSummary(groupId, "", List.of());
        }
        BlockInfo block = g.pattern() == null || blocks == null ? null
                : blocks.blocks().stream().filter(b -> b.id().equals(g.pattern())).findFirst().orElse(null);
        String name = block != null ? block.name() : g.label();
        String summary = block != null ? block.summary() : "";
        Set<String> members = members(a, groupId);
        List<Finding> open = check == null ? List.of() : check.findings().stream()
                .filter(f -> !f.suppressed() && f.targets().stream().anyMatch(members::contains)).toList();
        return new FrameSummary(name, summary == null ? "" : summary, open);
    }

    /** The frame, everything nested in it, and the connections that touch its components. */
    static Set<String> members(Architecture a, String groupId) {
        Set<String> groups = new HashSet<>();
        groups.add(groupId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Group g : a.groups()) {
                if (g.parent() != null && groups.contains(g.parent()) && groups.add(g.id())) {
                    grew = true;
                }
            }
        }
        Set<String> ids = new HashSet<>(groups);
        for (Component c : a.components()) {
            if (c.parent() != null && groups.contains(c.parent())) {
                ids.add(c.id());
            }
        }
        for (Connection c : a.connections()) {
            if (ids.contains(c.from()) || ids.contains(c.to())) {
                ids.add(c.id());
            }
        }
        return ids;
    }
}
