package org.patternboard.exporters.cloudformation.core;

/** The design cannot be exported as it is; the message names the component or connection and says why. */
public class ExportException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
