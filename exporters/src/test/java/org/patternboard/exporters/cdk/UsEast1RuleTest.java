package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.core.UsEast1Rule;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * A distribution with a certificate, or a web ACL of CLOUDFRONT scope, only deploys in us-east-1: both exports
 * carry the template rule that says so before anything is created; a design without them carries none.
 */
class UsEast1RuleTest {
    @Test
    void certificateOfADistributionNeedsUsEast1InBothExports() {
        Architecture a = design(List.of(component("cdn", "aws.cloudfront.distribution"), component("site", "aws.s3.bucket"),
                        component("cert", "aws.certificatemanager.certificate")),
                List.of(connection("c1", "cdn", "site", ConnectionKind.ROUTES), connection("c2", "cdn", "cert", ConnectionKind.USES)));

        assertThat(rules(a)).containsOnlyKeys(UsEast1Rule.ID);
        assertThat(rules(a).get(UsEast1Rule.ID).toString()).contains("Fn::Equals", "AWS::Region", "us-east-1", UsEast1Rule.MESSAGE);
        assertThat(new CdkJavaExporter().stackSource(a))
                .contains("CfnRule.Builder.create(this, \"DeployInUsEast1\")",
                        ".assertValue(Fn.conditionEquals(Aws.REGION, \"us-east-1\"))");
    }

    @Test
    void cloudFrontWebAclNeedsUsEast1OnceAndRegionalDesignsNothing() {
        Architecture waf = design(List.of(component("cdn", "aws.cloudfront.distribution"), component("site", "aws.s3.bucket"),
                        component("acl", "aws.wafv2.webAcl"), component("cert", "aws.certificatemanager.certificate")),
                List.of(connection("c1", "cdn", "site", ConnectionKind.ROUTES), connection("c2", "acl", "cdn", ConnectionKind.PROTECTS),
                        connection("c3", "cdn", "cert", ConnectionKind.USES)));
        assertThat(rules(waf)).containsOnlyKeys(UsEast1Rule.ID);
        String stack = new CdkJavaExporter().stackSource(waf);
        assertThat(stack.split("CfnRule.Builder.create", -1)).as("declared once").hasSize(2);

        Architecture regional = design(List.of(component("api", "aws.apigateway.restApi"), component("fn", "aws.lambda.function"),
                        component("acl", "aws.wafv2.webAcl")),
                List.of(connection("c1", "api", "fn", ConnectionKind.INTEGRATES), connection("c2", "acl", "api", ConnectionKind.PROTECTS)));
        assertThat(rules(regional)).isEmpty();
        assertThat(new CdkJavaExporter().stackSource(regional)).doesNotContain("CfnRule");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rules(Architecture a) {
        return (Map<String, Object>) new CloudFormationExporter().template(a).getOrDefault("Rules", Map.of());
    }

    private static Architecture design(List<Component> components, List<Connection> connections) {
        return Architecture.of("Region", "", components, connections, List.of(), List.of(), List.of(), Map.of());
    }

    private static Component component(String id, String type) {
        return new Component(id, type, id, 0, 0, null, null, null, Map.of(), Map.of());
    }

    private static Connection connection(String id, String from, String to, ConnectionKind kind) {
        return new Connection(id, from, to, kind, Map.of(), Map.of());
    }
}
