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

    /** Where a wildcard entry applies: identity policies of roles, or KMS key policies. */
    public enum Scope { IDENTITY, KEY_POLICY }

    private final Map<Scope, Map<String, String>> reasonByAction;

    WildcardResources(Map<Scope, Map<String, String>> reasonByAction) {
        this.reasonByAction = reasonByAction;
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

    /** Why {@code action} may have a wildcard resource in a role's policy; empty when it may not. */
    public Optional<String> reason(String action) {
        return reason(Scope.IDENTITY, action);
    }

    public Optional<String> reason(Scope scope, String action) {
        return Optional.ofNullable(reasonByAction.get(scope).get(action));
    }

    /** Every allowed (action → reason) of a scope, in file order. */
    public Map<String, String> all(Scope scope) {
        return reasonByAction.get(scope);
    }

    private static WildcardResources load() {
        try (InputStream in = WildcardResources.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<Scope, Map<String, String>> reasons = new java.util.EnumMap<>(Scope.class);
            for (Scope s : Scope.values()) {
                reasons.put(s, new LinkedHashMap<>());
            }
            for (JsonNode entry : root.path("wildcards")) {
                String reason = entry.path("reason").asText();
                if (reason.isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": every wildcard needs a reason");
                }
                Scope scope = "keyPolicy".equals(entry.path("scope").asText()) ? Scope.KEY_POLICY : Scope.IDENTITY;
                entry.path("actions").forEach(a -> reasons.get(scope).put(a.asText(), reason));
            }
            reasons.replaceAll((k, v) -> java.util.Collections.unmodifiableMap(v));
            return new WildcardResources(java.util.Collections.unmodifiableMap(reasons));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
