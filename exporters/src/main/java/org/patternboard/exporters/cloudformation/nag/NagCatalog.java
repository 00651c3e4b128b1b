package org.patternboard.exporters.cloudformation.nag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the export tells cdk-nag, read from {@code patternboard/cloudformation/cdk-nag.json}: the reasons of the
 * findings the export expects ("facts", each for one AwsSolutions rule), and which AwsSolutions rule applies to
 * which resource types and what covers it (a Patternboard rule, an export default or a fact).
 */
public final class NagCatalog {
    static final String RESOURCE = "patternboard/cloudformation/cdk-nag.json";
    private static volatile NagCatalog standard;

    /** One reason the export states, for one AwsSolutions rule; {@code {0}} is filled in from the design. */
    public record Fact(String rule, String reason) {
    }

    /** One AwsSolutions rule: the resource types it checks and what covers it. */
    public record NagRule(String id, List<String> types, String covers, String exportDefault, String fact) {
    }

    private final Map<String, Fact> facts;
    private final Map<String, NagRule> rules;

    NagCatalog(Map<String, Fact> facts, Map<String, NagRule> rules) {
        this.facts = facts;
        this.rules = rules;
    }

    public static NagCatalog standard() {
        NagCatalog c = standard;
        if (c == null) {
            synchronized (NagCatalog.class) {
                if (standard == null) {
                    standard = load();
                }
                c = standard;
            }
        }
        return c;
    }

    public Fact fact(String key) {
        Fact f = facts.get(key);
        if (f == null) {
            throw new IllegalArgumentException("no fact '" + key + "' in " + RESOURCE);
        }
        return f;
    }

    /** Suppresses the fact's rule on {@code r} with the fact's reason, {@code {0}}… filled with {@code args}. */
    public void suppress(org.patternboard.exporters.cloudformation.template.Resource r, String factKey, Object... args) {
        Fact f = fact(factKey);
        NagSuppressions.add(r, f.rule(), new MessageFormat(f.reason().replace("'", "''")).format(args));
    }

    public Optional<NagRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Every rule, in file order. */
    public List<NagRule> rules() {
        return List.copyOf(rules.values());
    }

    public Map<String, Fact> facts() {
        return facts;
    }

    private static NagCatalog load() {
        try (InputStream in = NagCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Fact> facts = new LinkedHashMap<>();
            root.path("facts").fields().forEachRemaining(e -> facts.put(e.getKey(),
                    new Fact(e.getValue().path("rule").asText(), e.getValue().path("reason").asText())));
            Map<String, NagRule> rules = new LinkedHashMap<>();
            for (JsonNode r : root.path("rules")) {
                List<String> types = new ArrayList<>();
                r.path("types").forEach(t -> types.add(t.asText()));
                rules.put(r.path("id").asText(), new NagRule(r.path("id").asText(), List.copyOf(types),
                        text(r, "covers"), text(r, "default"), text(r, "fact")));
            }
            return new NagCatalog(Collections.unmodifiableMap(facts), Collections.unmodifiableMap(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
