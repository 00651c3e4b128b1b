package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;

/**
 * A certificate used by a REST, HTTP or WebSocket API gives it a custom domain in both exports alike; the verification
 * run synthesizes the same design ({@link CustomDomainDesigns}) and compares the resource counts.
 */
class CustomDomainTest {
    @Test
    void apisGetTheirDomainOnceAndWildcardsNone() {
        String stack = new CdkJavaExporter().stackSource(CustomDomainDesigns.design());

        assertThat(stack).contains("DomainName.Builder.create(this, \"OrdersAPICustomDomain\")",
                        ".domainName(\"api.example.org\")", ".certificate(apiCert)",
                        "ApiMapping.Builder.create(this, \"OrdersAPICustomDomainMapping\")",
                        ".domainName(\"live.example.org\")", ".certificate(liveCert)")
                .contains("// api.example.org fronts another API of this stack already");
        assertThat(count(stack, "DomainName.Builder.create(")).as("no domain for the wildcard").isEqualTo(2);
        assertThat(count(stack, "ApiMapping.Builder.create(")).isEqualTo(2);
        assertThat(stack).contains("shopAPI.addDomainName(\"Domain\", DomainNameOptions.builder().domainName(\"shop.example.org\")");
        assertThat(count(stack, ".addDomainName(")).as("one domain per API").isEqualTo(1);

        Map<String, Object> cfn = new CloudFormationExporter().template(CustomDomainDesigns.design());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) cfn.get("Resources");
        assertThat(resources.values().stream().filter(r -> "AWS::ApiGatewayV2::DomainName".equals(r.get("Type"))).count())
                .isEqualTo(2);
        assertThat(resources.values().stream().filter(r -> "AWS::ApiGatewayV2::ApiMapping".equals(r.get("Type"))).count())
                .isEqualTo(2);
        assertThat(resources.values().stream().filter(r -> "AWS::ApiGateway::DomainName".equals(r.get("Type"))).count())
                .isEqualTo(1);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
