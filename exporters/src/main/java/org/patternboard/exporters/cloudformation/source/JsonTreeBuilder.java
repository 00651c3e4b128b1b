package org.patternboard.exporters.cloudformation.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the value tree of a JSON template from Jackson's tokens, with the source span of every value and key. */
final class JsonTreeBuilder {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(TemplateSource.MAX_DEPTH).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String text;
    private final String fileName;
    private final Offsets offsets;
    private final Map<List<Object>, SourceSpan> valueSpans = new HashMap<>();
    private final Map<List<Object>, SourceSpan> keySpans = new HashMap<>();

    private static final class Frame {
        final List<Object> path;
        final Map<String, Object> map;
        final List<Object> list;
        final int start;
        String key;

        Frame(List<Object> path, boolean isMap, int start) {
            this.path = path;
            this.map = isMap ? new LinkedHashMap<>() : null;
            this.list = isMap ? null : new ArrayList<>();
            this.start = start;
        }
    }

    JsonTreeBuilder(String text, String fileName) {
        this.text = text;
        this.fileName = fileName;
        this.offsets = new Offsets(text);
    }

    TemplateDocument build() {
        Deque<Frame> stack = new ArrayDeque<>();
        Object root = null;
        boolean done = false;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (done) {
                    throw at(p.currentTokenLocation(), "text after the end of the template");
                }
                int start = (int) p.currentTokenLocation().getCharOffset();
                Frame parent = stack.peek();
                switch (t) {
                    case FIELD_NAME -> {
                        parent.key = p.currentName();
                        int end = (int) p.currentLocation().getCharOffset();
                        keySpans.put(append(parent.path, parent.key), span(start, keyEnd(start, end)));
                    }
                    case START_OBJECT, START_ARRAY -> stack.push(new Frame(childPath(parent), t == JsonToken.START_OBJECT, start));
                    case END_OBJECT, END_ARRAY -> {
                        Frame f = stack.pop();
                        Object value = f.map != null ? f.map : f.list;
                        valueSpans.put(f.path, span(f.start, (int) p.currentLocation().getCharOffset()));
                        if (stack.isEmpty()) {
                            root = value;
                            done = true;
                        } else {
                            add(stack.peek(), value);
                        }
                    }
                    default -> {
                        Object value = scalar(p, t);
                        if (parent == null) {
                            throw at(p.currentTokenLocation(), "a template is a JSON object of sections at the top");
                        }
                        valueSpans.put(childPath(parent), span(start, (int) p.currentLocation().getCharOffset()));
                        add(parent, value);
                    }
                }
            }
        } catch (StreamConstraintsException e) {
            throw new TemplateSyntaxException(fileName, 1, 1, "the template nests deeper than " + TemplateSource.MAX_DEPTH
                    + " levels");
        } catch (JsonParseException e) {
            String msg = e.getOriginalMessage();
            throw at(e.getLocation(), "invalid JSON: " + (msg.startsWith("Duplicate field")
                    ? "a key appears twice in one object (" + TemplateSyntaxException.excerpt(msg) + ")"
                    : TemplateSyntaxException.excerpt(msg.split("\n")[0])));
        } catch (IOException e) {
            throw new TemplateSyntaxException(fileName, 1, 1, "invalid JSON: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new TemplateSyntaxException(fileName, 1, 1, root == null ? "the template is empty"
                    : "a template is a JSON object of sections at the top");
        }
        return new TemplateDocument(text, fileName, true, root, valueSpans, keySpans, false);
    }

    /** The end of a field name token: its closing quote (the parser's location is past the colon). */
    private int keyEnd(int start, int after) {
        int q = text.indexOf('"', start + 1);
        while (q > 0 && text.charAt(q - 1) == '\\') {
            q = text.indexOf('"', q + 1);
        }
        return q < 0 || q >= after ? after : q + 1;
    }

    private static Object scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue()
                    : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static void add(Frame parent, Object value) {
        if (parent.map != null) {
            parent.map.put(parent.key, value);
        } else {
            parent.list.add(value);
        }
    }

    private static List<Object> childPath(Frame parent) {
        if (parent == null) {
            return List.of();
        }
        return append(parent.path, parent.map != null ? parent.key : (Object) parent.list.size());
    }

    private static List<Object> append(List<Object> path, Object last) {
        List<Object> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(last);
        return List.copyOf(p);
    }

    private SourceSpan span(int from, int to) {
        int a = Math.min(Math.max(0, from), text.length());
        int b = Math.min(Math.max(a, to), text.length());
        int[] s = offsets.lineColumn(a);
        int[] e = offsets.lineColumn(b);
        return new SourceSpan(a, b, s[0], s[1], e[0], e[1]);
    }

    private TemplateSyntaxException at(JsonLocation loc, String problem) {
        if (loc == null) {
            return new TemplateSyntaxException(fileName, 1, 1, problem);
        }
        return new TemplateSyntaxException(fileName, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()), problem);
    }
}
