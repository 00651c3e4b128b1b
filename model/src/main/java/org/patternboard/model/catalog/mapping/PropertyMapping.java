package org.patternboard.model.catalog.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One design property and the CloudFormation property path it lives at, relative to the resource's
 * {@code Properties} (e.g. {@code TracingConfig.Mode} is {@code ["TracingConfig", "Mode"]}).
 *
 * @param omitDefault the exporter leaves the property out while its value is the catalog default (e.g. SQS
 *                    {@code DelaySeconds: 0}); reading is unaffected, since an absent property means that default
 * @param conditional    null, or why the exporter writes the value only in some designs or derives it from others
 *                       (e.g. a shard count exists only in provisioned mode): reading still takes the value where a
 *                       template has it, but an export need not hold the design's value at that path
 * @param cdk            null, or how the CDK writer states the property on its construct
 */
public record PropertyMapping(String property, List<String> path, ValueConversion conversion, boolean omitDefault,
        String conditional, CdkSetter cdk) {
    public PropertyMapping(String property, List<String> path, ValueConversion conversion) {
        this(property, path, conversion, false, null, null);
    }

    public PropertyMapping(String property, List<String> path, ValueConversion conversion, boolean omitDefault) {
        this(property, path, conversion, omitDefault, null, null);
    }

    public Optional<CdkSetter> cdkSetter() {
        return Optional.ofNullable(cdk);
    }

    public boolean isConditional() {
        return conditional != null;
    }

    public PropertyMapping {
        Objects.requireNonNull(property, "property");
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("mapping of '" + property + "' has an empty path");
        }
        Objects.requireNonNull(conversion, "conversion");
    }

    public String pathText() {
        return String.join(".", path);
    }
}
