package org.patternboard.exporters.importer;

import java.util.List;

/** A template that parses but is no CloudFormation template (no Resources, a resource without a Type …). */
public final class TemplateImportException extends RuntimeException {
    private final List<Object> path;

    public TemplateImportException(List<Object> path, String message) {
        super(message);
        this.path = List.copyOf(path);
    }

    public List<Object> path() {
        return path;
    }
}
