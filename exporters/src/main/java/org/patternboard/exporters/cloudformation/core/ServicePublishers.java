package org.patternboard.exporters.cloudformation.core;

import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Sources that publish to a topic as an AWS service principal (S3 notifications, EventBridge rules, CloudWatch
 * alarm actions). The AWS managed key alias/aws/sns refuses them, so a topic they publish to is left unencrypted
 * unless the design names a key or asks for KMS explicitly (then rule REL-041 says it will not work). Schedules
 * and pipes publish through their own IAM role, which the managed key accepts.
 */
public final class ServicePublishers {
    public static final Set<String> TYPES = Set.of("aws.s3.bucket", "aws.events.rule", "aws.cloudwatch.alarm");

    private ServicePublishers() {
    }

    public static boolean publishTo(Architecture design, Component topic) {
        for (Connection in : design.incoming(topic.id())) {
            Component source = design.componentOrNull(in.from());
            if (source != null && TYPES.contains(source.type())) {
                return true;
            }
        }
        return false;
    }
}
