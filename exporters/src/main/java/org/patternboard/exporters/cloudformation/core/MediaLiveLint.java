package org.patternboard.exporters.cloudformation.core;

import java.util.List;
import java.util.Map;

/**
 * The one cfn-lint check the exports switch off, on one resource: cfn-lint 1.x patches the schema of
 * {@code AWS::MediaLive::Input} so that {@code InputSecurityGroups} must hold EC2 security group ids (E1041),
 * but the property takes the ids of {@code AWS::MediaLive::InputSecurityGroup}s, which is what a push input
 * needs. The check is ignored in that input's metadata only, so every other resource is still checked.
 */
public final class MediaLiveLint {
    public static final String KEY = "cfn-lint";
    public static final Map<String, Object> IGNORE = Map.of("config", Map.of("ignore_checks", List.of("E1041")));

    private MediaLiveLint() {
    }
}
