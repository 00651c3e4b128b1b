package org.patternboard.model.catalog.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the CDK writer states a mapped property on its L2 construct, as data next to the CloudFormation path, so a
 * simple property is known once for both exports (catalog option {@code "cdk"}):
 * <pre>
 * "timeout": {"path": "Timeout", "cdk": {"set": "timeout", "as": "duration", "always": true}}
 * "tracing": {"path": "TracingConfig.Mode", "cdk": {"set": "tracing", "constant": "lambda.Tracing",
 *             "values": {"Active": "ACTIVE", "PassThrough": "PASS_THROUGH"}}}
 * </pre>
 *
 * @param setter    the builder method of the construct's props
 * @param form      how the design value is written: {@code literal} (a number, boolean or string as the property's
 *                  type is), a {@code Duration} ({@code duration} picks the most readable unit for seconds;
 *                  {@code seconds}, {@code minutes}, {@code hours}, {@code days} take the design value in that
 *                  unit), a {@code Size} ({@code mebibytes}, {@code gibibytes}), or {@code constant}
 * @param constant  for {@code constant}: {@code service.Class} of aws-cdk-lib, e.g. {@code lambda.Tracing}
 * @param constants for {@code constant}: design value to constant name; a value not in it is upper-cased, with
 *                  anything but letters and digits as {@code _} ({@code PAY_PER_REQUEST}, {@code arm64} → {@code ARM64})
 * @param always    written whenever the CloudFormation export writes the property, not only when the design or a
 *                  Well-Architected default sets it (the CDK's own default would differ, or the value belongs in
 *                  the code: a function's memory and timeout)
 */
public record CdkSetter(String setter, String form, String constant, Map<String, String> constants, boolean always) {
    public static final Set<String> FORMS = Set.of("literal", "duration", "seconds", "minutes", "hours", "days",
            "mebibytes", "gibibytes", "constant");

    public CdkSetter {
        Objects.requireNonNull(setter, "setter");
        Objects.requireNonNull(form, "form");
        if (!FORMS.contains(form)) {
            throw new IllegalArgumentException("unknown CDK form '" + form + "', expected one of " + FORMS);
        }
        if (form.equals("constant") != (constant != null)) {
            throw new IllegalArgumentException("a CDK constant names its class, and only a constant does");
        }
        constants = constants == null ? Map.of() : Map.copyOf(constants);
    }

    /** The constant's name for a design value. */
    public String constantName(String designValue) {
        String named = constants.get(designValue);
        return named != null ? named : designValue.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The service of {@link #constant()} ({@code lambda} in {@code lambda.Tracing}). */
    public String constantService() {
        return constant.substring(0, constant.lastIndexOf('.'));
    }

    public String constantClass() {
        return constant.substring(constant.lastIndexOf('.') + 1);
    }
}
