package org.patternboard.exporters.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.patterns.BlockMetadata;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.ValidationResult;

/** Puts a {@link ReviewReport} together from a design, its check, the rule metadata, the pattern library and the catalog. */
public final class ReportAssembler {
    private static final Comparator<ReportFinding> ORDER = Comparator.comparing(ReportFinding::pillar)
            .thenComparing(ReportFinding::severity).thenComparing(ReportFinding::ruleId)
            .thenComparing(f -> String.join(",", f.targets())).thenComparing(ReportFinding::message);

    private final RuleEngine engine;
    private final Catalog catalog;
    private final PatternLibrary library;
    private final Map<String, RuleInfo> rules = new HashMap<>();

    public ReportAssembler(RuleEngine engine, PatternLibrary library) {
        this.engine = engine;
        this.catalog = engine.catalog();
        this.library = library;
        engine.rules().forEach(r -> rules.put(r.id(), r));
    }

    /** The built-in rules and the shipped pattern blocks. */
    public static ReportAssembler standard() {
        return new ReportAssembler(RuleEngine.standard(), PatternLibrary.standard());
    }

    public RuleEngine engine() {
        return engine;
    }

    /** The Patternboard version reports name (the build's). */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = ReportAssembler.class.getClassLoader()
                .getResourceAsStream("patternboard/report/report.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    public ReviewReport assemble(Architecture a, String fileName, LocalDate date) {
        return assemble(a, engine.check(a), fileName, date);
    }

    public ReviewReport assemble(Architecture a, ValidationResult result, String fileName, LocalDate date) {
        List<ReportFinding> open = new ArrayList<>();
        List<ReportFinding> accepted = new ArrayList<>();
        for (Finding f : result.findings()) {
            (f.suppressed() ? accepted : open).add(finding(a, f));
        }
        open.sort(ORDER);
        accepted.sort(ORDER);
        List<PatternUse> patterns = patterns(a);
        String template = null;
        if (TemplateOrigin.isImported(a)) {
            String path = TemplateOrigin.sourcePath(a);
            // the file name only: an absolute path names the author's machine and makes reports differ by checkout
            template = path == null ? "a CloudFormation template" : String.valueOf(Path.of(path).getFileName());
        }
        ReportMetadata meta = new ReportMetadata(a.name(), a.description(), fileName, date, version(),
                a.components().size(), a.connections().size(), patterns.size(), open.size(), accepted.size(), template);
        return new ReviewReport(meta, new SvgDiagram(catalog).render(a), result.scores(), open, accepted,
                risks(a, result), patterns, inventory(a), Flows.standard().of(a, id -> label(a, id)),
                ReportCost.of(org.patternboard.model.cost.estimate.Estimator.standard().estimate(a), this::typeName),
                Optional.empty());
    }

    private ReportFinding finding(Architecture a, Finding f) {
        RuleInfo info = rules.get(f.ruleId());
        List<String> targets = f.targets().stream().map(t -> label(a, t)).toList();
        String remedy = f.remedy();
        if ((remedy == null || remedy.isBlank()) && info != null) {
            remedy = info.remedy();
        }
        return new ReportFinding(f.ruleId(), f.pillar(), f.severity(), f.title(), f.message(), targets,
                info == null ? "" : info.rationale(), remedy == null ? "" : remedy,
                info == null ? List.of() : info.references(), f.suppressed() ? f.suppressionReason() : null);
    }

    private List<AcceptedRisk> risks(Architecture a, ValidationResult result) {
        List<AcceptedRisk> list = new ArrayList<>();
        for (Suppression s : a.suppressions()) {
            RuleInfo info = rules.get(s.rule());
            int n = (int) result.suppressed().stream().filter(f -> s.matches(f.ruleId(), f.targets())).count();
            String target = Suppression.WHOLE_DESIGN.equals(s.target()) ? "the whole design" : label(a, s.target());
            list.add(new AcceptedRisk(s.rule(), info == null ? "(unknown rule)" : info.title(), target, s.reason(), n));
        }
        return list;
    }

    private List<PatternUse> patterns(Architecture a) {
        List<PatternUse> list = new ArrayList<>();
        for (Group g : a.groups()) {
            if (g.kind() != GroupKind.PATTERN) {
                continue;
            }
            List<String> members = new ArrayList<>();
            collect(a, g.id(), members);
            Optional<BlockMetadata> block = Optional.ofNullable(g.pattern()).flatMap(library::block)
                    .map(PatternBlock::metadata);
            String name = block.map(BlockMetadata::name).orElse(g.label().isBlank() ? g.id() : g.label());
            list.add(new PatternUse(block.map(BlockMetadata::id).orElse(null),
                    g.label().isBlank() || g.label().equals(name) ? name : g.label() + " (" + name + ")",
                    block.map(BlockMetadata::summary).orElse(""), block.map(BlockMetadata::source).orElse(""),
                    block.map(BlockMetadata::lens).orElse(List.of()), members));
        }
        return list;
    }

    /** Components of a frame, nested frames included. */
    private static void collect(Architecture a, String groupId, List<String> into) {
        for (String child : a.childrenOf(groupId)) {
            Component c = a.componentOrNull(child);
            if (c != null) {
                into.add(c.name());
            } else {
                collect(a, child, into);
            }
        }
    }

    private String typeName(String typeId) {
        return catalog.type(typeId).map(ComponentType::name).orElse(typeId);
    }

    private List<InventoryItem> inventory(Architecture a) {
        List<InventoryItem> list = new ArrayList<>();
        for (Component c : a.components()) {
            ComponentType type = catalog.type(c.type()).orElse(null);
            KeySettings.Result s = KeySettings.of(c, type);
            String typeName = type == null ? c.type() : type.name();
            if (type != null && type.isGeneric() && c.property("resourceType") instanceof String rt) {
                typeName = rt;
            }
            list.add(new InventoryItem(c.id(), c.name(), c.type(), typeName,
                    type == null ? "" : type.category().name(), s.shown(), s.more()));
        }
        return list;
    }

    /** How the report names a component or connection: "Name (id)", or the id when they are the same. */
    static String label(Architecture a, String id) {
        Component c = a.componentOrNull(id);
        if (c != null) {
            return c.name().equals(id) ? id : c.name() + " (" + id + ")";
        }
        Optional<Connection> conn = a.connection(id);
        if (conn.isPresent()) {
            Connection k = conn.get();
            return name(a, k.from()) + " " + k.kind().id() + " " + name(a, k.to()) + " (" + id + ")";
        }
        return id;
    }

    private static String name(Architecture a, String id) {
        Component c = a.componentOrNull(id);
        return c == null ? id : c.name();
    }
}
