package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.design.Component;

/** Kinesis data streams (provisioned or on-demand, encrypted). */
final class KinesisEmitter implements Emitter {
    static final String STREAM = "aws.kinesis.stream";

    @Override
    public List<String> types() {
        return List.of(STREAM);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource s = ctx.add(c, "AWS::Kinesis::Stream").retention("Delete");
        String mode = p.string("streamMode");
        MappedProperties.emit(c, s, p, ctx, "streamMode");
        if ("PROVISIONED".equals(mode)) {
            MappedProperties.emit(c, s, p, ctx, "shardCount");
        }
        MappedProperties.emit(c, s, p, ctx, "retentionHours");
        if ("KMS".equals(p.string("encryption")) || Kms.key(ctx, c).isPresent()) {
            s.put("StreamEncryption", Fn.map("EncryptionType", "KMS", "KeyId", Kms.keyOrAlias(ctx, c, "alias/aws/kinesis")));
        }
        ctx.output(c, "Name", Fn.ref(ctx.id(c)), "Stream name");
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn", "streamArn" -> Fn.getAtt(ctx.id(c), "Arn");
            case "name" -> Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("NAME", Fn.ref(ctx.id(c)));
    }
}
