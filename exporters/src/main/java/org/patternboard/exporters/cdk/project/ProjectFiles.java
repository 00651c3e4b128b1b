package org.patternboard.exporters.cdk.project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.patternboard.exporters.cdk.CdkVersions;
import org.patternboard.exporters.cdk.stack.Comments;
import org.patternboard.model.design.Architecture;

/** The non-Java files of a generated project: pom.xml, cdk.json, README.md, .gitignore. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static String pom(ProjectNames names, CdkVersions versions, String name) {
        return Templates.fill("pom.xml", Map.of(
                "groupId", names.packageName(),
                "artifactId", names.artifactId(),
                "name", Templates.xml(name.isBlank() ? names.base() : name),
                "cdkVersion", versions.cdk(),
                "constructsVersion", versions.constructs(),
                "junitVersion", versions.junit(),
                "mainClass", names.packageName() + "." + names.appClass()));
    }

    public static String cdkJson() {
        return Templates.fill("cdk.json", Map.of());
    }

    public static String gitignore() {
        return Templates.fill("gitignore", Map.of());
    }

    public static String readme(Architecture a, ProjectNames names, CdkVersions versions, SortedMap<String, String> assets,
            Map<String, String> notExported) {
        StringBuilder rows = new StringBuilder();
        Map<String, String> folders = new LinkedHashMap<>();
        for (String path : assets.keySet()) {
            int slash = path.indexOf('/', path.indexOf('/') + 1);
            folders.putIfAbsent(slash > 0 ? path.substring(0, slash) : path, path);
        }
        folders.keySet().forEach(f -> rows.append("| `").append(f).append("/` | ")
                .append(f.startsWith("lambda/") ? "function code (a stub to replace)" : "asset").append(" |\n"));
        StringBuilder missing = new StringBuilder();
        if (!notExported.isEmpty()) {
            missing.append("\n## Not exported\n\nThese parts of the design have no CDK code (see the comments in the stack):\n\n");
            notExported.forEach((id, why) -> missing.append("- `").append(Templates.markdown(id)).append("`: ")
                    .append(Templates.markdown(why)).append('\n'));
        }
        String title = a.name().isBlank() ? names.base() : Templates.markdown(Comments.text(a.name()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("description", a.description().isBlank() ? "" : "\n" + Templates.markdown(a.description()) + "\n");
        values.put("cdkVersion", versions.cdk());
        values.put("constructsVersion", versions.constructs());
        values.put("packagePath", names.packagePath());
        values.put("appClass", names.appClass());
        values.put("stackClass", names.stackClass());
        values.put("assetRows", rows.toString());
        values.put("notExported", missing.toString());
        return Templates.fill("README.md", values);
    }
}
