package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;

/** Kinesis data streams. */
final class KinesisConstructWriter implements ConstructWriter {
    static final ClassName STREAM = Cdk.of("kinesis", "Stream");
    private static final String STREAM_CFN = "AWS::Kinesis::Stream";
    static final ClassName STREAM_ENCRYPTION = Cdk.of("kinesis", "StreamEncryption");

    @Override
    public List<String> types() {
        return List.of("aws.kinesis.stream");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        return Keys.prerequisites(c, ctx);
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Map<String, Object> key = new LinkedHashMap<>();
        Call s = Call.construct(STREAM, ctx.constructId(c));
        MappedSetters.apply(c, ctx, s, STREAM_CFN, key, "streamMode");
        if ("PROVISIONED".equals(p.string("streamMode", "PROVISIONED"))) {
            MappedSetters.apply(c, ctx, s, STREAM_CFN, key, "shardCount");
        }
        MappedSetters.apply(c, ctx, s, STREAM_CFN, key, "retentionHours");
        Optional<CodeBlock> kmsKey = Keys.key(c, ctx);
        if (kmsKey.isPresent()) {
            s.set("encryption", Cdk.constant(STREAM_ENCRYPTION, "KMS")).set("encryptionKey", kmsKey.get());
        } else if ("KMS".equals(p.string("encryption"))) {
            s.set("encryption", Cdk.constant(STREAM_ENCRYPTION, "MANAGED"));
        } else {
            s.set("encryption", Cdk.constant(STREAM_ENCRYPTION, "UNENCRYPTED"));
        }
        ctx.declare(c, STREAM, s.build());
        ctx.expect(c, STREAM_CFN, key);
    }
}
