package org.patternboard.exporters.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.patternboard.exporters.cloudformation.core.CycleBreaker;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.LiteralText;
import org.patternboard.exporters.cloudformation.core.Wiring;
import org.patternboard.exporters.cloudformation.emitters.Emitters;
import org.patternboard.exporters.cloudformation.iam.GrantTable;
import org.patternboard.exporters.cloudformation.iam.WildcardResources;
import org.patternboard.exporters.cloudformation.nag.DesignSuppressions;
import org.patternboard.exporters.cloudformation.nag.IamWildcardFindings;
import org.patternboard.exporters.cloudformation.nag.NagCatalog;
import org.patternboard.exporters.cloudformation.template.LogicalIds;
import org.patternboard.exporters.cloudformation.template.Template;
import org.patternboard.exporters.cloudformation.template.TemplateWriter;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.CatalogConformance;
import org.patternboard.model.catalog.TypeSuggestions;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.BuiltInRules;
import org.patternboard.model.rules.Rule;

/**
 * Exports a design as a CloudFormation template, directly from the model: offline, no Node.js.
 *
 * <p>{@link #template} returns the template as a tree of insertion-ordered {@code Map}s,
 * {@code List}s, {@code String}s, {@code Long}s and {@code Boolean}s (the shape Jackson writes as is).
 * The same design always gives the same tree, and so byte-identical JSON and YAML.
 *
 * <p>Steps: logical ids from component names; each component's emitter writes its resources; each
 * connection is wired by the emitters of both ends, and the least-privilege tables
 * ({@code iam-actions.json}) add role statements and resource policies; emitters finish (resource
 * policies); roles get their policies; convenience references that would close a dependency cycle are
 * dropped. A connection nothing could export is listed under the template's
 * {@code Metadata.patternboard:notExported}.
 */
public final class CloudFormationExporter {
    /** The rules whose suppressions in a design become cdk-nag suppressions. */
    private static final List<Rule> RULES = BuiltInRules.all();
    private final Catalog catalog;
    private final Map<String, Emitter> emitters;

    public CloudFormationExporter() {
        this(Catalog.standard());
    }

    public CloudFormationExporter(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
        this.emitters = Emitters.byType();
    }

    /** The template as ordered maps and lists (see the class comment). */
    public Map<String, Object> template(Architecture a) {
        return TemplateWriter.normalize(build(a).toTree());
    }

    /** Deterministic JSON, two-space indent, newline at the end. */
    public String toJson(Architecture a) {
        return TemplateWriter.json(build(a).toTree());
    }

    /** Deterministic YAML (long-form intrinsics); parses to the same tree as {@link #toJson}. */
    public String toYaml(Architecture a) {
        return TemplateWriter.yaml(build(a).toTree());
    }

    /**
     * Component id → logical id of its primary resource. API-only services and external actors get an id too
     * (reserved, though they export no resource of their own), so other exporters can name them alike.
     */
    public Map<String, String> logicalIds(Architecture a) {
        return ExportContext.assignIds(a, catalog, new LogicalIds());
    }

    private Template build(Architecture a) {
        for (Component c : a.components()) {
            if (!catalog.hasType(c.type())) {
                throw new UnknownComponentTypeException(c.id(), c.name(), c.type(),
                        TypeSuggestions.didYouMean(catalog, c.type()));
            }
            if (!emitters.containsKey(c.type())) {
                throw new IllegalStateException("catalog type " + c.type() + " has no CloudFormation emitter");
            }
        }
        // a value the catalog refuses would be dropped by its emitter, deploying AWS's default instead
        CatalogConformance.first(a, catalog).ifPresent(p -> {
            throw new InvalidPropertyValueException(p.componentId(), p.property(), p.message());
        });
        ExportContext ctx = new ExportContext(a, catalog, emitters, GrantTable.standard(), WildcardResources.standard());
        Template t = ctx.template();
        t.description(Descriptions.template(a));
        for (Component c : a.components()) {
            ctx.emitter(c).emit(c, ctx);
        }
        List<Map<String, Object>> notExported = new ArrayList<>();
        for (Connection conn : a.connections()) {
            Component from = a.componentOrNull(conn.from());
            Component to = a.componentOrNull(conn.to());
            if (from == null || to == null) {
                notExported.add(notExported(conn, "an end of the connection is missing from the design"));
                continue;
            }
            Wiring.wire(conn, from, to, ctx);
            if (!ctx.isHandled(conn)) {
                notExported.add(notExported(conn, catalog.whyIllegal(from.type(), conn.kind(), to.type())
                        .orElse("nothing to export for " + from.type() + " " + conn.kind().id() + " " + to.type())));
            }
        }
        for (Component c : a.components()) {
            ctx.emitter(c).finish(c, ctx);
        }
        ctx.iam().finish();
        CycleBreaker.breakCycles(t);
        LiteralText.protect(t);
        // after protect: cdk-nag reads the metadata as plain strings, and the finding ids from the final values
        IamWildcardFindings.explain(t, WildcardResources.standard());
        DesignSuppressions.apply(ctx, RULES, NagCatalog.standard());
        ctx.notExportedComponents().forEach((id, reason) -> notExported.add(Map.of("component", id, "reason", reason)
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll)));
        if (t.outputs().size() > Template.MAX_OUTPUTS) {
            t.metadata().put("patternboard:outputsOmitted", (long) (t.outputs().size() - Template.MAX_OUTPUTS));
        }
        if (!notExported.isEmpty()) {
            t.metadata().put("patternboard:notExported", notExported);
        }
        return t;
    }

    private static Map<String, Object> notExported(Connection conn, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("connection", conn.id());
        m.put("reason", reason);
        return m;
    }
}
