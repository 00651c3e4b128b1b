package org.patternboard.exporters.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cloudformation.lint.CfnLintProcess;
import org.patternboard.exporters.cloudformation.roundtrip.RoundTripExporter;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateSaveBack;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.exporters.cloudformation.template.TemplateWriter;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/**
 * The round-trip promise checked on the corpus of public templates (tools/corpus/check runs it): each template
 * imports with no error; the unedited design exports a template equal to the original; saving it back with no
 * edits gives the file byte for byte; after renaming one resource and changing one property only the lines that
 * name that resource or hold that property differ; and cfn-lint finds no error in the export it does not find in
 * the original. The templates are third-party and not committed, so this is a command, not a unit test.
 *
 * <p>Arguments: {@code [--no-lint]}. Exit code 1 when any template fails a check.
 */
public final class CorpusCheck {
    private CorpusCheck() {
    }

    public static void main(String[] args) throws Exception {
        boolean lint = !List.of(args).contains("--no-lint");
        CfnLintProcess cfnLint = new CfnLintProcess();
        if (lint && !cfnLint.isInstalled()) {
            System.err.println("cfn-lint is not on the PATH; run with --no-lint to skip that check");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("patternboard-corpus");
        int failed = 0;
        int[] passed = new int[5];
        for (Corpus.Entry e : Corpus.entries()) {
            List<String> problems = new ArrayList<>();
            try {
                check(e, lint ? cfnLint : null, work, problems, passed);
            } catch (RuntimeException ex) {
                problems.add("crashed: " + ex);
            }
            System.out.printf("%-42s %s%n", e.id(), problems.isEmpty() ? "ok" : String.join("; ", problems));
            failed += problems.isEmpty() ? 0 : 1;
        }
        int n = Corpus.entries().size();
        System.out.printf("%nimport without error %d/%d, semantic round trip %d/%d, unedited save byte-identical %d/%d,"
                + " edited save touches only its lines %d/%d (%d renamed only: no simple property), no new cfn-lint errors %s%n",
                passed[0], n, passed[1], n, passed[2], n, passed[3], n, renameOnly[0], lint ? passed[4] + "/" + n : "(not run)");
        System.exit(failed == 0 ? 0 : 1);
    }

    private static void check(Corpus.Entry e, CfnLintProcess lint, Path work, List<String> problems, int[] passed)
            throws Exception {
        String text = e.text();
        TemplateDocument doc = TemplateSource.parse(text, e.file());
        ImportResult imported = new TemplateImporter().importTemplate(doc);
        List<ImportIssue> errors = imported.issues().stream().filter(i -> i.level() == ImportIssue.Level.ERROR).toList();
        if (!errors.isEmpty()) {
            problems.add("import: " + errors.get(0).pathText() + ": " + errors.get(0).message());
            return;
        }
        passed[0]++;
        Architecture a = imported.design();
        Map<String, Object> exported = new RoundTripExporter().export(a).template();
        if (exported.equals(doc.root())) {
            passed[1]++;
        } else {
            problems.add("round trip differs");
        }
        TemplateSaveBack.Saved same = new TemplateSaveBack().save(a, doc);
        if (!same.changed() && same.text().equals(text)) {
            passed[2]++;
        } else {
            problems.add("unedited save-back changed the text");
        }
        editedSave(a, doc, problems, passed);
        if (lint != null) {
            Path out = work.resolve(e.id() + ".json");
            Files.writeString(out, TemplateWriter.json(TemplateWriter.normalize(exported)), StandardCharsets.UTF_8);
            Set<String> added = new TreeSet<>();
            for (CfnLintProcess.Raw m : lint.lint(List.of(out.toString()), work)) {
                if (m.rule().startsWith("E") && !e.cfnLintErrors().contains(m.rule())) {
                    added.add(m.rule());
                }
            }
            if (added.isEmpty()) {
                passed[4]++;
            } else {
                problems.add("cfn-lint errors the original does not have: " + added);
            }
        }
    }

    /** Renames the first imported resource and changes one of its simple properties, then saves back. */
    private static final int[] renameOnly = new int[1];

    private static void editedSave(Architecture a, TemplateDocument doc, List<String> problems, int[] passed) {
        Optional<Component> target = a.components().stream()
                .filter(c -> TemplateOrigin.isImported(c) && !TemplateOrigin.isImplicit(c) && TemplateOrigin.generatedBy(c) == null)
                .filter(c -> editableProperty(c).isPresent()).findFirst();
        if (target.isEmpty()) {
            // Nothing simple to change (every resource comes from a loop, or holds only intrinsics): rename only.
            target = a.components().stream().filter(c -> TemplateOrigin.isImported(c) && !TemplateOrigin.isImplicit(c)
                    && TemplateOrigin.generatedBy(c) == null).findFirst();
            if (target.isEmpty()) {
                renameOnly[0]++;
                passed[3]++;
                return;
            }
        }
        Component c = target.get();
        String property = editableProperty(c).orElse(null);
        if (property == null) {
            renameOnly[0]++;
            property = "";
        }
        boolean none = property.isEmpty();
        boolean raw = property.startsWith(RAW);
        Map<String, Object> cfn = raw ? new java.util.LinkedHashMap<>(cfnProperties(c)) : null;
        Object value = none ? "" : raw ? cfn.get(property.substring(RAW.length())) : c.property(property);
        Object changed = value instanceof Long l ? l + 1 : value instanceof Boolean b ? !b : value + "2";
        String oldId = TemplateOrigin.logicalId(c);
        String newId = oldId + "Renamed";
        Component renamed = c.withName(newId);
        if (none) {
            changed = null;
        } else if (raw) {
            cfn.put(property.substring(RAW.length()), changed);
            renamed = renamed.withProperty("cfnProperties", cfn);
        } else {
            renamed = renamed.withProperty(property, changed);
        }
        Architecture edited = a.withComponent(renamed);
        String saved = new TemplateSaveBack().save(edited, doc).text();
        TemplateDocument reread = TemplateSource.parse(saved, doc.fileName());
        if (!reread.root().equals(new RoundTripExporter().export(edited).template())) {
            problems.add("edited save-back does not read back as the edited template");
            return;
        }
        List<String> before = doc.text().lines().toList();
        List<String> after = saved.lines().toList();
        // The lines that name the resource (its key, Refs, GetAtts, Subs, DependsOn) and one line for the property
        // (changed in place, or added where the value came from SAM Globals).
        List<String> others = new ArrayList<>();
        for (String[] change : lineChanges(before, after)) {
            boolean namesResource = (change[0] != null && change[0].contains(oldId)) || (change[1] != null && change[1].contains(newId));
            if (!namesResource) {
                others.add(change[1] == null ? "removed: " + change[0].strip() : change[1].strip());
            }
        }
        if (others.size() > (none ? 0 : 1)) {
            problems.add("edited save-back touched more lines than the property's: " + others);
            return;
        }
        passed[3]++;
    }

    private static final String RAW = "cfnProperties.";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cfnProperties(Component c) {
        return c.property("cfnProperties") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /**
     * A string, whole-number or yes/no property read from the template, which a user could simply change; for a
     * generic card one of its raw CloudFormation properties ({@code cfnProperties.Name}).
     */
    private static Optional<String> editableProperty(Component c) {
        for (Map.Entry<String, Object> p : cfnProperties(c).entrySet()) {
            Object v = p.getValue();
            if (v instanceof Long || v instanceof Boolean || v instanceof String) {
                return Optional.of(RAW + p.getKey());
            }
        }
        for (Map.Entry<String, Object> p : c.properties().entrySet()) {
            Object v = p.getValue();
            if ((v instanceof Long || v instanceof Boolean || v instanceof String) && !p.getKey().equals("resourceType")) {
                return Optional.of(p.getKey());
            }
        }
        return Optional.empty();
    }

    /** The lines that differ, paired where one replaces another: {before, after}, null for an added or removed line. */
    static List<String[]> lineChanges(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String[]> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (i < n && j < m && lcs[i + 1][j + 1] == lcs[i][j]) {
                changes.add(new String[] {a.get(i++), b.get(j++)});
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                changes.add(new String[] {null, b.get(j++)});
            } else {
                changes.add(new String[] {a.get(i++), null});
            }
        }
        return changes;
    }
}
