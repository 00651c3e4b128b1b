package org.patternboard.exporters.report;

import java.time.LocalDate;

/**
 * The report's title block.
 *
 * @param fileName the design's file name, or empty when it was never saved
 * @param date the report date; injected, so the same design and date give byte-identical reports
 * @param template the CloudFormation template the design was imported from, or null
 * @param findings unsuppressed findings
 * @param acceptedRisks suppressed findings
 */
public record ReportMetadata(String name, String description, String fileName, LocalDate date, String version,
        int components, int connections, int patterns, int findings, int acceptedRisks, String template) {
    public ReportMetadata {
        name = name == null || name.isBlank() ? "Untitled design" : name;
        description = description == null ? "" : description;
        fileName = fileName == null ? "" : fileName;
    }
}
