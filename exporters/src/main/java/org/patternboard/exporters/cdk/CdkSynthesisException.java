package org.patternboard.exporters.cdk;

import java.util.List;

/** The generated project did not compile, or the CDK refused to synthesize it. */
public final class CdkSynthesisException extends Exception {
    private final List<String> details;

    public CdkSynthesisException(String message, List<String> details, Throwable cause) {
        super(details.isEmpty() ? message : message + ":\n  " + String.join("\n  ", details), cause);
        this.details = List.copyOf(details);
    }

    public CdkSynthesisException(String message, List<String> details) {
        this(message, details, null);
    }

    /** One line per compiler diagnostic or CDK error annotation. */
    public List<String> details() {
        return details;
    }
}
