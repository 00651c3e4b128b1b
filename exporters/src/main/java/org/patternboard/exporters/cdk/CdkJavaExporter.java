package org.patternboard.exporters.cdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.patternboard.exporters.cdk.constructs.Writers;
import org.patternboard.exporters.cdk.project.AppClassGenerator;
import org.patternboard.exporters.cdk.project.ProjectFiles;
import org.patternboard.exporters.cdk.project.ProjectNames;
import org.patternboard.exporters.cdk.project.StackTestGenerator;
import org.patternboard.exporters.cdk.stack.StackClassGenerator;
import org.patternboard.exporters.cdk.stack.StackClassGenerator.GeneratedStack;
import org.patternboard.exporters.cloudformation.core.ExportException;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.CatalogConformance;
import org.patternboard.model.design.Architecture;

/**
 * Exports a design as a complete CDK Java (Maven) project: {@code pom.xml} (aws-cdk-lib and constructs at the
 * versions Patternboard is tested with), {@code cdk.json}, an App class, one Stack class written with L2
 * constructs and grants, a JUnit test with CDK {@code Template} assertions, handler stubs under
 * {@code lambda/} and a README. The same design always gives byte-identical files.
 */
public final class CdkJavaExporter {
    private final Catalog catalog;
    private final CdkVersions versions;

    public CdkJavaExporter() {
        this(Catalog.standard());
    }

    public CdkJavaExporter(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
        this.versions = CdkVersions.standard();
    }

    /** Relative path (with '/') → content, for the whole project. */
    public SortedMap<String, String> files(Architecture a) {
        // A project that left out a component of unknown type, or dropped a value, would deploy something else.
        CatalogConformance.first(a, catalog).ifPresent(p -> {
            throw new ExportException(p.message());
        });
        ProjectNames names = ProjectNames.of(a);
        GeneratedStack stack = stack(a, names);
        SortedMap<String, String> files = new TreeMap<>();
        String src = "src/main/java/" + names.packagePath() + "/";
        files.put("pom.xml", ProjectFiles.pom(names, versions, a.name()));
        files.put("cdk.json", ProjectFiles.cdkJson());
        files.put(".gitignore", ProjectFiles.gitignore());
        files.put(src + names.appClass() + ".java", AppClassGenerator.generate(a, names).toString());
        files.put(src + names.stackClass() + ".java", stack.javaFile().toString());
        files.put("src/test/java/" + names.packagePath() + "/" + names.testClass() + ".java",
                StackTestGenerator.generate(names, stack.context()).toString());
        files.putAll(stack.context().files());
        files.put("README.md", ProjectFiles.readme(a, names, versions, stack.context().files(),
                stack.context().notExportedElements()));
        return files;
    }

    /** Writes the project into {@code dir} (created if needed; files of an earlier export are overwritten). */
    public void write(Architecture a, Path dir) throws IOException {
        for (Map.Entry<String, String> f : files(a).entrySet()) {
            Path target = dir.resolve(f.getKey()).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IOException("refusing to write outside " + dir + ": " + f.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().endsWith("/bootstrap")) {
                target.toFile().setExecutable(true);
            }
        }
    }

    /** The Stack class source, as the app's live preview shows it. */
    public String stackSource(Architecture a) {
        return stack(a, ProjectNames.of(a)).javaFile().toString();
    }

    /** Component id → construct id of its primary construct (a child of the stack), for tests and tools. */
    public Map<String, String> constructIds(Architecture a) {
        return stack(a, ProjectNames.of(a)).context().constructIds();
    }

    /** What the generated JUnit test asserts (resource type and key properties per component), for tests of the exporter. */
    java.util.List<org.patternboard.exporters.cdk.stack.StackContext.Expectation> expectations(Architecture a) {
        return stack(a, ProjectNames.of(a)).context().expectations();
    }

    /** The stack's name (its construct id) in the synthesized app. */
    public String stackName(Architecture a) {
        return ProjectNames.of(a).stackId();
    }

    private GeneratedStack stack(Architecture a, ProjectNames names) {
        return new StackClassGenerator(catalog, Writers.byType(), Writers.fallback()).generate(a, names.packageName(), names.stackClass());
    }
}
