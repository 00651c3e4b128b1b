package org.patternboard.exporters.importer;

/** The user stopped an import; nothing was produced. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("import cancelled");
    }
}
