package org.patternboard.exporters.cloudformation.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Builds the value tree of a YAML template from the parser's events, without recursion (a hostile
 * 10,000-deep document must give an error, not a stack overflow) and with the source span of every node.
 */
final class YamlTreeBuilder {
    private static final String YAML_TAG = "tag:yaml.org,2002:";

    private final String text;
    private final String fileName;
    private final Offsets offsets;
    private final Map<List<Object>, SourceSpan> valueSpans = new HashMap<>();
    private final Map<List<Object>, SourceSpan> keySpans = new HashMap<>();
    private final Map<String, Built> anchors = new HashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private boolean shortForms;
    private int aliases;
    private Built root;

    private record Built(Object value, long nodes) {
    }

    /** A collection being built: its path, and for a map the key waiting for its value. */
    private static final class Frame {
        final List<Object> path;
        final List<Object> childBase;
        final Map<String, Object> map;
        final List<Object> list;
        final String longForm;
        final Mark start;
        final Optional<String> anchor;
        String pendingKey;
        boolean expectingKey = true;
        long nodes = 1;

        Frame(List<Object> path, List<Object> childBase, boolean isMap, String longForm, Mark start, Optional<String> anchor) {
            this.path = path;
            this.childBase = childBase;
            this.map = isMap ? new LinkedHashMap<>() : null;
            this.list = isMap ? null : new ArrayList<>();
            this.longForm = longForm;
            this.start = start;
            this.anchor = anchor;
        }
    }

    YamlTreeBuilder(String text, String fileName) {
        this.text = text;
        this.fileName = fileName;
        this.offsets = new Offsets(text);
    }

    TemplateDocument build() {
        LoadSettings settings = LoadSettings.builder().setLabel(fileName).setUseMarks(true)
                .setCodePointLimit(TemplateSource.MAX_CHARS + 1).build();
        int documents = 0;
        try {
            for (Event e : new Parse(settings).parseString(text)) {
                switch (e.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            throw error(e.getStartMark(), "a template is one YAML document; this file has more");
                        }
                    }
                    case Scalar -> scalar((ScalarEvent) e);
                    case SequenceStart, MappingStart -> start((CollectionStartEvent) e);
                    case SequenceEnd, MappingEnd -> end(e);
                    case Alias -> alias((AliasEvent) e);
                    default -> {
                    }
                }
            }
        } catch (MarkedYamlEngineException ex) {
            Optional<Mark> m = ex.getProblemMark().isPresent() ? ex.getProblemMark() : ex.getContextMark();
            throw error(m, "invalid YAML: " + ex.getProblem());
        } catch (org.snakeyaml.engine.v2.exceptions.ReaderException ex) {
            int[] lc = offsets.lineColumn(offsets.chars(ex.getPosition()));
            throw new TemplateSyntaxException(fileName, lc[0], lc[1],
                    "invalid YAML: the file contains a character that cannot appear in a template (code point "
                            + ex.getCodePoint() + ")");
        } catch (YamlEngineException ex) {
            throw new TemplateSyntaxException(fileName, 1, 1, "invalid YAML: " + ex.getMessage());
        }
        if (root == null || !(root.value() instanceof Map<?, ?>)) {
            throw new TemplateSyntaxException(fileName, 1, 1, root == null ? "the template is empty"
                    : "a template is a mapping of sections (Resources, Parameters …) at the top");
        }
        return new TemplateDocument(text, fileName, false, root.value(), valueSpans, keySpans, shortForms);
    }

    private void scalar(ScalarEvent e) {
        Frame parent = stack.peek();
        Optional<String> tag = e.getTag();
        if (parent != null && parent.map != null && parent.expectingKey) {
            if (tag.isPresent() && !tag.get().equals(YAML_TAG + "str")) {
                throw error(e.getStartMark(), "a mapping key cannot carry the tag " + tag.get());
            }
            key(parent, e.getValue(), e.getStartMark(), e.getEndMark());
            return;
        }
        Object value;
        String longForm = null;
        if (tag.isEmpty() || tag.get().equals("!")) {
            value = e.isPlain() && tag.isEmpty() ? Scalars.plain(e.getValue()) : e.getValue();
        } else if (tag.get().startsWith(YAML_TAG)) {
            value = typed(tag.get().substring(YAML_TAG.length()), e);
        } else {
            longForm = ShortForms.longForm(tag.get())
                    .orElseThrow(() -> error(e.getStartMark(), "unknown tag " + TemplateSyntaxException.excerpt(tag.get())
                            + " (CloudFormation knows !Ref, !GetAtt, !Sub, !If, !Join …)"));
            shortForms = true;
            value = ShortForms.wrap(longForm, e.getValue(), true);
        }
        List<Object> path = childPath(parent);
        complete(parent, path, new Built(value, 1), e.getStartMark(), e.getEndMark(), e.getAnchor().map(Object::toString),
                longForm);
    }

    private Object typed(String type, ScalarEvent e) {
        Object plain = Scalars.plain(e.getValue());
        return switch (type) {
            case "str" -> e.getValue();
            case "int", "float" -> plain instanceof Number ? plain : fail(e, "is not a number");
            case "bool" -> plain instanceof Boolean ? plain : fail(e, "is not true or false");
            case "null" -> null;
            default -> fail(e, "has the tag !!" + type + ", which CloudFormation does not read");
        };
    }

    private Object fail(ScalarEvent e, String why) {
        throw error(e.getStartMark(), "'" + TemplateSyntaxException.excerpt(e.getValue()) + "' " + why);
    }

    private void start(CollectionStartEvent e) {
        Frame parent = stack.peek();
        if (parent != null && parent.map != null && parent.expectingKey) {
            throw error(e.getStartMark(), "a mapping key must be text, not a list or a mapping");
        }
        if (stack.size() >= TemplateSource.MAX_DEPTH) {
            throw error(e.getStartMark(), "the template nests deeper than " + TemplateSource.MAX_DEPTH + " levels");
        }
        String longForm = null;
        Optional<String> tag = e.getTag();
        if (tag.isPresent() && !tag.get().startsWith(YAML_TAG) && !tag.get().equals("!")) {
            longForm = ShortForms.longForm(tag.get())
                    .orElseThrow(() -> error(e.getStartMark(), "unknown tag " + TemplateSyntaxException.excerpt(tag.get())
                            + " (CloudFormation knows !Ref, !GetAtt, !Sub, !If, !Join …)"));
            shortForms = true;
        }
        List<Object> path = childPath(parent);
        List<Object> base = longForm == null ? path : append(path, longForm);
        stack.push(new Frame(path, base, e instanceof MappingStartEvent, longForm, e.getStartMark().orElse(null),
                e.getAnchor().map(Object::toString)));
    }

    private void end(Event e) {
        Frame f = stack.pop();
        Object value = f.map != null ? f.map : f.list;
        if (f.longForm != null) {
            value = ShortForms.wrap(f.longForm, value, false);
        }
        complete(stack.peek(), f.path, new Built(value, f.nodes), Optional.ofNullable(f.start), e.getEndMark(), f.anchor,
                f.longForm);
    }

    private void alias(AliasEvent e) {
        Frame parent = stack.peek();
        if (parent != null && parent.map != null && parent.expectingKey) {
            throw error(e.getStartMark(), "a mapping key cannot be an alias");
        }
        if (++aliases > TemplateSource.MAX_ALIASES) {
            throw error(e.getStartMark(), "more than " + TemplateSource.MAX_ALIASES + " YAML aliases");
        }
        String name = e.getAlias().toString();
        Built b = anchors.get(name);
        if (b == null) {
            throw error(e.getStartMark(), "the alias *" + TemplateSyntaxException.excerpt(name) + " names no anchor");
        }
        complete(parent, childPath(parent), b, e.getStartMark(), e.getEndMark(), Optional.empty(), null);
    }

    private void key(Frame parent, String key, Optional<Mark> start, Optional<Mark> end) {
        if (parent.map.containsKey(key)) {
            throw error(start, "the key '" + TemplateSyntaxException.excerpt(key) + "' appears twice in one mapping");
        }
        parent.pendingKey = key;
        parent.expectingKey = false;
        span(start, end).ifPresent(s -> keySpans.put(append(parent.childBase, key), s));
    }

    private void complete(Frame parent, List<Object> path, Built built, Optional<Mark> start, Optional<Mark> end,
            Optional<String> anchor, String longForm) {
        Optional<SourceSpan> span = span(start, end);
        span.ifPresent(s -> {
            valueSpans.put(path, s);
            if (longForm != null) {
                valueSpans.put(append(path, longForm), s);
            }
        });
        anchor.ifPresent(a -> anchors.put(a, built));
        if (parent == null) {
            root = built;
            return;
        }
        parent.nodes += built.nodes();
        if (parent.nodes > TemplateSource.MAX_NODES) {
            throw error(start, "the template expands to more than " + TemplateSource.MAX_NODES + " values (alias bomb?)");
        }
        if (parent.map != null) {
            parent.map.put(parent.pendingKey, built.value());
            parent.pendingKey = null;
            parent.expectingKey = true;
        } else {
            parent.list.add(built.value());
        }
    }

    private List<Object> childPath(Frame parent) {
        if (parent == null) {
            return List.of();
        }
        return append(parent.childBase, parent.map != null ? parent.pendingKey : (Object) parent.list.size());
    }

    private static List<Object> append(List<Object> path, Object last) {
        List<Object> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(last);
        return List.copyOf(p);
    }

    private Optional<SourceSpan> span(Optional<Mark> start, Optional<Mark> end) {
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        int from = offsets.chars(start.get().getIndex());
        int to = Math.max(from, offsets.chars(end.get().getIndex()));
        int[] a = offsets.lineColumn(from);
        int[] b = offsets.lineColumn(to);
        return Optional.of(new SourceSpan(from, to, a[0], a[1], b[0], b[1]));
    }

    private TemplateSyntaxException error(Optional<Mark> mark, String problem) {
        if (mark.isEmpty()) {
            return new TemplateSyntaxException(fileName, 1, 1, problem);
        }
        int[] lc = offsets.lineColumn(offsets.chars(mark.get().getIndex()));
        return new TemplateSyntaxException(fileName, lc[0], lc[1], problem);
    }
}
