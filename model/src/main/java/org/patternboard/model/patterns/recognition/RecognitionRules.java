package org.patternboard.model.patterns.recognition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.catalog.ConnectionKind;

/**
 * What recognition needs to know besides the blocks: which types are optional extras, which connection kinds
 * mean the same thing in an imported template, which components are template helpers, the thresholds, and
 * the words for missing parts. Data, read from {@code patternboard/recognition/recognition.json}.
 */
record RecognitionRules(
        Set<String> optionalTypes,
        Set<ConnectionKind> deadLetterKinds,
        Map<ConnectionKind, Set<ConnectionKind>> equivalents,
        Set<ConnectionKind> looseKinds,
        Set<String> helperTypes,
        int maxHelperDegree,
        int minCoreComponents,
        double minCompleteness,
        Map<String, List<String>> nouns) {

    static final String RESOURCE = "patternboard/recognition/recognition.json";
    /** The noun key for components that only receive failures. */
    static final String DEAD_LETTER = "deadLetter";

    private static volatile RecognitionRules standard;

    static RecognitionRules standard() {
        RecognitionRules r = standard;
        if (r == null) {
            try (InputStream in = RecognitionRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class path resource " + RESOURCE);
                }
                r = parse(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            standard = r;
        }
        return r;
    }

    static RecognitionRules parse(JsonNode root) {
        Map<ConnectionKind, Set<ConnectionKind>> eq = new EnumMap<>(ConnectionKind.class);
        for (ConnectionKind k : ConnectionKind.values()) {
            eq.put(k, EnumSet.of(k));
        }
        for (JsonNode pair : root.path("equivalentKinds")) {
            ConnectionKind a = ConnectionKind.fromId(pair.get(0).asText());
            ConnectionKind b = ConnectionKind.fromId(pair.get(1).asText());
            eq.get(a).add(b);
            eq.get(b).add(a);
        }
        Map<String, List<String>> nouns = new HashMap<>();
        root.path("nouns").fields().forEachRemaining(e -> nouns.put(e.getKey(),
                List.of(e.getValue().get(0).asText(), e.getValue().get(1).asText())));
        return new RecognitionRules(strings(root, "optionalTypes"), kinds(root, "deadLetterKinds"), Map.copyOf(eq),
                kinds(root, "looseKinds"), strings(root, "helperTypes"), root.path("maxHelperDegree").asInt(12),
                root.path("minCoreComponents").asInt(2), root.path("minCompleteness").asDouble(0.5), Map.copyOf(nouns));
    }

    private static Set<String> strings(JsonNode root, String field) {
        Set<String> s = new HashSet<>();
        root.path(field).forEach(n -> s.add(n.asText()));
        return Set.copyOf(s);
    }

    private static Set<ConnectionKind> kinds(JsonNode root, String field) {
        Set<ConnectionKind> s = EnumSet.noneOf(ConnectionKind.class);
        root.path(field).forEach(n -> s.add(ConnectionKind.fromId(n.asText())));
        return Set.copyOf(s);
    }
}
