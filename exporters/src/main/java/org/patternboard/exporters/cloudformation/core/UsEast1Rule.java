package org.patternboard.exporters.cloudformation.core;

import java.util.List;
import org.patternboard.exporters.cloudformation.template.Fn;

/**
 * CloudFront takes certificates and CLOUDFRONT-scope web ACLs only from us-east-1. A stack that creates one
 * anywhere else fails halfway and rolls back; this template rule stops it before anything is created, with a
 * message that says why. Both exporters declare the same rule.
 */
public final class UsEast1Rule {
    public static final String ID = "DeployInUsEast1";
    public static final String REGION = "us-east-1";
    public static final String MESSAGE = "Deploy this stack in us-east-1: CloudFront accepts certificates and"
            + " CLOUDFRONT-scope web ACLs only from that region.";

    private UsEast1Rule() {
    }

    public static void require(ExportContext ctx) {
        ctx.template().rule(ID, Fn.map("Assertions", List.of(Fn.map(
                "Assert", Fn.map("Fn::Equals", List.of(Fn.region(), REGION)),
                "AssertDescription", MESSAGE))));
    }
}
