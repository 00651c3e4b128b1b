package org.patternboard.exporters.importer;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.exporters.cloudformation.source.TemplateSyntaxException;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/**
 * Opens the child template of each nested stack whose location is a relative path, imports it (and its own
 * nested stacks, to a depth limit, refusing cycles) and hands back its components, connections and frames with
 * ids prefixed by the stack's, ready to go inside the stack's frame. A child that cannot be opened is a warning
 * and leaves the frame as it was; a remote or computed location is left unopened with an info.
 */
final class NestedStacks {
    static final int MAX_DEPTH = 8;
    static final int MAX_TEMPLATES = 64;

    /** Which file is being imported, below which root, and what is open above it. */
    static final class Context {
        private final Path rootDir;
        private final List<Path> chain;
        private final int[] opened;
        private final Set<ImportIssue> located;

        private Context(Path rootDir, List<Path> chain, int[] opened, Set<ImportIssue> located) {
            this.rootDir = rootDir;
            this.chain = chain;
            this.opened = opened;
            this.located = located;
        }

        static Context root(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            return new Context(abs.getParent(), List.of(abs), new int[1],
                    Collections.newSetFromMap(new IdentityHashMap<>()));
        }

        Context child(Path file) {
            List<Path> deeper = new ArrayList<>(chain);
            deeper.add(file);
            return new Context(rootDir, List.copyOf(deeper), opened, located);
        }

        /** A file as the design names it: relative to the root template's directory, with forward slashes. */
        String relative(Path abs) {
            return rootDir.relativize(abs).toString().replace('\\', '/');
        }
    }

    /** A child template opened into the frame of nested stack {@code stack}: its design with prefixed ids. */
    record Child(String stack, String template, Architecture design) {
    }

    private final TemplateImporter importer;
    private final Context context;

    NestedStacks(TemplateImporter importer, Context context) {
        this.importer = importer;
        this.context = context;
    }

    /** The children opened, by nested stack component id, in the order of the components. */
    Map<String, Child> open(List<Component> placed, ImportProgress progress, List<ImportIssue> issues) {
        Map<String, Child> children = new LinkedHashMap<>();
        for (Component card : placed) {
            if (!card.type().equals(ComponentType.GENERIC_ID) || !(card.property("resourceType") instanceof String type)
                    || !TemplateOrigin.isImported(card) || TemplateOrigin.isImplicit(card)) {
                continue;
            }
            NestedStackLocation location = NestedStackLocation.of(TemplateOrigin.logicalId(card), type, TemplateOrigin.resource(card));
            if (location == null) {
                continue;
            }
            if (!location.isLocal()) {
                issues.add(new ImportIssue(ImportIssue.Level.INFO, location.at(), card.id()
                        + ": its child template is not opened into its frame, since " + location.whyNot()));
                continue;
            }
            Child child = openOne(card, location, progress, issues);
            if (child != null) {
                children.put(card.id(), child);
            }
        }
        return children;
    }

    private Child openOne(Component card, NestedStackLocation location, ImportProgress progress, List<ImportIssue> issues) {
        Path current = context.chain.get(context.chain.size() - 1);
        Path file;
        String name;
        try {
            file = current.getParent().resolve(location.path()).normalize();
            name = context.relative(file);
        } catch (IllegalArgumentException e) {
            // Not a path here (InvalidPathException), or on another drive than the root template (no relative path).
            warn(issues, location, card.id() + ": " + location.path() + " is not a path this system can open");
            return null;
        }
        if (context.chain.contains(file)) {
            List<String> loop = new ArrayList<>(context.chain.subList(context.chain.indexOf(file), context.chain.size())
                    .stream().map(context::relative).toList());
            loop.add(name);
            warn(issues, location, card.id() + ": not opened, since its template " + name + " is already open above it (a cycle: "
                    + String.join(" \u2192 ", loop) + ")");
            return null;
        }
        if (context.chain.size() > MAX_DEPTH) {
            warn(issues, location, card.id() + ": " + name + " is not opened: nested stacks are opened " + MAX_DEPTH + " levels deep");
            return null;
        }
        if (context.opened[0] >= MAX_TEMPLATES) {
            warn(issues, location, card.id() + ": " + name + " is not opened: at most " + MAX_TEMPLATES + " child templates are opened");
            return null;
        }
        TemplateDocument doc;
        try {
            doc = TemplateSource.parse(file, name);
        } catch (NoSuchFileException e) {
            warn(issues, location, card.id() + ": its template " + name + " does not exist; the frame shows the stack alone");
            return null;
        } catch (IOException e) {
            warn(issues, location, card.id() + ": its template " + name + " cannot be read (" + e.getMessage() + ")");
            return null;
        } catch (TemplateSyntaxException e) {
            warn(issues, location, card.id() + ": its template is not opened: " + e.getMessage());
            return null;
        }
        context.opened[0]++;
        ImportResult result;
        try {
            result = importer.importTree(doc.root(), name, doc.isJson() ? "json" : "yaml", TemplateOrigin.sha256(doc.text()),
                    (done, total, what) -> progress.step(done, total, name + ": " + what), context.child(file));
        } catch (TemplateImportException e) {
            warn(issues, location, card.id() + ": its template is not opened: " + where(doc, e.path()) + ": " + e.getMessage());
            return null;
        }
        List<ImportIssue> errors = result.issues().stream().filter(i -> i.level() == ImportIssue.Level.ERROR).toList();
        if (!errors.isEmpty()) {
            warn(issues, location, card.id() + ": its template is not opened: " + located(doc, errors.get(0)).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : ""));
            return null;
        }
        for (ImportIssue i : result.issues()) {
            ImportIssue l = located(doc, i);
            ImportIssue moved = new ImportIssue(l.level(), location.at(), l.message());
            context.located.add(moved);
            issues.add(moved);
        }
        return new Child(card.id(), name, result.design());
    }

    /** A child's issue, its message naming the child file, line and column (once: deeper ones already do). */
    private ImportIssue located(TemplateDocument doc, ImportIssue issue) {
        return context.located.contains(issue) ? issue
                : new ImportIssue(issue.level(), issue.path(), where(doc, issue.path()) + ": " + issue.message());
    }

    private void warn(List<ImportIssue> issues, NestedStackLocation location, String message) {
        issues.add(new ImportIssue(ImportIssue.Level.WARNING, location.at(), message));
    }

    private static String where(TemplateDocument doc, List<Object> path) {
        return doc.fileName() + doc.nearestSpan(path).map(s -> ":" + s.startLine() + ":" + s.startColumn()).orElse("");
    }
}
