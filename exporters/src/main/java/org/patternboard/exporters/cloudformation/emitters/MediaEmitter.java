package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.MediaLiveLint;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * MediaLive channels (an input, an own role, an H.264 encoder feeding the MediaPackage channels they
 * publish to) and MediaPackage channels with one origin endpoint in the chosen packaging format.
 */
final class MediaEmitter implements Emitter {
    static final String LIVE = "aws.medialive.channel";
    static final String PACKAGE = "aws.mediapackage.channel";
    private static final List<String> PULL = List.of("URL_PULL", "RTMP_PULL", "MP4_FILE", "TS_FILE");
    private static final List<String> PUSH = List.of("RTMP_PUSH", "RTP_PUSH", "UDP_PUSH");

    @Override
    public List<String> types() {
        return List.of(LIVE, PACKAGE);
    }

    /** A name no other stack in the account has: the logical id and a piece of the stack's unique id. */
    static Object uniqueName(String logicalId, String suffix) {
        String base = logicalId.length() > 40 ? logicalId.substring(0, 40) : logicalId;
        return Fn.join("-", List.of(base + suffix,
                Fn.select(0, Fn.split("-", Fn.select(2, Fn.split("/", Fn.ref("AWS::StackId")))))));
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        if (PACKAGE.equals(c.type())) {
            emitPackage(c, ctx);
        } else {
            emitLive(c, ctx);
        }
    }

    private static void emitPackage(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        Resource channel = ctx.add(c, "AWS::MediaPackage::Channel");
        channel.put("Id", uniqueName(id, ""));
        if (p.string("description") != null) {
            channel.put("Description", Support.description(p.string("description"), 1000));
        }
        Resource endpoint = ctx.add(c, "Endpoint", "AWS::MediaPackage::OriginEndpoint");
        endpoint.put("Id", uniqueName(id, "Endpoint"));
        endpoint.put("ChannelId", Fn.ref(id));
        if (p.integer("startoverWindow", 0) > 0) {
            endpoint.put("StartoverWindowSeconds", p.integer("startoverWindow"));
        }
        switch (p.string("endpointType")) {
            case "DASH" -> endpoint.put("DashPackage", Fn.map("SegmentDurationSeconds", 2L));
            case "CMAF" -> endpoint.put("CmafPackage", Fn.map("HlsManifests", List.of(Fn.map("Id", "index"))));
            case "MSS" -> endpoint.put("MssPackage", Fn.map("SegmentDurationSeconds", 2L));
            default -> endpoint.put("HlsPackage", Fn.map("SegmentDurationSeconds", 6L));
        }
        ctx.output(c, "EndpointUrl", Fn.getAtt(endpoint.logicalId(), "Url"), "Origin endpoint URL");
    }

    private static void emitLive(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        ctx.role(c);
        String inputType = p.string("inputType");
        if (!PULL.contains(inputType) && !PUSH.contains(inputType)) {
            inputType = "URL_PULL";
        }
        Resource input = ctx.add(c, "Input", "AWS::MediaLive::Input");
        input.put("Type", inputType);
        if (PULL.contains(inputType)) {
            String url = p.string("inputUrl");
            Object source = url != null && !url.isBlank() ? url : ctx.parameter(c, "InputUrl", Fn.map("Type", "String",
                    "Description", "Source URL of the channel " + id + "."));
            input.put("Sources", "SINGLE_PIPELINE".equals(p.string("channelClass"))
                    ? List.of(Fn.map("Url", source)) : List.of(Fn.map("Url", source), Fn.map("Url", source)));
        } else {
            Resource group = ctx.add(c, "InputSecurityGroup", "AWS::MediaLive::InputSecurityGroup");
            Object cidr = ctx.parameter(c, "SourceCidr", Fn.map("Type", "String", "Default", "10.0.0.0/8",
                    "AllowedPattern", "^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$",
                    "Description", "Network allowed to push video to " + id + "."));
            group.put("WhitelistRules", List.of(Fn.map("Cidr", cidr)));
            input.put("InputSecurityGroups", List.of(Fn.ref(group.logicalId())));
            // cfn-lint's schema patch takes these for EC2 security group ids (sg-...); they are MediaLive ones
            input.metadata(MediaLiveLint.KEY, MediaLiveLint.IGNORE);
            if (!"RTP_PUSH".equals(inputType) && !"UDP_PUSH".equals(inputType)) {
                input.put("Destinations", List.of(Fn.map("StreamName", "live/a"), Fn.map("StreamName", "live/b")));
            }
        }
        Resource channel = ctx.add(c, "AWS::MediaLive::Channel");
        MappedProperties.emit(c, channel, p, ctx, "channelClass");
        channel.put("RoleArn", ctx.roleArn(c));
        channel.put("LogLevel", p.string("logLevel"));
        channel.put("InputAttachments", List.of(Fn.map("InputId", Fn.ref(input.logicalId()), "InputAttachmentName", "source")));
        List<Connection> outputs = ctx.outgoing(c, ConnectionKind.PUBLISHES);
        if (!outputs.isEmpty()) {
            Component mp = ctx.component(outputs.get(0).to());
            channel.put("Destinations", List.of(Fn.map("Id", "packager",
                    "MediaPackageSettings", List.of(Fn.map("ChannelId", Fn.ref(ctx.id(mp)))))));
            channel.put("EncoderSettings", Fn.map(
                    "TimecodeConfig", Fn.map("Source", "SYSTEMCLOCK"),
                    "VideoDescriptions", List.of(Fn.map("Name", "video720p", "Width", 1280L, "Height", 720L,
                            "CodecSettings", Fn.map("H264Settings", Fn.map("Bitrate", 3000000L, "RateControlMode", "CBR",
                                    "FramerateControl", "SPECIFIED", "FramerateNumerator", 30L, "FramerateDenominator", 1L,
                                    "GopSize", 2L, "GopSizeUnits", "SECONDS")))),
                    "AudioDescriptions", List.of(Fn.map("Name", "audio", "AudioSelectorName", "default",
                            "CodecSettings", Fn.map("AacSettings", Fn.map("Bitrate", 128000L)))),
                    "OutputGroups", List.of(Fn.map(
                            "OutputGroupSettings", Fn.map("MediaPackageGroupSettings",
                                    Fn.map("Destination", Fn.map("DestinationRefId", "packager"))),
                            "Outputs", List.of(Fn.map("OutputName", "main",
                                    "OutputSettings", Fn.map("MediaPackageOutputSettings", Fn.map()),
                                    "VideoDescriptionName", "video720p",
                                    "AudioDescriptionNames", List.of("audio")))))));
            channel.put("InputSpecification", Fn.map("Codec", "AVC", "Resolution", "HD", "MaximumBitrate", "MAX_10_MBPS"));
        }
        if (!"DISABLED".equals(p.string("logLevel"))) {
            ctx.iam().allowOwn(c.id(), "WriteChannelLogs", ctx.grants().baseline("serviceLogs"),
                    List.of(Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:ElementalMediaLive:*")));
        }
        ctx.output(c, "Id", Fn.ref(id), "Channel id");
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.getAtt(id, "Arn");
            case "host" -> Fn.select(2, Fn.split("/", Fn.getAtt(ctx.derivedId(c, "Endpoint"), "Url")));
            case "originPath" -> null;
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return LIVE.equals(ctx.component(conn.from()).type()) && conn.kind() == ConnectionKind.PUBLISHES;
    }
}
