package org.patternboard.exporters.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.ElementChange;
import org.patternboard.model.diff.ElementsDiff;
import org.patternboard.model.diff.FindingChange;
import org.patternboard.model.diff.Move;
import org.patternboard.model.diff.Placement;
import org.patternboard.model.diff.PropertyChange;
import org.patternboard.model.diff.Rename;
import org.patternboard.model.rules.Pillar;

/**
 * {@code patternboard diff --format json}: the contract's shape (components, connections, findings, scores) first,
 * then what this version adds (changed connections, moves, frames, notes, the design's own fields, suppressions).
 */
public final class DiffJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private DiffJson() {
    }

    public static String write(DesignDiff d) {
        ObjectNode root = JSON.createObjectNode();
        root.set("components", elements(d.components(), true));
        root.set("connections", elements(d.connections(), false));
        ObjectNode findings = root.putObject("findings");
        findings(findings.putArray("introduced"), d.findings().introduced());
        findings(findings.putArray("resolved"), d.findings().resolved());
        ObjectNode scores = root.putObject("scores");
        for (Map.Entry<Pillar, Integer> e : d.scores().entrySet()) {
            scores.put(e.getKey().id(), e.getValue());
        }
        root.set("groups", elements(d.groups(), true));
        root.set("notes", elements(d.notes(), true));
        ObjectNode design = root.putObject("design");
        changes(design.putArray("changed"), d.document());
        ObjectNode suppressions = root.putObject("suppressions");
        suppressions(suppressions.putArray("added"), d.suppressionsAdded());
        suppressions(suppressions.putArray("removed"), d.suppressionsRemoved());
        root.put("identical", d.isEmpty());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode elements(ElementsDiff e, boolean layout) {
        ObjectNode node = JSON.createObjectNode();
        e.added().forEach(node.putArray("added")::add);
        e.removed().forEach(node.putArray("removed")::add);
        ArrayNode renamed = node.putArray("renamed");
        for (Rename r : e.renamed()) {
            renamed.addObject().put("from", r.from()).put("to", r.to());
        }
        ArrayNode changed = node.putArray("changed");
        for (ElementChange c : e.changed()) {
            ObjectNode o = changed.addObject().put("id", c.id());
            changes(o.putArray("properties"), c.properties());
            changes(o.putArray("fields"), c.fields());
        }
        if (layout) {
            ArrayNode moved = node.putArray("moved");
            for (Move m : e.moved()) {
                ObjectNode o = moved.addObject().put("id", m.id());
                placement(o.putObject("from"), m.from());
                placement(o.putObject("to"), m.to());
            }
        }
        return node;
    }

    private static void changes(ArrayNode array, List<PropertyChange> changes) {
        for (PropertyChange p : changes) {
            ObjectNode o = array.addObject().put("name", p.name());
            o.set("old", JSON.valueToTree(p.oldValue()));
            o.set("new", JSON.valueToTree(p.newValue()));
        }
    }

    private static void placement(ObjectNode o, Placement p) {
        o.put("x", p.x()).put("y", p.y());
        if (p.width() != null) {
            o.put("width", p.width());
        }
        if (p.height() != null) {
            o.put("height", p.height());
        }
    }

    private static void findings(ArrayNode array, List<FindingChange> findings) {
        for (FindingChange f : findings) {
            ObjectNode o = array.addObject().put("rule", f.rule());
            f.targets().forEach(o.putArray("targets")::add);
            o.put("pillar", f.pillar().id()).put("severity", f.severity().id()).put("title", f.title())
                    .put("message", f.message());
        }
    }

    private static void suppressions(ArrayNode array, List<Suppression> list) {
        for (Suppression s : list) {
            array.addObject().put("rule", s.rule()).put("target", s.target()).put("reason", s.reason());
        }
    }
}
