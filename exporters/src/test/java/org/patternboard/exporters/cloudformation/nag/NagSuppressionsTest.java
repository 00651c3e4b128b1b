package org.patternboard.exporters.cloudformation.nag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.template.Resource;

class NagSuppressionsTest {
    @Test
    void writesTheShapeCdkNagReadsAndMergesFindingsWithTheSameReason() {
        Resource r = new Resource("Role", "AWS::IAM::Role");
        NagSuppressions.add(r, "AwsSolutions-IAM5", "X-Ray has no resource-level permissions.", "Resource::*");
        NagSuppressions.add(r, "AwsSolutions-IAM5", "X-Ray has no resource-level permissions.", "Resource::<T.Arn>/*");
        NagSuppressions.add(r, "AwsSolutions-IAM5", "Another reason for the same finding.", "Resource::*");
        NagSuppressions.add(r, "AwsSolutions-SQS3", "This queue is a dead-letter queue.");

        assertThat(r.metadata().get("cdk_nag")).isEqualTo(Map.of("rules_to_suppress", List.of(
                Map.of("id", "AwsSolutions-IAM5", "reason", "X-Ray has no resource-level permissions.",
                        "applies_to", List.of("Resource::*", "Resource::<T.Arn>/*")),
                Map.of("id", "AwsSolutions-SQS3", "reason", "This queue is a dead-letter queue."))));
    }

    @Test
    void aWholeRuleSuppressionMakesFindingSuppressionsOfThatRuleRedundant() {
        Resource r = new Resource("Q", "AWS::SQS::Queue");
        NagSuppressions.add(r, "AwsSolutions-SQS3", "This queue is a dead-letter queue.");
        NagSuppressions.add(r, "AwsSolutions-SQS3", "This queue is a dead-letter queue.", "x");
        assertThat(NagSuppressions.of(r)).hasSize(1);
        assertThat(NagSuppressions.of(r).get(0)).doesNotContainKey("applies_to");
    }

    @Test
    void aReasonIsRequiredAndASubstitutionInItIsDefused() {
        Resource r = new Resource("Q", "AWS::SQS::Queue");
        assertThatThrownBy(() -> NagSuppressions.add(r, "AwsSolutions-SQS3", "  short "))
                .hasMessageContaining("needs a reason of 10 characters");
        assertThatThrownBy(() -> NagSuppressions.add(r, "AwsSolutions-SQS3[x]", "a long enough reason"))
                .hasMessageContaining("not a cdk-nag rule id");
        NagSuppressions.add(r, "AwsSolutions-SQS3", "the user wrote ${AWS::Region} here");
        assertThat(NagSuppressions.of(r).get(0).get("reason")).isEqualTo("the user wrote $ {AWS::Region} here");
    }

    @Test
    void aFindingThatHoldsASubstitutionBecomesAnExactRegularExpression() {
        String finding = "Resource::[\"${P0}/*\",{\"P0\":{\"Ref\":\"B\"}}]";
        Object appliesTo = NagSuppressions.appliesTo(finding);
        assertThat(appliesTo).isInstanceOf(Map.class);
        String regex = (String) ((Map<?, ?>) appliesTo).get("regex");
        assertThat(regex).startsWith("/^").endsWith("$/").doesNotContain("${");
        // cdk-nag strips the slashes and builds a JavaScript RegExp; Java reads this subset alike
        assertThat(finding).matches(regex.substring(1, regex.length() - 1));
        assertThat(finding + "x").doesNotMatch(regex.substring(1, regex.length() - 1));
        assertThat(NagSuppressions.appliesTo("Resource::*")).isEqualTo("Resource::*");
    }
}
