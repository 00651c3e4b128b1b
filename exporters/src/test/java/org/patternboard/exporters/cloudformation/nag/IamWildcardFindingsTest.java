package org.patternboard.exporters.cloudformation.nag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.iam.WildcardResources;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.exporters.cloudformation.template.Template;

class IamWildcardFindingsTest {
    private static final WildcardResources WILDCARDS = WildcardResources.standard();

    private static Resource policy(Template t, Object action, Object resource) {
        Resource p = t.add("P", "AWS::IAM::Policy");
        p.put("PolicyDocument", Fn.map("Version", "2012-10-17", "Statement", List.of(
                Fn.map("Effect", "Allow", "Action", action, "Resource", resource),
                Fn.map("Effect", "Deny", "Action", "s3:*", "Resource", "*"))));
        return p;
    }

    @Test
    void aStarResourceIsExplainedByTheReasonsOfItsActions() {
        Template t = new Template();
        Resource p = policy(t, List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"), "*");
        IamWildcardFindings.explain(t, WILDCARDS);
        assertThat(NagSuppressions.of(p)).containsExactly(Map.of("id", "AwsSolutions-IAM5",
                "reason", WILDCARDS.reason("xray:PutTraceSegments").orElseThrow(), "applies_to", List.of("Resource::*")));
    }

    @Test
    void aWildcardWithinOneResourceIsExplainedByItsDocumentedPattern() {
        Template t = new Template();
        Resource p = policy(t, "dynamodb:Query", Fn.sub("${Orders.Arn}/index/*"));
        IamWildcardFindings.explain(t, WILDCARDS);
        assertThat(NagSuppressions.of(p)).singleElement().satisfies(s -> {
            assertThat(s.get("applies_to")).isEqualTo(List.of("Resource::<Orders.Arn>/index/*"));
            assertThat((String) s.get("reason")).contains("indexes of the one table");
        });
    }

    @Test
    void aWildcardNobodyExplainedIsRefused() {
        Template t = new Template();
        policy(t, "sqs:SendMessage", Fn.sub("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:*"));
        assertThatThrownBy(() -> IamWildcardFindings.explain(t, WILDCARDS))
                .hasMessageContaining("wildcard-resources.json does not explain");
        Template t2 = new Template();
        policy(t2, "sqs:SendMessage", "*");
        assertThatThrownBy(() -> IamWildcardFindings.explain(t2, WILDCARDS))
                .hasMessageContaining("sqs:SendMessage on resource * is not listed");
    }

    @Test
    void aResourceWithoutWildcardNeedsNoSuppression() {
        Template t = new Template();
        Resource p = policy(t, "sqs:SendMessage", Fn.getAtt("Queue", "Arn"));
        IamWildcardFindings.explain(t, WILDCARDS);
        assertThat(NagSuppressions.of(p)).isEmpty();
    }
}
