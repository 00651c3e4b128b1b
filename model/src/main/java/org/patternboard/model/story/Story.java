package org.patternboard.model.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The presenter's slides, in the order they are shown. Immutable; every change gives a new story. */
public record Story(List<Slide> slides) {
    public Story {
        slides = List.copyOf(slides);
        Set<String> ids = new HashSet<>();
        for (Slide s : slides) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("the slide id '" + s.id() + "' is used twice");
            }
        }
    }

    public static Story of(Slide... slides) {
        return new Story(List.of(slides));
    }

    public List<Slide> visible() {
        return slides.stream().filter(s -> !s.hidden()).toList();
    }

    public Optional<Slide> slide(String id) {
        return slides.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int indexOf(String id) {
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The slide moved by {@code delta} places (negative: earlier), clamped to the ends. */
    public Story moved(String id, int delta) {
        int from = indexOf(id);
        if (from < 0) {
            return this;
        }
        int to = Math.max(0, Math.min(slides.size() - 1, from + delta));
        List<Slide> list = new ArrayList<>(slides);
        list.add(to, list.remove(from));
        return new Story(list);
    }

    /** The slide with the same id replaced. */
    public Story with(Slide replacement) {
        List<Slide> list = new ArrayList<>(slides);
        int i = indexOf(replacement.id());
        if (i < 0) {
            throw new IllegalArgumentException("no slide '" + replacement.id() + "'");
        }
        list.set(i, replacement);
        return new Story(list);
    }

    /** The slide inserted at {@code index} (clamped). */
    public Story inserted(int index, Slide slide) {
        List<Slide> list = new ArrayList<>(slides);
        list.add(Math.max(0, Math.min(list.size(), index)), slide);
        return new Story(list);
    }

    public Story without(String id) {
        return new Story(slides.stream().filter(s -> !s.id().equals(id)).toList());
    }

    /** A custom slide id not used yet: custom-1, custom-2, … */
    public String newCustomId() {
        for (int n = 1; ; n++) {
            String id = "custom-" + n;
            if (indexOf(id) < 0) {
                return id;
            }
        }
    }
}
