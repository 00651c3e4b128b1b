package org.patternboard.exporters.cloudformation.nag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The finding ids of cdk-nag's flattenCfnReference, which a suppression's applies_to must match exactly. */
class CfnReferencesTest {
    @Test
    void flattensAsCdkNagDoes() {
        assertThat(CfnReferences.flatten("*")).isEqualTo("*");
        assertThat(CfnReferences.flatten(Map.of("Fn::Sub", "arn:${AWS::Partition}:logs:x:log-group:*")))
                .isEqualTo("arn:<AWS::Partition>:logs:x:log-group:*");
        assertThat(CfnReferences.flatten(Map.of("Fn::GetAtt", List.of("Table", "Arn")))).isEqualTo("<Table.Arn>");
        assertThat(CfnReferences.flatten(Map.of("Ref", "Bucket"))).isEqualTo("<Bucket>");
        assertThat(CfnReferences.flatten(Map.of("Fn::Join", List.of("", List.of(Map.of("Fn::GetAtt", List.of("B", "Arn")), "/*")))))
                .isEqualTo("<B.Arn>/*");
        // an Fn::Sub with variables is a list, which cdk-nag writes as JSON
        Object sub = Map.of("Fn::Sub", List.of("${P0}/*", Map.of("P0", Map.of("Ref", "B"))));
        assertThat(CfnReferences.flatten(sub)).isEqualTo("[\"${P0}/*\",{\"P0\":{\"Ref\":\"B\"}}]");
        assertThat(CfnReferences.text(sub)).isEqualTo("<P0>/*");
    }
}
