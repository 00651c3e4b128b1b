package org.patternboard.app.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.source.SourceSpan;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Where an imported design's components and connections are written in their template: from the resource's
 * logical id to the end of its body. A resource expanded from {@code Fn::ForEach} points at its loop; one SAM
 * creates itself (an implicit API) at the resource whose event implies it. A component of a child template opened
 * into its nested stack's frame points at that stack in this template (a region names no other file).
 */
final class TemplateRegions implements SarifReport.Regions {
    private final TemplateDocument doc;
    private final Architecture design;

    TemplateRegions(TemplateDocument doc, Architecture design) {
        this.doc = doc;
        this.design = design;
    }

    @Override
    public Optional<SourceSpan> of(String target) {
        Optional<Component> c = design.component(target);
        if (c.isPresent()) {
            return component(c.get(), true);
        }
        return design.connection(target).flatMap(this::connection);
    }

    private Optional<SourceSpan> component(Component c, boolean followImplicit) {
        if (TemplateOrigin.stack(c) != null) {
            return stack(TemplateOrigin.stack(c));
        }
        Map<String, Object> origin = TemplateOrigin.of(c);
        if (origin.get("generatedBy") instanceof String block) {
            return resource(block);
        }
        if (Boolean.TRUE.equals(origin.get("implicit"))) {
            if (!followImplicit) {
                return Optional.empty();
            }
            for (Connection conn : design.connectionsOf(c.id())) {
                String other = conn.from().equals(c.id()) ? conn.to() : conn.from();
                Optional<SourceSpan> s = design.component(other).flatMap(o -> component(o, false));
                if (s.isPresent()) {
                    return s;
                }
            }
            return Optional.empty();
        }
        return origin.get("logicalId") instanceof String id ? resource(id) : Optional.empty();
    }

    /** The nested stack of this template that holds a child's element: the first step of its instance path. */
    private Optional<SourceSpan> stack(String instance) {
        String top = instance.contains(".") ? instance.substring(0, instance.indexOf('.')) : instance;
        return design.component(top).filter(TemplateOrigin::isImported).flatMap(c -> resource(TemplateOrigin.logicalId(c)));
    }

    private Optional<SourceSpan> connection(Connection conn) {
        if (TemplateOrigin.stack(conn) != null) {
            return stack(TemplateOrigin.stack(conn));
        }
        Map<String, Object> origin = TemplateOrigin.of(conn);
        if (origin.get("logicalId") instanceof String id) {
            Optional<SourceSpan> s = resource(id);
            if (s.isPresent()) {
                return s;
            }
        }
        return design.component(conn.from()).flatMap(c -> component(c, true));
    }

    private Optional<SourceSpan> resource(String logicalId) {
        List<Object> path = List.of("Resources", logicalId);
        Optional<SourceSpan> key = doc.keySpan(path);
        Optional<SourceSpan> value = doc.span(path);
        if (key.isEmpty()) {
            return value;
        }
        if (value.isEmpty()) {
            return key;
        }
        SourceSpan k = key.get();
        SourceSpan v = value.get();
        return Optional.of(trimmed(k.startOffset(), v.endOffset(), k.startLine(), k.startColumn()));
    }

    /** A block ends where the next key starts: end the region after the resource's last character instead. */
    private SourceSpan trimmed(int start, int end, int startLine, int startColumn) {
        String text = doc.text();
        int to = end;
        while (to > start && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int line = startLine;
        int lineStart = start - (startColumn - 1);
        for (int i = start; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceSpan(start, to, startLine, startColumn, line, to - lineStart + 1);
    }
}
