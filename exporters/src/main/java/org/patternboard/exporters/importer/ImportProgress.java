package org.patternboard.exporters.importer;

/** Told about each resource read; returning false cancels the import ({@link ImportCancelledException}). */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, what) -> true;

    boolean step(int done, int total, String what);
}
