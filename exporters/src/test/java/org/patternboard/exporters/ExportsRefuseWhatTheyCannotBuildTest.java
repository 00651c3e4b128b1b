package org.patternboard.exporters;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cdk.CdkJavaExporter;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.InvalidPropertyValueException;
import org.patternboard.exporters.cloudformation.core.ExportException;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/** Used as libraries too, both exporters refuse a design they would otherwise export with a value or a component missing. */
class ExportsRefuseWhatTheyCannotBuildTest {
    private static Architecture function(String type, Map<String, Object> properties) {
        return Architecture.of("D", null, List.of(new Component("fn", type, "Fn", 0, 0, null, null, null, properties, Map.of())),
                List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void cloudFormationRefusesAWrongTypedValueInsteadOfDroppingIt() {
        Architecture a = function("aws.lambda.function", Map.of("memorySize", "lots"));
        assertThatThrownBy(() -> new CloudFormationExporter().toJson(a)).isInstanceOf(InvalidPropertyValueException.class)
                .hasMessage("component 'fn': 'memorySize' is \"lots\" but must be a whole number");
    }

    @Test
    void cdkRefusesAWrongTypedValueAndAnUnknownTypeInsteadOfLeavingThemOut() {
        assertThatThrownBy(() -> new CdkJavaExporter().files(function("aws.lambda.function", Map.of("runtime", Map.of("x", 1)))))
                .isInstanceOf(ExportException.class).hasMessageStartingWith("component 'fn': 'runtime' is {\"x\":1} but");
        assertThatThrownBy(() -> new CdkJavaExporter().files(function("aws.lambda.functoin", Map.of())))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("component 'fn' has unknown type 'aws.lambda.functoin'; did you mean 'aws.lambda.function'");
    }
}
