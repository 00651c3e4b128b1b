package org.patternboard.exporters.importer;

import java.util.List;

/**
 * Something the importer wants the user to know, at a path of keys and list indices from the template's root
 * (e.g. {@code ["Resources", "Fn", "Properties", "Role"]}), so it can be shown at its line.
 */
public record ImportIssue(Level level, List<Object> path, String message) {
    public enum Level { ERROR, WARNING, INFO }

    public ImportIssue {
        path = List.copyOf(path);
    }

    public String pathText() {
        StringBuilder sb = new StringBuilder();
        for (Object p : path) {
            sb.append(sb.length() == 0 ? "" : p instanceof Integer ? "" : ".").append(p instanceof Integer ? "[" + p + "]" : p);
        }
        return sb.toString();
    }
}
