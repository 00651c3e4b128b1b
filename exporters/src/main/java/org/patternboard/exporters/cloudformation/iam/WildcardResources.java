package org.patternboard.exporters.cloudformation.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of actions that may be granted on {@code "Resource": "*"}, each with the reason (AWS offers
 * no narrower resource for it). Read from {@code patternboard/cloudformation/wildcard-resources.json}; the
 * policy builder refuses a wildcard resource for any other action.
 */
public final class WildcardResources {
    static final String RESOURCE = "patternboard/cloudformation/wildcard-resources.json";
    private static volatile WildcardResources standard;

    private final Map<String, String> reasonByAction;

    WildcardResources(Map<String, String> reasonByAction) {
        this.reasonByAction = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasonByAction));
    }

    public static WildcardResources standard() {
        WildcardResources w = standard;
        if (w == null) {
            synchronized (WildcardResources.class) {
                if (standard == null) {
                    standard = load();
                }
                w = standard;
            }
        }
        return w;
    }

    /** Why {@code action} may have a wildcard resource; empty when it may not. */
    public Optional<String> reason(String action) {
        return Optional.ofNullable(reasonByAction.get(action));
    }

    /** Every allowed (action → reason), in file order. */
    public Map<String, String> all() {
        return reasonByAction;
    }

    private static WildcardResources load() {
        try (InputStream in = WildcardResources.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> reasons = new LinkedHashMap<>();
            for (JsonNode entry : root.path("wildcards")) {
                String reason = entry.path("reason").asText();
                if (reason.isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": every wildcard needs a reason");
                }
                entry.path("actions").forEach(a -> reasons.put(a.asText(), reason));
            }
            return new WildcardResources(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
