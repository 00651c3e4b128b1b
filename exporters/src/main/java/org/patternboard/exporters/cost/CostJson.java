package org.patternboard.exporters.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.GroupCost;
import org.patternboard.model.cost.estimate.LineItem;
import org.patternboard.model.cost.estimate.Unpriced;

/**
 * {@code patternboard cost --format json}: the contract's fields in its order (region, currency, pricesAsOf, scale,
 * total, components with line items, unpriced, assumptions), then what this version adds (freeTier, per component
 * name, note, drivers and traffic; groups; connections). Unpriced components are only under {@code unpriced}.
 */
public final class CostJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CostJson() {
    }

    public static String write(CostEstimate e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("region", e.region());
        root.put("currency", e.currency());
        root.put("pricesAsOf", e.pricesAsOf());
        root.put("scale", CostNumbers.data(e.scale()));
        root.put("total", CostNumbers.data(e.total()));
        ArrayNode components = root.putArray("components");
        for (ComponentCost c : e.components()) {
            if (c.status() == ComponentCost.Status.UNPRICED) {
                continue;
            }
            ObjectNode n = components.addObject();
            n.put("id", c.id());
            n.put("type", c.type());
            n.put("monthly", CostNumbers.data(c.monthly()));
            ArrayNode items = n.putArray("lineItems");
            for (LineItem i : c.lineItems()) {
                ObjectNode in = items.addObject();
                in.put("name", i.name());
                in.put("quantity", CostNumbers.data(i.quantity()));
                in.put("unit", i.unit());
                in.put("unitPrice", i.unitPrice());
                in.put("monthly", CostNumbers.data(i.monthly()));
                if (i.free() > 0) {
                    in.put("free", CostNumbers.data(i.free()));
                }
            }
            n.put("name", c.name());
            if (c.note() != null) {
                n.put("note", c.note());
            }
            ObjectNode drivers = n.putObject("drivers");
            new java.util.TreeMap<>(c.drivers()).forEach((k, v) -> {
                if (v instanceof Double d) {
                    drivers.put(k, CostNumbers.data(d));
                } else if (v != null) {
                    drivers.put(k, v.toString());
                }
            });
            ObjectNode traffic = n.putObject("traffic");
            traffic.put("requests", CostNumbers.data(c.traffic().requests()));
            traffic.put("reads", CostNumbers.data(c.traffic().reads()));
            traffic.put("writes", CostNumbers.data(c.traffic().writes()));
            traffic.put("entry", CostNumbers.data(c.traffic().entry()));
            traffic.put("entrySource", c.traffic().entrySource().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode unpriced = root.putArray("unpriced");
        for (Unpriced u : e.unpriced()) {
            unpriced.addObject().put("id", u.id()).put("type", u.type()).put("reason", u.reason());
        }
        ArrayNode assumptions = root.putArray("assumptions");
        e.assumptions().forEach(assumptions::add);
        root.put("freeTier", e.freeTier());
        ArrayNode groups = root.putArray("groups");
        for (GroupCost g : e.groups()) {
            groups.addObject().put("id", g.id()).put("label", g.label()).put("kind", g.kind())
                    .put("monthly", CostNumbers.data(g.monthly())).put("components", g.components());
        }
        ArrayNode connections = root.putArray("connections");
        for (Map.Entry<String, Double> c : e.connectionTraffic().entrySet()) {
            connections.addObject().put("id", c.getKey()).put("perMonth", CostNumbers.data(c.getValue()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
