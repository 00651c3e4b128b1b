package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;

/**
 * Without synthesis: the key properties the generated CDK test asserts (runtime, memory, timeout, batch size,
 * visibility timeout, filter policies, billing mode...) are the ones the direct CloudFormation export writes,
 * for every sample design, the hostile design and the all-connections designs. The verification run
 * ({@link CdkExportVerificationTest}) checks the same against the synthesized templates, plus resource counts.
 */
class CloudFormationParityTest {
    @Test
    void cdkKeyPropertiesEqualTheCloudFormationExport() throws Exception {
        CdkJavaExporter exporter = new CdkJavaExporter();
        CloudFormationParity parity = new CloudFormationParity();
        List<String> problems = new ArrayList<>();
        int expectations = 0;
        int properties = 0;
        Map<String, Architecture> designs = CdkExportVerificationTest.designs();
        for (Map.Entry<String, Architecture> e : designs.entrySet()) {
            CloudFormationParity.Result r = parity.properties(e.getKey(), e.getValue(), exporter.expectations(e.getValue()));
            problems.addAll(r.problems());
            expectations += r.expectations();
            properties += r.properties();
        }
        System.out.printf("CDK/CloudFormation parity: %d designs, %d resources, %d key properties compared%n",
                designs.size(), expectations, properties);
        problems.forEach(p -> System.out.println("PARITY " + p));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(properties).as("key properties compared").isGreaterThan(designs.size());
    }
}
