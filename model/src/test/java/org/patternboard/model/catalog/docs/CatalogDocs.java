package org.patternboard.model.catalog.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionRule;
import org.patternboard.model.catalog.PropertySpec;

/**
 * docs/types.md: every component type id with its property ids, types, limits and defaults, and the legal
 * connections with their property ids, generated from the catalog so that nobody has to guess an id when writing
 * a design by hand. {@link CatalogDocsTest} fails when it is stale.
 */
final class CatalogDocs {
    static final Path DOC = Path.of("..", "docs", "types.md");

    private CatalogDocs() {
    }

    static void write(Catalog catalog) throws IOException {
        Files.writeString(DOC, document(catalog), StandardCharsets.UTF_8);
    }

    static String document(Catalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Component types and their properties\n\n");
        sb.append("<!-- Generated from the catalog by CatalogDocsTest; do not edit by hand. Regenerate with\n")
                .append("     mvn -q -pl model -am test -Dtest=CatalogDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dpatternboard.regenerateDocs=true -->\n\n");
        sb.append("""
                The ids to use in a design file (`*.pboard.json`): a component's `type`, the keys of its `properties`,
                and a connection's `kind` and `properties`. **Default** is what an unset property is for the
                inspector, the rules and both exports alike: Patternboard's Well-Architected value where it has one
                (marked *Patternboard*, AWS's own beside it), else AWS's. *Set on export* is a value the exporters
                fill in when the property is empty. `patternboard catalog --format json` gives the same as data.

                """);
        Map<String, List<ComponentType>> byCategory = new TreeMap<>();
        for (ComponentType t : catalog.types()) {
            byCategory.computeIfAbsent(t.category().name(), k -> new java.util.ArrayList<>()).add(t);
        }
        sb.append("| type id | name | CloudFormation | properties |\n|---|---|---|---:|\n");
        catalog.types().stream().sorted(Comparator.comparing(ComponentType::id)).forEach(t -> sb.append("| [`")
                .append(t.id()).append("`](#").append(anchor(t.id())).append(") | ").append(cell(t.name())).append(" | ")
                .append(t.cloudFormationType() == null || t.cloudFormationType().isBlank() ? "–" : "`" + t.cloudFormationType() + "`")
                .append(" | ").append(t.properties().size()).append(" |\n"));
        for (Map.Entry<String, List<ComponentType>> e : byCategory.entrySet()) {
            sb.append("\n## ").append(e.getKey()).append("\n");
            for (ComponentType t : e.getValue().stream().sorted(Comparator.comparing(ComponentType::id)).toList()) {
                sb.append("\n### ").append(t.id()).append("\n\n").append(cell(t.name()));
                if (t.cloudFormationType() != null && !t.cloudFormationType().isBlank()) {
                    sb.append(" (`").append(t.cloudFormationType()).append("`)");
                }
                sb.append(". ").append(cell(t.description())).append("\n\n");
                properties(sb, t.properties());
            }
        }
        sb.append("\n## Connections\n\nA connection's `kind` must be legal between its two types; its `properties` by rule:\n\n");
        sb.append("| from | kind | to | properties |\n|---|---|---|---|\n");
        catalog.rules().stream()
                .sorted(Comparator.comparing(ConnectionRule::from).thenComparing(r -> r.kind().id()).thenComparing(ConnectionRule::to))
                .forEach(r -> sb.append("| `").append(r.from()).append("` | ").append(r.kind().id()).append(" | `").append(r.to())
                        .append("` | ").append(r.properties().isEmpty() ? "–" : r.properties().stream()
                                .map(p -> "`" + p.id() + "` (" + p.type().id() + defaultText(p, ", ") + ")")
                                .collect(Collectors.joining(", ")))
                        .append(" |\n"));
        return sb.toString();
    }

    private static void properties(StringBuilder sb, List<PropertySpec> specs) {
        if (specs.isEmpty()) {
            sb.append("No properties.\n");
            return;
        }
        sb.append("| property | type | default | allowed | description |\n|---|---|---|---|---|\n");
        for (PropertySpec p : specs) {
            sb.append("| `").append(p.id()).append("`").append(p.required() ? " (required)" : "").append(" | ")
                    .append(p.type().id()).append(p.unit() == null ? "" : ", " + p.unit()).append(" | ")
                    .append(defaultText(p, "")).append(" | ").append(allowed(p)).append(" | ")
                    .append(cell(p.description())).append(" |\n");
        }
    }

    private static String defaultText(PropertySpec p, String prefix) {
        String text;
        if (p.patternboardDefault() != null) {
            text = "`" + value(p.patternboardDefault().value()) + "` *Patternboard*"
                    + (p.defaultValue() == null ? "" : " (AWS: `" + value(p.defaultValue()) + "`)");
        } else if (p.defaultValue() != null) {
            text = "`" + value(p.defaultValue()) + "`";
        } else if (p.onExport() != null) {
            text = p.onExport().value() == null ? "*set on export*" : "*set on export:* `" + value(p.onExport().value()) + "`";
        } else {
            return "";
        }
        return prefix + text;
    }

    private static String allowed(PropertySpec p) {
        if (!p.values().isEmpty()) {
            return p.values().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        }
        if (p.min() != null || p.max() != null) {
            return (p.min() == null ? "" : p.min()) + "–" + (p.max() == null ? "" : p.max());
        }
        return "";
    }

    private static String value(Object v) {
        return cell(String.valueOf(v));
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    static String anchor(String id) {
        return id.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    }
}
