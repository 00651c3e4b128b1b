package org.patternboard.exporters.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;

class SyntheticTemplatesTest {
    private static final Pattern REFERENCE = Pattern.compile("!(?:Ref|GetAtt) ([A-Za-z0-9]+)|\\$\\{([A-Za-z0-9]+)[}.]");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 50, 500, 2000})
    void declaresExactlyTheRequestedNumberOfResources(int n) {
        TemplateDocument doc = TemplateSource.parse(SyntheticTemplates.generate(n, 7L), "synthetic.yaml");
        assertThat((Map<?, ?>) doc.root().get("Resources")).hasSize(n);
        assertThat(doc.usesShortForms()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        String a = SyntheticTemplates.generate(500, 42L);
        assertThat(SyntheticTemplates.generate(500, 42L)).isEqualTo(a);
        assertThat(SyntheticTemplates.generate(500, 43L)).isNotEqualTo(a);
    }

    @Test
    void mixesTheServerlessUnitsAndWiresThemTogether() {
        String text = SyntheticTemplates.generate(500, 1L);
        for (String type : new String[] {"AWS::Lambda::Function", "AWS::IAM::Role", "AWS::Logs::LogGroup",
                "AWS::SQS::Queue", "AWS::Lambda::EventSourceMapping", "AWS::SNS::Topic", "AWS::SNS::Subscription",
                "AWS::DynamoDB::Table", "AWS::S3::Bucket", "AWS::Events::Rule", "AWS::ApiGatewayV2::Api",
                "AWS::Lambda::Permission"}) {
            assertThat(text).contains("Type: " + type);
        }
        assertThat(text).contains("!If", "!Sub", "deadLetterTargetArn: !GetAtt", "Outputs:", "Parameters:", "Conditions:");
        @SuppressWarnings("unchecked")
        Map<String, Object> resources = (Map<String, Object>) TemplateSource.parse(text, "s.yaml").root().get("Resources");
        Set<String> dangling = new TreeSet<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2);
            if (!resources.containsKey(target) && !Set.of("Stage", "AWS", "BucketArn", "ApiId").contains(target)) {
                dangling.add(target);
            }
        }
        assertThat(dangling).as("references to undeclared names").isEmpty();
    }

    @Test
    void refusesAnEmptyTemplate() {
        assertThatThrownBy(() -> SyntheticTemplates.generate(0, 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
