package org.patternboard.model.cost.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Refreshes a price table from AWS Price List bulk offer files ({@code offerCode}, {@code publicationDate},
 * {@code products} by SKU with {@code attributes.regionCode} and {@code usagetype}, {@code terms.OnDemand} with
 * {@code priceDimensions} and their ranges). Which usage type refreshes which item is data
 * ({@code patternboard/cost/offer-mapping.json}); the structure (items, drivers, tiers) comes from a base table,
 * and items no offer file prices keep the base table's price (the result says which).
 */
public final class OfferImporter {
    public static final String MAPPING = "/patternboard/cost/offer-mapping.json";

    private record Mapping(String offerCode, Pattern usagetype, Map<String, String> attributes, String priceByAttribute,
            List<String[]> targets) {
    }

    /** A dimension of an on-demand price: units from {@code begin} to {@code end} (null: no limit) at {@code usd}. */
    private record Dimension(double begin, Double end, double usd) {
    }

    /** The refreshed table, the items it refreshed ("type / item") and the types it kept from the base table. */
    public record Result(PriceTable table, List<String> refreshed, List<String> kept) {
    }

    private final List<Mapping> mappings = new ArrayList<>();

    public OfferImporter() {
        try (InputStream in = OfferImporter.class.getResourceAsStream(MAPPING)) {
            for (JsonNode m : new ObjectMapper().readTree(in).path("mappings")) {
                Map<String, String> attrs = new LinkedHashMap<>();
                m.path("attributes").fields().forEachRemaining(e -> attrs.put(e.getKey(), e.getValue().asText()));
                List<String[]> targets = new ArrayList<>();
                m.path("targets").forEach(t -> targets.add(new String[] {t.get(0).asText(), t.get(1).asText()}));
                mappings.add(new Mapping(m.get("offerCode").asText(),
                        Pattern.compile("(?:[A-Z]{2,4}\\d?-)?" + m.get("usagetype").asText()), attrs,
                        m.path("priceByAttribute").asText(null), targets));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MAPPING, e);
        }
    }

    /**
     * Imports offer files for one region into {@code base}.
     *
     * @param region the region to take prices for, or null for the only region the files cover
     * @throws IllegalArgumentException with a one-line reason when the files are not offer files, cover several
     *     regions and none was chosen, or price nothing Patternboard uses
     */
    public Result importOffers(List<JsonNode> offers, String region, PriceTable base) {
        TreeSet<String> regions = new TreeSet<>();
        for (JsonNode offer : offers) {
            if (!offer.has("offerCode") || !offer.path("products").isObject() || !offer.path("terms").has("OnDemand")) {
                throw new IllegalArgumentException("not an AWS Price List offer file (it needs offerCode, products and"
                        + " terms.OnDemand)");
            }
            offer.path("products").forEach(p -> {
                String r = p.path("attributes").path("regionCode").asText("");
                if (!r.isEmpty()) {
                    regions.add(r);
                }
            });
        }
        String chosen = region;
        if (chosen == null) {
            if (regions.size() != 1) {
                throw new IllegalArgumentException(regions.isEmpty() ? "the offer files name no regionCode"
                        : "the offer files cover " + regions.size() + " regions (" + String.join(", ",
                                regions.stream().limit(3).toList()) + (regions.size() > 3 ? ", …" : "")
                                + "); choose one with --region");
            }
            chosen = regions.first();
        } else if (!regions.contains(chosen)) {
            throw new IllegalArgumentException("the offer files have no prices for region '" + chosen + "'");
        }
        Map<String, Map<String, PriceItem>> items = new LinkedHashMap<>();
        base.types().forEach((type, tp) -> {
            Map<String, PriceItem> byName = new LinkedHashMap<>();
            tp.items().forEach(i -> byName.put(i.name(), i));
            items.put(type, byName);
        });
        TreeSet<String> refreshed = new TreeSet<>();
        String published = null;
        List<String> codes = new ArrayList<>();
        for (JsonNode offer : offers) {
            String code = offer.get("offerCode").asText();
            codes.add(code);
            String date = offer.path("publicationDate").asText("");
            if (date.length() >= 10 && (published == null || date.substring(0, 10).compareTo(published) > 0)) {
                published = date.substring(0, 10);
            }
            JsonNode onDemand = offer.path("terms").path("OnDemand");
            for (var it = offer.path("products").fields(); it.hasNext();) {
                var product = it.next();
                JsonNode attrs = product.getValue().path("attributes");
                if (!chosen.equals(attrs.path("regionCode").asText())) {
                    continue;
                }
                String usagetype = attrs.path("usagetype").asText("");
                for (Mapping m : mappings) {
                    if (!m.offerCode().equals(code) || !m.usagetype().matcher(usagetype).matches() || !matches(m, attrs)) {
                        continue;
                    }
                    List<Dimension> dims = dimensions(onDemand.path(product.getKey()));
                    if (dims.isEmpty()) {
                        continue;
                    }
                    for (String[] target : m.targets()) {
                        PriceItem old = items.getOrDefault(target[0], Map.of()).get(target[1]);
                        if (old == null) {
                            continue;
                        }
                        items.get(target[0]).put(target[1], refresh(old, dims, m, attrs));
                        refreshed.add(target[0] + " / " + target[1]);
                    }
                }
            }
        }
        if (refreshed.isEmpty()) {
            throw new IllegalArgumentException("the offer files (" + String.join(", ", codes) + ") price nothing"
                    + " Patternboard estimates in " + chosen);
        }
        Map<String, TypePrices> types = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        base.types().forEach((type, tp) -> {
            types.put(type, new TypePrices(type, tp.source(), tp.approximate(), tp.onlyWhen(),
                    List.copyOf(items.get(type).values())));
            if (refreshed.stream().noneMatch(r -> r.startsWith(type + " / "))) {
                kept.add(type);
            }
        });
        String comment = "prices refreshed from AWS Price List offer files " + String.join(", ", codes)
                + " for " + chosen + " (" + refreshed.size() + " items); other items keep the " + base.region()
                + " prices of " + base.pricesAsOf();
        PriceTable table = new PriceTable(chosen, base.currency(), published == null ? base.pricesAsOf() : published,
                comment, types, base.free());
        return new Result(table, List.copyOf(refreshed), kept);
    }

    private static boolean matches(Mapping m, JsonNode attrs) {
        for (Map.Entry<String, String> a : m.attributes().entrySet()) {
            if (!a.getValue().equals(attrs.path(a.getKey()).asText())) {
                return false;
            }
        }
        return true;
    }

    private static List<Dimension> dimensions(JsonNode terms) {
        List<Dimension> dims = new ArrayList<>();
        for (JsonNode term : terms) { // one offer term per SKU in practice; take them all
            for (JsonNode d : term.path("priceDimensions")) {
                JsonNode usd = d.path("pricePerUnit").path("USD");
                if (usd.isMissingNode()) {
                    continue;
                }
                String end = d.path("endRange").asText("Inf");
                dims.add(new Dimension(parse(d.path("beginRange").asText("0"), 0), end.equals("Inf") ? null : parse(end, 0),
                        parse(usd.asText(), 0)));
            }
        }
        dims.sort(Comparator.comparingDouble(Dimension::begin));
        return dims;
    }

    private static double parse(String s, double fallback) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static PriceItem refresh(PriceItem old, List<Dimension> dims, Mapping m, JsonNode attrs) {
        if (old.priceBy() != null) {
            String key = m.priceByAttribute() == null ? null : attrs.path(m.priceByAttribute()).asText(null);
            if (key == null) {
                return old;
            }
            Map<String, Double> prices = new HashMap<>(old.prices());
            prices.put(key, dims.get(0).usd());
            return new PriceItem(old.name(), old.quantity(), old.unit(), old.when(), null, List.of(), old.priceBy(),
                    prices, old.freeTier(), old.freeTierPool());
        }
        // free-tier dimensions (price 0 from 0) are the table's free tier, not a price band
        List<Dimension> paid = dims.stream().filter(d -> !(d.usd() == 0 && d.begin() == 0 && d.end() != null)).toList();
        if (paid.size() <= 1) {
            double price = (paid.isEmpty() ? dims.get(0) : paid.get(0)).usd();
            return new PriceItem(old.name(), old.quantity(), old.unit(), old.when(), price, List.of(), null, Map.of(),
                    old.freeTier(), old.freeTierPool());
        }
        List<PriceItem.Tier> tiers = new ArrayList<>();
        for (Dimension d : paid) {
            tiers.add(new PriceItem.Tier(d.end(), d.usd()));
        }
        return new PriceItem(old.name(), old.quantity(), old.unit(), old.when(), null, tiers, null, Map.of(),
                old.freeTier(), old.freeTierPool());
    }
}
