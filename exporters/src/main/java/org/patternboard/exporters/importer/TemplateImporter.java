package org.patternboard.exporters.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.exporters.cloudformation.roundtrip.MappedValues;
import org.patternboard.exporters.cloudformation.roundtrip.SamGlobals;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Turns a CloudFormation or SAM template into an architecture: known resources become curated components
 * (their properties read through the catalog's mappings), others generic cards; helper resources (policies,
 * permissions, roles, API methods …) fold into the component they serve; linking resources and references
 * become connections of the right kind. Every resource is kept as written in the component's
 * {@code cloudFormation} extra, and every other section in the design's {@code cloudFormationTemplate}, so the
 * design can be saved back onto its template without loss.
 */
public final class TemplateImporter {
    static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    private final Catalog catalog;

    public TemplateImporter() {
        this(Catalog.standard());
    }

    public TemplateImporter(Catalog catalog) {
        this.catalog = catalog;
    }

    public ImportResult importTemplate(TemplateDocument document) {
        return importTemplate(document, ImportProgress.NONE);
    }

    public ImportResult importTemplate(TemplateDocument document, ImportProgress progress) {
        return importTree(document.root(), document.fileName(), document.isJson() ? "json" : "yaml",
                TemplateOrigin.sha256(document.text()), progress);
    }

    /**
     * Imports a template read from {@code file}, opening the child template of each nested stack whose location
     * is a path relative to it into the stack's frame (recursively; see {@link NestedStacks}).
     */
    public ImportResult importTemplate(TemplateDocument document, Path file, ImportProgress progress) {
        return importTree(document.root(), document.fileName(), document.isJson() ? "json" : "yaml",
                TemplateOrigin.sha256(document.text()), progress, NestedStacks.Context.root(file));
    }

    /** Imports an already parsed template (plain maps and lists, intrinsics in long form); nested stacks stay closed. */
    public ImportResult importTree(Map<String, Object> template, String sourceName, String format, String sha256,
            ImportProgress progress) {
        return importTree(template, sourceName, format, sha256, progress, null);
    }

    /** @param nesting where the template's file is, to open its nested stacks; null leaves them closed */
    @SuppressWarnings("unchecked")
    ImportResult importTree(Map<String, Object> template, String sourceName, String format, String sha256,
            ImportProgress progress, NestedStacks.Context nesting) {
        List<ImportIssue> issues = new ArrayList<>();
        if (!(template.get("Resources") instanceof Map<?, ?> resourcesSection) || resourcesSection.isEmpty()) {
            throw new TemplateImportException(List.of("Resources"), "the template has no Resources: every CloudFormation "
                    + "template declares at least one resource");
        }
        Map<String, Object> parameters = template.get("Parameters") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        boolean sam = isSam(template.get("Transform"));
        SamGlobals globals = new SamGlobals(template.get("Globals"));
        Map<String, ForEachExpander.Expanded> expanded = new ForEachExpander(parameters, issues)
                .expand((Map<String, Object>) resourcesSection);

        ResourceIndex index = new ResourceIndex(ImportRules.standard(), parameters);
        int total = expanded.size();
        int done = 0;
        for (Map.Entry<String, ForEachExpander.Expanded> e : expanded.entrySet()) {
            Map<String, Object> raw = e.getValue().resource();
            List<Object> at = List.of("Resources", e.getKey());
            if (!(raw.get("Type") instanceof String type) || type.isBlank()) {
                throw new TemplateImportException(at, "resource " + e.getKey() + " has no Type");
            }
            if (type.startsWith("AWS::Serverless::") && !sam) {
                issues.add(new ImportIssue(ImportIssue.Level.ERROR, at, e.getKey() + " is a SAM resource (" + type
                        + ") but the template does not declare Transform: " + SAM_TRANSFORM));
            }
            Map<String, Object> props = raw.get("Properties") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            index.add(e.getKey(), type, raw, globals.effective(type, props), e.getValue().generatedBy());
            if (!progress.step(++done, total * 2, e.getKey())) {
                throw new ImportCancelledException();
            }
        }
        List<String> cycle = DependencyCycles.find(index);
        if (!cycle.isEmpty()) {
            // SAM may still break the loop as it transforms (S3 events, connectors); plain CloudFormation will not.
            issues.add(new ImportIssue(sam ? ImportIssue.Level.WARNING : ImportIssue.Level.ERROR, List.of("Resources", cycle.get(0)),
                    "circular dependency: " + String.join(" \u2192 ", cycle) + " (CloudFormation cannot create these resources)"));
        }
        index.fold();
        Map<String, Component> components = new LinkedHashMap<>();
        for (ResourceIndex.Res r : index.owners()) {
            components.put(r.logicalId, component(r, index, issues));
        }
        ConnectionFinder finder = new ConnectionFinder(catalog, ImportRules.standard(), index, components, issues);
        for (ResourceIndex.Res r : index.all()) {
            finder.fromResource(r);
            if (!progress.step(++done, total * 2, r.logicalId)) {
                throw new ImportCancelledException();
            }
        }
        for (Component implicit : finder.implicitComponents()) {
            components.put(implicit.id(), implicit);
        }
        List<Connection> connections = finder.connections();
        List<Component> placed = new ImportLayout().place(new ArrayList<>(components.values()), connections);
        Map<String, ChildPrefix.Moved> children = new LinkedHashMap<>();
        Map<String, Object> nestedOrigins = new LinkedHashMap<>();
        if (nesting != null) {
            Map<String, Component> cards = new LinkedHashMap<>();
            placed.forEach(c -> cards.put(c.id(), c));
            // In the template's order, so that issues come in the order of the stacks.
            List<Component> inOrder = components.keySet().stream().map(cards::get).toList();
            new NestedStacks(this, nesting).open(inOrder, progress, issues).forEach((stack, child) -> {
                ChildPrefix.Moved moved = new ChildPrefix(stack, child.template()).move(child.design(), cards.get(stack));
                children.put(stack, moved);
                nestedOrigins.putAll(moved.origins());
            });
        }
        ImportFrames.Framed framed = new ImportFrames().frame(template, placed, children, issues);
        List<Connection> allConnections = new ArrayList<>(connections);
        children.values().forEach(m -> allConnections.addAll(m.connections()));

        Map<String, Object> origin = new LinkedHashMap<>();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("path", sourceName);
        if (sha256 != null) {
            source.put("sha256", sha256);
        }
        source.put("format", format);
        origin.put("source", source);
        Map<String, Object> sections = new LinkedHashMap<>(template);
        sections.remove("Resources");
        origin.put("sections", sections);
        origin.put("sectionOrder", new ArrayList<>(template.keySet()));
        origin.put("resourceOrder", new ArrayList<>(((Map<String, Object>) resourcesSection).keySet()));
        Map<String, Object> blocks = new LinkedHashMap<>();
        ((Map<String, Object>) resourcesSection).forEach((k, v) -> {
            if (k.startsWith(ForEachExpander.PREFIX)) {
                blocks.put(k, v);
            }
        });
        origin.put("blocks", blocks);
        // A linking resource that became no connection (its ends are not components, or another link already
        // joins the same pair the same way) is kept here, so that nothing of the template is lost.
        Set<String> onConnections = new HashSet<>();
        connections.forEach(c -> {
            if (TemplateOrigin.of(c).get("logicalId") instanceof String id) {
                onConnections.add(id);
            }
        });
        Map<String, Object> unplaced = new LinkedHashMap<>();
        for (ResourceIndex.Res r : index.all()) {
            if (r.role == ResourceIndex.Role.LINK && !onConnections.contains(r.logicalId) && r.generatedBy == null) {
                unplaced.put(r.logicalId, r.raw);
            }
        }
        if (!unplaced.isEmpty()) {
            origin.put("unplaced", unplaced);
        }
        if (!nestedOrigins.isEmpty()) {
            origin.put(TemplateOrigin.NESTED_KEY, nestedOrigins);
        }
        String description = template.get("Description") instanceof String d ? d : "";
        Architecture design = Architecture.of(designName(sourceName), description, framed.components(), allConnections, framed.groups(), List.of(),
                List.of(), Map.of(TemplateOrigin.DESIGN_KEY, origin));
        return new ImportResult(design, issues);
    }

    private Component component(ResourceIndex.Res r, ResourceIndex index, List<ImportIssue> issues) {
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("logicalId", r.logicalId);
        origin.put("resource", r.raw);
        Map<String, Object> helpers = new LinkedHashMap<>();
        for (ResourceIndex.Res h : index.helpersOf(r)) {
            helpers.put(h.logicalId, h.raw);
        }
        if (!helpers.isEmpty()) {
            origin.put("helpers", helpers);
        }
        if (r.generatedBy != null) {
            origin.put("generatedBy", r.generatedBy);
        }
        Optional<ResourceMapping> mapping = catalog.mappingFor(r.type, r.props);
        String typeId;
        Map<String, Object> properties = new LinkedHashMap<>();
        if (mapping.isPresent() && catalog.hasType(mapping.get().componentType())) {
            typeId = mapping.get().componentType();
            ComponentType type = catalog.type(typeId).orElseThrow();
            properties.putAll(MappedValues.read(type, mapping.get(), r.props, (id, problem) -> issues.add(new ImportIssue(
                    ImportIssue.Level.INFO, List.of("Resources", r.logicalId, "Properties"),
                    r.logicalId + ": " + problem + "; the template's value is kept as written"))));
        } else {
            typeId = ComponentType.GENERIC_ID;
            properties.put("resourceType", r.type);
            if (!r.props.isEmpty()) {
                properties.put("cfnProperties", r.props);
            }
        }
        return new Component(r.logicalId, typeId, r.logicalId, 0, 0, null, null, null, properties,
                Map.of(TemplateOrigin.ELEMENT_KEY, origin));
    }

    static boolean isSam(Object transform) {
        if (transform instanceof String s) {
            return s.equals(SAM_TRANSFORM);
        }
        return transform instanceof List<?> l && l.contains(SAM_TRANSFORM);
    }

    private static String designName(String sourceName) {
        String name = sourceName == null ? "template" : sourceName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

}
