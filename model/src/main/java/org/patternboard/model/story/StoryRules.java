package org.patternboard.model.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.GroupKind;

/**
 * What makes a story, as data ({@code patternboard/story/story-rules.json}): the component types that start a
 * request flow (with their conditions), the connection kinds a walk does not follow, the kinds that are
 * failure paths (walked last), and the group kinds that get a slide.
 */
public final class StoryRules {
    private static final String RESOURCE = "patternboard/story/story-rules.json";
    private static volatile StoryRules standard;

    private final List<EntryPoint> entryPoints;
    private final Set<ConnectionKind> notWalked;
    private final Set<ConnectionKind> failureKinds;
    private final Set<GroupKind> slideGroupKinds;

    /** A type that starts flows; {@code whenProperty}: only with that property set; {@code whenOutgoing}: only with such a connection. */
    public record EntryPoint(String type, String whenProperty, Set<ConnectionKind> whenOutgoing) {
    }

    public StoryRules(List<EntryPoint> entryPoints, Set<ConnectionKind> notWalked, Set<ConnectionKind> failureKinds,
            Set<GroupKind> slideGroupKinds) {
        this.entryPoints = List.copyOf(entryPoints);
        this.notWalked = Set.copyOf(notWalked);
        this.failureKinds = Set.copyOf(failureKinds);
        this.slideGroupKinds = Set.copyOf(slideGroupKinds);
    }

    public static StoryRules standard() {
        if (standard == null) {
            standard = load();
        }
        return standard;
    }

    private static StoryRules load() {
        try (InputStream in = StoryRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<EntryPoint> entries = new ArrayList<>();
            for (JsonNode e : root.path("entryPoints")) {
                Set<ConnectionKind> outgoing = new LinkedHashSet<>(kinds(e.path("whenOutgoing")));
                entries.add(new EntryPoint(e.path("type").asText(), e.hasNonNull("whenProperty")
                        ? e.get("whenProperty").asText() : null, outgoing));
            }
            Set<GroupKind> groups = new LinkedHashSet<>();
            for (JsonNode g : root.path("slideGroupKinds")) {
                groups.add(GroupKind.fromId(g.asText()));
            }
            return new StoryRules(entries, kinds(root.path("notWalked")), kinds(root.path("failureKinds")), groups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Set<ConnectionKind> kinds(JsonNode list) {
        Set<ConnectionKind> kinds = new LinkedHashSet<>();
        for (JsonNode k : list) {
            kinds.add(ConnectionKind.fromId(k.asText()));
        }
        return kinds;
    }

    /** True when the component may start a flow by its type and conditions (whether it is a start is decided by the generator). */
    public boolean isEntryPoint(Component c, Architecture a) {
        for (EntryPoint e : entryPoints) {
            if (!e.type().equals(c.type())) {
                continue;
            }
            if (e.whenProperty() != null) {
                Object v = c.property(e.whenProperty());
                if (v == null || v.toString().isBlank()) {
                    continue;
                }
            }
            if (!e.whenOutgoing().isEmpty()
                    && a.outgoing(c.id()).stream().noneMatch(x -> e.whenOutgoing().contains(x.kind()))) {
                continue;
            }
            return true;
        }
        return false;
    }

    public boolean isWalked(Connection c) {
        return !notWalked.contains(c.kind());
    }

    public boolean isFailure(Connection c) {
        return failureKinds.contains(c.kind());
    }

    public boolean hasSlide(GroupKind kind) {
        return slideGroupKinds.contains(kind);
    }
}
