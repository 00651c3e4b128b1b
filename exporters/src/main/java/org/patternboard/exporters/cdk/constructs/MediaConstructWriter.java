package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.MediaLiveLint;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * MediaLive channels and MediaPackage channels (L1 only): a MediaPackage channel with an origin endpoint in the
 * design's packaging format; a MediaLive input and channel with a role, encoding one 720p rendition to the
 * MediaPackage channel it publishes to, with the same encoder settings as the CloudFormation export.
 */
final class MediaConstructWriter implements ConstructWriter {
    static final String LIVE_TYPE = "aws.medialive.channel";
    static final String PACKAGE_TYPE = "aws.mediapackage.channel";
    static final ClassName PACKAGE_CHANNEL = Cdk.of("mediapackage", "CfnChannel");
    static final ClassName ORIGIN_ENDPOINT = Cdk.of("mediapackage", "CfnOriginEndpoint");
    static final ClassName LIVE_CHANNEL = Cdk.of("medialive", "CfnChannel");
    static final ClassName LIVE_INPUT = Cdk.of("medialive", "CfnInput");
    static final ClassName INPUT_SECURITY_GROUP = Cdk.of("medialive", "CfnInputSecurityGroup");
    private static final Set<String> PULL = Set.of("URL_PULL", "RTMP_PULL", "MP4_FILE", "TS_FILE");

    @Override
    public List<String> types() {
        return List.of(LIVE_TYPE, PACKAGE_TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.outgoingTo(c, ConnectionKind.PUBLISHES, PACKAGE_TYPE).forEach(x -> pre.add(x.to()));
        return pre;
    }

    /** A name no other stack in the account has: the construct id and a piece of the stack's unique id. */
    static CodeBlock uniqueName(String id, String suffix) {
        String base = id.length() > 40 ? id.substring(0, 40) : id;
        return CodeBlock.of("$T.join($S, $T.of($S, $T.select(0, $T.split($S, $T.select(2, $T.split($S, $T.STACK_ID))))))",
                Cdk.FN, "-", List.class, base + suffix, Cdk.FN, Cdk.FN, "-", Cdk.FN, Cdk.FN, "/", Cdk.AWS);
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        if (PACKAGE_TYPE.equals(c.type())) {
            Call channel = Call.construct(PACKAGE_CHANNEL, ctx.constructId(c)).set("id", uniqueName(ctx.constructId(c), ""));
            if (p.isSet("description")) {
                channel.string("description", Text.cut(p.string("description"), 1000));
            }
            ctx.declare(c, PACKAGE_CHANNEL, channel.build());
            ctx.expect(c, "AWS::MediaPackage::Channel", Map.of());
            Call endpoint = Call.construct(ORIGIN_ENDPOINT, ctx.newConstructId(ctx.constructId(c) + "Endpoint"))
                    .set("id", uniqueName(ctx.constructId(c), "Endpoint"))
                    .set("channelId", "$N.getRef()", ctx.var(c));
            if (p.integer("startoverWindow", 0) > 0) {
                endpoint.number("startoverWindowSeconds", p.integer("startoverWindow", 0));
            }
            ClassName nested;
            switch (p.string("endpointType", "HLS")) {
                case "DASH" -> endpoint.set("dashPackage", Call.struct(Cdk.nested("mediapackage", "CfnOriginEndpoint", "DashPackageProperty"))
                        .number("segmentDurationSeconds", 2).build());
                case "CMAF" -> endpoint.set("cmafPackage", Call.struct(Cdk.nested("mediapackage", "CfnOriginEndpoint", "CmafPackageProperty"))
                        .set("hlsManifests", "$T.of($T.builder().id($S).build())", List.class,
                                Cdk.nested("mediapackage", "CfnOriginEndpoint", "HlsManifestProperty"), "index").build());
                case "MSS" -> endpoint.set("mssPackage", Call.struct(Cdk.nested("mediapackage", "CfnOriginEndpoint", "MssPackageProperty"))
                        .number("segmentDurationSeconds", 2).build());
                default -> endpoint.set("hlsPackage", Call.struct(Cdk.nested("mediapackage", "CfnOriginEndpoint", "HlsPackageProperty"))
                        .number("segmentDurationSeconds", 6).build());
            }
            String v = ctx.local(ORIGIN_ENDPOINT, ctx.var(c) + "Endpoint", endpoint.build());
            ctx.shared("mediaEndpoint:" + c.id(), () -> v);
            return;
        }
        String role = ServiceRoles.role(ctx, c, "medialive.amazonaws.com");
        String inputType = p.string("inputType", "URL_PULL");
        boolean pull = PULL.contains(inputType);
        if (!pull && !Set.of("RTMP_PUSH", "RTP_PUSH", "UDP_PUSH").contains(inputType)) {
            inputType = "URL_PULL";
            pull = true;
        }
        boolean single = "SINGLE_PIPELINE".equals(p.string("channelClass"));
        Call input = Call.construct(LIVE_INPUT, ctx.newConstructId(ctx.constructId(c) + "Input")).string("type", inputType);
        if (pull) {
            String url = p.string("inputUrl", "https://example.com/live/index.m3u8");
            CodeBlock source = Call.struct(Cdk.nested("medialive", "CfnInput", "InputSourceRequestProperty")).string("url", url).build();
            input.set("sources", single ? CodeBlock.of("$T.of($L)", List.class, source) : CodeBlock.of("$T.of($L, $L)", List.class, source, source));
        } else {
            String group = ctx.local(INPUT_SECURITY_GROUP, ctx.var(c) + "InputSecurityGroup",
                    Call.construct(INPUT_SECURITY_GROUP, ctx.newConstructId(ctx.constructId(c) + "InputSecurityGroup"))
                            .set("whitelistRules", "$T.of($T.builder().cidr($S).build())", List.class,
                                    Cdk.nested("medialive", "CfnInputSecurityGroup", "InputWhitelistRuleCidrProperty"), "10.0.0.0/8").build());
            input.set("inputSecurityGroups", "$T.of($N.getRef())", List.class, group);
            if (!"RTP_PUSH".equals(inputType) && !"UDP_PUSH".equals(inputType)) {
                ClassName dest = Cdk.nested("medialive", "CfnInput", "InputDestinationRequestProperty");
                input.set("destinations", "$T.of($T.builder().streamName($S).build(), $T.builder().streamName($S).build())",
                        List.class, dest, "live/a", dest, "live/b");
            }
        }
        String inputVar = ctx.local(LIVE_INPUT, ctx.var(c) + "Input", input.build());
        if (!pull) {
            // cfn-lint's schema patch takes these for EC2 security group ids (sg-...); they are MediaLive ones
            ctx.statement("$N.addMetadata($S, $L)", inputVar, MediaLiveLint.KEY, Literals.map(MediaLiveLint.IGNORE));
        }
        Call channel = Call.construct(LIVE_CHANNEL, ctx.constructId(c))
                .string("channelClass", p.string("channelClass", "STANDARD"))
                .set("roleArn", "$N.getRoleArn()", role)
                .string("logLevel", p.string("logLevel", "DISABLED"))
                .set("inputAttachments", "$T.of($T.builder().inputId($N.getRef()).inputAttachmentName($S).build())", List.class,
                        Cdk.nested("medialive", "CfnChannel", "InputAttachmentProperty"), inputVar, "source");
        Connection out = ctx.outgoingTo(c, ConnectionKind.PUBLISHES, PACKAGE_TYPE).stream()
                .filter(x -> ctx.hasVariable(x.to())).findFirst().orElse(null);
        if (out != null) {
            channel.set("destinations", "$T.of($T.builder().id($S).mediaPackageSettings($T.of($T.builder().channelId($N.getRef()).build())).build())",
                    List.class, Cdk.nested("medialive", "CfnChannel", "OutputDestinationProperty"), "packager", List.class,
                    Cdk.nested("medialive", "CfnChannel", "MediaPackageOutputDestinationSettingsProperty"), ctx.var(out.to()));
            channel.set("inputSpecification", Call.struct(Cdk.nested("medialive", "CfnChannel", "InputSpecificationProperty"))
                    .string("codec", "AVC").string("resolution", "HD").string("maximumBitrate", "MAX_10_MBPS").build());
            ServiceRoles.statement(ctx, role, List.of("mediapackage:DescribeChannel"), CodeBlock.of("$S", "*"));
            ctx.handled(out);
        }
        if (!"DISABLED".equals(p.string("logLevel", "DISABLED"))) {
            ServiceRoles.statement(ctx, role, List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"),
                    CodeBlock.of("$T.format($S, $T.PARTITION, $T.REGION, $T.ACCOUNT_ID)", String.class,
                            "arn:%s:logs:%s:%s:log-group:ElementalMediaLive:*", Cdk.AWS, Cdk.AWS, Cdk.AWS));
        }
        ctx.declare(c, LIVE_CHANNEL, channel.build());
        if (out != null) {
            ctx.comment("encoder settings: one 720p H.264 rendition with AAC audio, packaged by MediaPackage");
            ctx.statement("$N.addPropertyOverride($S, $L)", ctx.var(c), "EncoderSettings", Literals.map(encoderSettings()));
        }
        ctx.expect(c, "AWS::MediaLive::Channel", Map.of("ChannelClass", p.string("channelClass", "STANDARD")));
    }

    private static Map<String, Object> encoderSettings() {
        return Map.of(
                "TimecodeConfig", Map.of("Source", "SYSTEMCLOCK"),
                "VideoDescriptions", List.of(Map.of("Name", "video720p", "Width", 1280L, "Height", 720L,
                        "CodecSettings", Map.of("H264Settings", Map.of("Bitrate", 3000000L, "RateControlMode", "CBR",
                                "FramerateControl", "SPECIFIED", "FramerateNumerator", 30L, "FramerateDenominator", 1L,
                                "GopSize", 2L, "GopSizeUnits", "SECONDS")))),
                "AudioDescriptions", List.of(Map.of("Name", "audio", "AudioSelectorName", "default",
                        "CodecSettings", Map.of("AacSettings", Map.of("Bitrate", 128000L)))),
                "OutputGroups", List.of(Map.of(
                        "OutputGroupSettings", Map.of("MediaPackageGroupSettings", Map.of("Destination", Map.of("DestinationRefId", "packager"))),
                        "Outputs", List.of(Map.of("OutputName", "main",
                                "OutputSettings", Map.of("MediaPackageOutputSettings", Map.of()),
                                "VideoDescriptionName", "video720p",
                                "AudioDescriptionNames", List.of("audio"))))));
    }

    /** The URL of a MediaPackage channel's origin endpoint (for a CloudFront origin). */
    static CodeBlock endpointUrl(StackContext ctx, Component channel) {
        String endpoint = ctx.shared("mediaEndpoint:" + channel.id(), () -> null);
        return CodeBlock.of("$N.getAttrUrl()", endpoint);
    }
}
