package org.patternboard.app.cli;

/** Options of {@code patternboard export} that only some targets read. */
public record ExportOptions(boolean yaml, boolean synth) {
}
