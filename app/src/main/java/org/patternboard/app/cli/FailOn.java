package org.patternboard.app.cli;

import org.patternboard.model.rules.Severity;
import org.patternboard.model.rules.ValidationResult;

/** {@code --fail-on error|warning|never}: the finding severity at which a command exits 1 (validate, export). */
enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), never(null);

    final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    boolean reachedBy(ValidationResult result) {
        return threshold != null && result.reaches(threshold);
    }
}
