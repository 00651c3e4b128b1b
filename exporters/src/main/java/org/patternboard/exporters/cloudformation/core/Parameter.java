package org.patternboard.exporters.cloudformation.core;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.template.Fn;

/**
 * The template parameters: what must vary per environment. A parameter appears in a template only when an
 * emitter uses it (cfn-lint W2001 flags unused parameters); its name is reserved in every export so a
 * component can never take it as a logical id.
 */
public record Parameter(String name, Map<String, Object> definition) {
    public static final Parameter ENVIRONMENT_NAME = new Parameter("EnvironmentName", Fn.map(
            "Type", "String",
            "Default", "dev",
            "AllowedPattern", "^[a-z][a-z0-9-]{0,31}$",
            "Description", "Name of the environment (dev, test, prod...); passed to functions as ENVIRONMENT."));
    public static final Parameter STAGE_NAME = new Parameter("StageName", Fn.map(
            "Type", "String",
            "Default", "prod",
            "AllowedPattern", "^[A-Za-z0-9_]{1,128}$",
            "Description", "Stage name of the REST and WebSocket APIs whose design leaves it unset."));
    public static final Parameter ARTIFACT_BUCKET = new Parameter("ArtifactBucket", Fn.map(
            "Type", "String",
            "Default", "replace-with-your-artifact-bucket",
            "AllowedPattern", "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
            "Description", "S3 bucket that holds code packages (Java functions, Alexa skill packages)."));

    /** Every fixed parameter name, reserved as logical ids. */
    public static final List<Parameter> FIXED = List.of(ENVIRONMENT_NAME, STAGE_NAME, ARTIFACT_BUCKET);

    public Object ref() {
        return Fn.ref(name);
    }
}
