package org.patternboard.exporters.cloudformation;

import org.patternboard.exporters.cloudformation.core.ExportException;

/**
 * A stored property value has the wrong type or is out of range (REL-043), so no export can use it; exporting
 * without it would deploy AWS's default instead of what the design says.
 */
public final class InvalidPropertyValueException extends ExportException {
    private static final long serialVersionUID = 1L;
    private final String componentId;
    private final String property;

    public InvalidPropertyValueException(String componentId, String property, String message) {
        super(message);
        this.componentId = componentId;
        this.property = property;
    }

    public String componentId() {
        return componentId;
    }

    public String property() {
        return property;
    }
}
