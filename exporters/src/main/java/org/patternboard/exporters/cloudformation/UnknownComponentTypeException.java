package org.patternboard.exporters.cloudformation;

/** A design uses a component type the catalog does not know, so it cannot be exported. */
public final class UnknownComponentTypeException extends org.patternboard.exporters.cloudformation.core.ExportException {
    private static final long serialVersionUID = 1L;
    private final String componentId;
    private final String type;

    public UnknownComponentTypeException(String componentId, String componentName, String type, String didYouMean) {
        super("component '" + componentId + "' (" + oneLine(componentName) + ") has unknown type '" + type
                + "'" + didYouMean + "; it cannot be exported to CloudFormation (the design keeps it: fix the type and export again)");
        this.componentId = componentId;
        this.type = type;
    }

    public String componentId() {
        return componentId;
    }

    public String type() {
        return type;
    }

    private static String oneLine(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return flat.length() > 80 ? flat.substring(0, 80) + "..." : flat;
    }
}
