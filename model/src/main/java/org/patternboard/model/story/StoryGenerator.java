package org.patternboard.model.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;

/**
 * The story a design tells by itself: an overview, one slide per pattern frame or group (left to right), one
 * request-flow walk-through per entry point (left to right). A saved story is merged with it: saved slides
 * keep their order and edits, slides whose target is gone are dropped, new frames and entry points are
 * appended, so a story never goes stale when the design changes.
 */
public final class StoryGenerator {
    public static final String OVERVIEW_ID = "overview";

    private final StoryRules rules;

    public StoryGenerator(StoryRules rules) {
        this.rules = rules;
    }

    public static StoryGenerator standard() {
        return new StoryGenerator(StoryRules.standard());
    }

    /** The story to present: the saved one merged with what the design holds now, or the generated one. */
    public Story storyOf(Architecture a) {
        return a.story().map(s -> merge(s, a)).orElseGet(() -> generate(a));
    }

    public Story generate(Architecture a) {
        List<Slide> slides = new ArrayList<>();
        slides.add(Slide.generated(OVERVIEW_ID, SlideKind.OVERVIEW, null));
        a.groups().stream().filter(g -> rules.hasSlide(g.kind()))
                .sorted(Comparator.comparingDouble(Group::x).thenComparingDouble(Group::y).thenComparing(Group::id))
                .forEach(g -> slides.add(Slide.generated(frameId(g.id()), SlideKind.FRAME, g.id())));
        for (Component c : flowStarts(a)) {
            slides.add(Slide.generated(flowId(c.id()), SlideKind.FLOW, c.id()));
        }
        return new Story(slides);
    }

    /**
     * Entry points that start a flow: no walked connection reaches them from another entry point (so a
     * client calling an API is one flow, from the client), and at least one walked connection leaves them.
     */
    public List<Component> flowStarts(Architecture a) {
        Set<String> entries = new HashSet<>();
        for (Component c : a.components()) {
            if (rules.isEntryPoint(c, a)) {
                entries.add(c.id());
            }
        }
        List<Component> starts = new ArrayList<>();
        for (Component c : a.components()) {
            if (!entries.contains(c.id())) {
                continue;
            }
            boolean fed = a.incoming(c.id()).stream()
                    .anyMatch(in -> rules.isWalked(in) && !in.from().equals(c.id()) && entries.contains(in.from()));
            boolean leads = a.outgoing(c.id()).stream().anyMatch(rules::isWalked);
            if (!fed && leads) {
                starts.add(c);
            }
        }
        starts.sort(Comparator.comparingDouble(Component::x).thenComparingDouble(Component::y)
                .thenComparing(Component::id));
        return starts;
    }

    public Story merge(Story saved, Architecture a) {
        List<Slide> slides = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> targets = new HashSet<>();
        for (Slide s : saved.slides()) {
            if (!targetExists(s, a)) {
                continue;
            }
            Slide kept = s.withHighlight(s.highlight().stream().filter(a::hasElement).toList());
            slides.add(kept);
            ids.add(kept.id());
            targets.add(key(kept));
        }
        for (Slide g : generate(a).slides()) {
            if (!targets.contains(key(g)) && !ids.contains(g.id())) {
                slides.add(g);
                ids.add(g.id());
            }
        }
        return new Story(slides);
    }

    private static boolean targetExists(Slide s, Architecture a) {
        return switch (s.kind()) {
            case OVERVIEW, CUSTOM -> true;
            case FRAME -> a.group(s.target()).isPresent();
            case FLOW -> a.component(s.target()).isPresent();
        };
    }

    private static String key(Slide s) {
        return s.kind().id() + ":" + (s.target() == null ? s.id() : s.target());
    }

    public static String frameId(String groupId) {
        return "frame-" + groupId;
    }

    public static String flowId(String componentId) {
        return "flow-" + componentId;
    }
}
