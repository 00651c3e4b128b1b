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
    private final Map<java.util.regex.Pattern, String> reasonByPartialWildcard;

    WildcardResources(Map<Scope, Map<String, String>> reasonByAction) {
        this(reasonByAction, Map.of());
    }

    WildcardResources(Map<Scope, Map<String, String>> reasonByAction, Map<java.util.regex.Pattern, String> partial) {
        this.reasonByAction = reasonByAction;
        this.reasonByPartialWildcard = partial;
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

    /**
     * Why a resource ARN may end in a wildcard within one named resource (the indexes of a table, the objects of a
     * bucket, log streams of a group the service names): the first {@code partialWildcards} pattern that matches
     * "{@code services resourceText}": the statement's services (sorted, comma-separated), a space, and the ARN as
     * written with {@code <Ref>}/{@code <Id.Attr>} for references.
     */
    public Optional<String> partialReason(String resourceText, java.util.Collection<String> actions) {
        java.util.Set<String> services = new java.util.TreeSet<>();
        actions.forEach(a -> services.add(a.substring(0, a.indexOf(':'))));
        String key = String.join(",", services) + " " + resourceText;
        return reasonByPartialWildcard.entrySet().stream().filter(e -> e.getKey().matcher(key).find())
                .map(Map.Entry::getValue).findFirst();
    }

    /** Every documented partial wildcard (pattern → reason), in file order. */
    public Map<String, String> partials() {
        Map<String, String> out = new LinkedHashMap<>();
        reasonByPartialWildcard.forEach((k, v) -> out.put(k.pattern(), v));
        return out;
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
            Map<java.util.regex.Pattern, String> partial = new LinkedHashMap<>();
            for (JsonNode entry : root.path("partialWildcards")) {
                if (!entry.has("match")) {
                    continue; // a comment
                }
                String reason = entry.path("reason").asText();
                if (reason.isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": every partial wildcard needs a reason");
                }
                partial.put(java.util.regex.Pattern.compile(entry.path("match").asText()), reason);
            }
            return new WildcardResources(java.util.Collections.unmodifiableMap(reasons),
                    java.util.Collections.unmodifiableMap(partial));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
