package org.patternboard.model.cost.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dated price table for one region (the format of {@code patternboard/cost/prices/us-east-1.json}): prices per
 * component type, and the types that have no usage-based price (with why).
 */
public record PriceTable(String region, String currency, String pricesAsOf, String comment,
        Map<String, TypePrices> types, Map<String, String> free) {

    public PriceTable {
        types = Collections.unmodifiableMap(new TreeMap<>(types));
        free = Collections.unmodifiableMap(new TreeMap<>(free));
    }

    public TypePrices prices(String type) {
        return types.get(type);
    }

    /** Why a type costs nothing, or null when it is priced (or unknown to this table). */
    public String freeReason(String type) {
        return free.get(type);
    }

    public static PriceTable read(JsonNode root) {
        Map<String, TypePrices> types = new LinkedHashMap<>();
        root.path("types").fields().forEachRemaining(e -> types.put(e.getKey(), type(e.getKey(), e.getValue())));
        Map<String, String> free = new LinkedHashMap<>();
        root.path("free").fields().forEachRemaining(e -> free.put(e.getKey(), e.getValue().asText()));
        return new PriceTable(root.path("region").asText(), root.path("currency").asText("USD"),
                root.path("pricesAsOf").asText(), root.path("comment").asText(null), types, free);
    }

    private static TypePrices type(String id, JsonNode n) {
        List<PriceItem> items = new ArrayList<>();
        for (JsonNode i : n.path("items")) {
            List<PriceItem.Tier> tiers = new ArrayList<>();
            for (JsonNode t : i.path("tiers")) {
                tiers.add(new PriceItem.Tier(t.has("upTo") ? t.get("upTo").asDouble() : null, t.get("price").asDouble()));
            }
            Map<String, Double> prices = new LinkedHashMap<>();
            i.path("prices").fields().forEachRemaining(p -> prices.put(p.getKey(), p.getValue().asDouble()));
            items.add(new PriceItem(i.get("name").asText(), i.get("quantity").asText(), i.path("unit").asText(""),
                    conditions(i.path("when")), i.has("price") ? i.get("price").asDouble() : null, tiers,
                    i.path("priceBy").asText(null), prices, i.path("freeTier").asDouble(0),
                    i.path("freeTierPool").asText(id + "/" + i.get("name").asText())));
        }
        return new TypePrices(id, n.path("source").asText(null), n.path("approximate").asText(null),
                conditions(n.path("onlyWhen")), items);
    }

    private static Map<String, List<String>> conditions(JsonNode when) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = when.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(e.getValue().asText());
            }
            m.put(e.getKey(), values);
        }
        return m;
    }

    /** The table as JSON in the same format it is read from (keys in a stable order). */
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("region", region);
        root.put("currency", currency);
        root.put("pricesAsOf", pricesAsOf);
        if (comment != null) {
            root.put("comment", comment);
        }
        ObjectNode freeNode = root.putObject("free");
        free.forEach(freeNode::put);
        ObjectNode typesNode = root.putObject("types");
        types.forEach((id, t) -> {
            ObjectNode tn = typesNode.putObject(id);
            if (t.source() != null) {
                tn.put("source", t.source());
            }
            if (t.approximate() != null) {
                tn.put("approximate", t.approximate());
            }
            if (!t.onlyWhen().isEmpty()) {
                putConditions(tn.putObject("onlyWhen"), t.onlyWhen());
            }
            ArrayNode items = tn.putArray("items");
            for (PriceItem i : t.items()) {
                ObjectNode in = items.addObject();
                in.put("name", i.name());
                in.put("quantity", i.quantity());
                in.put("unit", i.unit());
                if (!i.when().isEmpty()) {
                    putConditions(in.putObject("when"), i.when());
                }
                if (i.price() != null) {
                    in.put("price", i.price());
                }
                if (!i.tiers().isEmpty()) {
                    ArrayNode tiers = in.putArray("tiers");
                    for (PriceItem.Tier tier : i.tiers()) {
                        ObjectNode tnode = tiers.addObject();
                        if (tier.upTo() != null) {
                            tnode.put("upTo", tier.upTo());
                        }
                        tnode.put("price", tier.price());
                    }
                }
                if (i.priceBy() != null) {
                    in.put("priceBy", i.priceBy());
                    ObjectNode p = in.putObject("prices");
                    new TreeMap<>(i.prices()).forEach(p::put);
                }
                if (i.freeTier() > 0) {
                    in.put("freeTier", i.freeTier());
                    in.put("freeTierPool", i.freeTierPool());
                }
            }
        });
        return root;
    }

    private static void putConditions(ObjectNode node, Map<String, List<String>> conditions) {
        new TreeMap<>(conditions).forEach((k, v) -> {
            if (v.size() == 1) {
                node.put(k, v.get(0));
            } else {
                ArrayNode a = node.putArray(k);
                v.forEach(a::add);
            }
        });
    }
}
