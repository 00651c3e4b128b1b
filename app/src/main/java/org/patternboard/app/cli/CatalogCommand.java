package org.patternboard.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionRule;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.patterns.BlockMetadata;
import org.patternboard.model.patterns.BlockParameter;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code patternboard catalog}: component types, connection rules, pattern blocks and rules. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List component types, connection rules, pattern blocks and Well-Architected rules.")
public final class CatalogCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = Catalog.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("componentTypes", types(catalog));
            root.put("connectionRules", connectionRules(catalog));
            root.put("rules", rules());
            root.put("patterns", patterns(PatternLibrary.standard()));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            printText(catalog, out);
            printPatterns(PatternLibrary.standard(), out);
        }
        out.flush();
        return Cli.OK;
    }

    private static List<Object> types(Catalog catalog) {
        List<Object> list = new ArrayList<>();
        for (ComponentType t : catalog.types()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("name", t.name());
            m.put("category", t.category().name());
            m.put("cloudFormationType", t.cloudFormationType());
            m.put("description", t.description());
            List<Object> props = new ArrayList<>();
            for (PropertySpec p : t.properties()) {
                props.add(property(p));
            }
            m.put("properties", props);
            list.add(m);
        }
        return list;
    }

    static Map<String, Object> property(PropertySpec p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("type", p.type().id());
        if (p.hasDefault()) {
            m.put("default", p.defaultValue());
        }
        if (p.min() != null) {
            m.put("min", p.min());
        }
        if (p.max() != null) {
            m.put("max", p.max());
        }
        if (p.unit() != null) {
            m.put("unit", p.unit());
        }
        if (!p.values().isEmpty()) {
            m.put("values", p.values());
        }
        if (!p.deprecated().isEmpty()) {
            m.put("deprecated", p.deprecated());
        }
        if (p.required()) {
            m.put("required", true);
        }
        m.put("description", p.description());
        return m;
    }

    private static List<Object> connectionRules(Catalog catalog) {
        List<Object> list = new ArrayList<>();
        for (ConnectionRule r : catalog.rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", r.from());
            m.put("kind", r.kind().id());
            m.put("to", r.to());
            m.put("default", r.isDefault());
            if (!r.properties().isEmpty()) {
                m.put("properties", r.properties().stream().map(CatalogCommand::property).toList());
            }
            list.add(m);
        }
        for (ConnectionRule r : catalog.fallbackRules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", r.from());
            m.put("kind", r.kind().id());
            m.put("to", r.to());
            m.put("default", false);
            m.put("fallback", true);
            list.add(m);
        }
        return list;
    }

    private static List<Object> rules() {
        List<Object> list = new ArrayList<>();
        for (RuleInfo r : RuleEngine.standard().rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("pillar", r.pillar().id());
            m.put("severity", r.severity().id());
            m.put("title", r.title());
            m.put("rationale", r.rationale());
            m.put("remedy", r.remedy());
            m.put("references", r.references());
            m.put("quickFix", r.hasQuickFix());
            list.add(m);
        }
        return list;
    }

    private static void printText(Catalog catalog, PrintWriter out) {
        out.println("Component types (" + catalog.types().size() + ")");
        for (ComponentType t : catalog.types()) {
            out.printf("  %-40s %-32s %-14s %s%n", t.id(), t.name(), t.category(),
                    t.cloudFormationType() == null ? "-" : t.cloudFormationType());
            for (PropertySpec p : t.properties()) {
                StringBuilder sb = new StringBuilder("      ").append(p.id()).append(" : ").append(p.type().id());
                if (p.hasDefault()) {
                    sb.append(" = ").append(p.defaultValue());
                }
                if (p.min() != null || p.max() != null) {
                    sb.append(" [").append(p.min() == null ? "" : p.min()).append("..")
                            .append(p.max() == null ? "" : p.max()).append(']');
                }
                if (p.unit() != null) {
                    sb.append(' ').append(p.unit());
                }
                if (!p.values().isEmpty()) {
                    sb.append(" {").append(String.join("|", p.values())).append('}');
                }
                out.println(sb);
            }
        }
        out.println();
        out.println("Connection rules (" + catalog.rules().size() + "; * = default when drawing a line)");
        for (ConnectionRule r : catalog.rules()) {
            out.printf("  %s %-40s %-12s %s%n", r.isDefault() ? "*" : " ", r.from(), r.kind().id(), r.to());
        }
        for (ConnectionRule r : catalog.fallbackRules()) {
            out.printf("  %s %-40s %-12s %s   (any pair; the default where no rule above connects it)%n", " ",
                    r.from(), r.kind().id(), r.to());
        }
        List<RuleInfo> rules = RuleEngine.standard().rules();
        out.println();
        out.println("Well-Architected rules (" + rules.size() + "; + = has a quick fix)");
        for (RuleInfo r : rules) {
            out.printf("  %-9s %-24s %-8s %s %s%n", r.id(), r.pillar().title(), r.severity().id(),
                    r.hasQuickFix() ? "+" : " ", r.title());
            out.println("            references: " + String.join(", ", r.references()));
        }
    }

    private static List<Object> patterns(PatternLibrary library) {
        List<Object> list = new ArrayList<>();
        for (PatternBlock b : library.blocks()) {
            BlockMetadata m = b.metadata();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", m.id());
            p.put("name", m.name());
            p.put("tagline", b.tagline());
            p.put("summary", m.summary());
            p.put("problem", m.problem());
            p.put("source", m.source());
            p.put("lens", m.lens());
            p.put("tags", m.tags());
            p.put("antiPattern", m.antiPattern());
            p.put("expectedFindings", m.expectedFindings());
            List<Object> params = new ArrayList<>();
            for (BlockParameter bp : m.parameters()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("id", bp.id());
                pm.put("name", bp.name());
                pm.put("type", bp.type());
                pm.put("default", bp.defaultValue());
                if (bp.min() != null) {
                    pm.put("min", bp.min());
                }
                if (bp.max() != null) {
                    pm.put("max", bp.max());
                }
                if (!bp.values().isEmpty()) {
                    pm.put("values", bp.values());
                }
                pm.put("description", bp.description());
                params.add(pm);
            }
            p.put("parameters", params);
            p.put("components", b.design().components().size());
            p.put("connections", b.design().connections().size());
            list.add(p);
        }
        return list;
    }

    private static void printPatterns(PatternLibrary library, PrintWriter out) {
        out.println();
        out.println("Pattern blocks (" + library.size() + ")");
        for (PatternBlock b : library.blocks()) {
            BlockMetadata m = b.metadata();
            out.printf("  %-36s %-34s %-16s %s%n", m.id(), m.name(), String.join(",", m.lens()), m.source());
            out.println("      " + b.tagline() + (m.antiPattern() ? " [anti-pattern: expects " 
                    + String.join(", ", m.expectedFindings()) + "]" : ""));
            for (BlockParameter p : m.parameters()) {
                out.println("      parameter " + p.id() + " : " + p.type() + " = " + p.defaultValue() + "  (" + p.name() + ")");
            }
        }
    }
}
