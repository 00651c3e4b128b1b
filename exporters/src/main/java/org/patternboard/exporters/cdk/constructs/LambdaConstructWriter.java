package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Lambda functions and layers. A function gets an explicit log group with retention (as in the CloudFormation
 * export), code from a folder of the project ({@code lambda/<name>}, with a handler stub in the runtime's
 * language) or inline code when the design has some, its dead-letter queue or destinations, EFS mounts and
 * VPC placement; event sources are added where the connections are exported.
 */
final class LambdaConstructWriter implements ConstructWriter {
    static final String FUNCTION_TYPE = "aws.lambda.function";
    static final String LAYER_TYPE = "aws.lambda.layer";
    static final ClassName FUNCTION = Cdk.of("lambda", "Function");
    private static final String FUNCTION_CFN = "AWS::Lambda::Function";
    static final ClassName DOCKER_IMAGE_FUNCTION = Cdk.of("lambda", "DockerImageFunction");
    static final ClassName DOCKER_IMAGE_CODE = Cdk.of("lambda", "DockerImageCode");
    static final ClassName LAYER_VERSION = Cdk.of("lambda", "LayerVersion");
    static final ClassName CODE = Cdk.of("lambda", "Code");
    static final ClassName RUNTIME = Cdk.of("lambda", "Runtime");
    static final ClassName RUNTIME_FAMILY = Cdk.of("lambda", "RuntimeFamily");
    static final ClassName ARCHITECTURE = Cdk.of("lambda", "Architecture");
    static final ClassName FILE_SYSTEM = Cdk.of("lambda", "FileSystem");
    static final ClassName LOG_GROUP = Cdk.of("logs", "LogGroup");
    static final ClassName ECR_REPOSITORY = Cdk.of("ecr", "Repository");
    static final ClassName ECR_IMAGE_CODE_PROPS = Cdk.of("lambda", "EcrImageCodeProps");
    static final ClassName DESTINATIONS = ClassName.get(Cdk.BASE + ".services.lambda.destinations", "SqsDestination");

    @Override
    public List<String> types() {
        return List.of(FUNCTION_TYPE, LAYER_TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        if (FUNCTION_TYPE.equals(c.type())) {
            ctx.outgoing(c, ConnectionKind.FAILS_TO, ConnectionKind.SUCCEEDS_TO, ConnectionKind.MOUNTS)
                    .forEach(conn -> pre.add(conn.to()));
            ctx.outgoingTo(c, ConnectionKind.USES, "aws.ecr.repository").forEach(conn -> pre.add(conn.to()));
        }
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        if (LAYER_TYPE.equals(c.type())) {
            declareLayer(c, ctx);
        } else {
            declareFunction(c, ctx);
        }
    }

    private static void declareLayer(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String folder = Assets.folder(ctx, c, "layers", p.string("contentUri"));
        ctx.file(folder + "/README.md", "Content of the Lambda layer '" + c.name() + "' (for Node.js: nodejs/node_modules/...).\n");
        Call layer = Call.construct(LAYER_VERSION, ctx.constructId(c))
                .set("code", "$T.fromAsset($L)", CODE, ctx.projectPath(folder));
        if (!p.strings("compatibleRuntimes").isEmpty()) {
            List<CodeBlock> runtimes = new ArrayList<>();
            p.strings("compatibleRuntimes").forEach(r -> runtimes.add(runtime(r)));
            layer.set("compatibleRuntimes", "$T.of($L)", List.class, CodeBlock.join(runtimes, ", "));
        }
        if (!p.strings("compatibleArchitectures").isEmpty()) {
            List<CodeBlock> archs = new ArrayList<>();
            p.strings("compatibleArchitectures").forEach(a -> archs.add(architecture(a)));
            layer.set("compatibleArchitectures", "$T.of($L)", List.class, CodeBlock.join(archs, ", "));
        }
        Map<String, Object> key = new LinkedHashMap<>();
        MappedSetters.apply(c, ctx, layer, "AWS::Lambda::LayerVersion", key, "licenseInfo");
        if (p.isSet("description")) {
            layer.string("description", Text.cut(p.string("description"), 256));
        }
        ctx.declare(c, LAYER_VERSION, layer.build());
        ctx.expect(c, "AWS::Lambda::LayerVersion", key);
    }

    private static void declareFunction(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String logs = ctx.local(LOG_GROUP, ctx.var(c) + "Logs", Call.construct(LOG_GROUP, ctx.newConstructId(ctx.constructId(c) + "Logs"))
                .set("retention", Retention.of(p.string("logRetentionDays")))
                .build());
        boolean image = "Image".equals(p.string("packageType"));
        String runtimeName = p.string("runtime");
        Map<String, Object> key = new LinkedHashMap<>();
        Call fn;
        if (image) {
            fn = Call.construct(DOCKER_IMAGE_FUNCTION, ctx.constructId(c)).set("code", imageCode(c, ctx, p));
            key.put("PackageType", "Image");
        } else {
            String handler = Handlers.handler(p.string("handler"), runtimeName);
            fn = Call.construct(FUNCTION, ctx.constructId(c))
                    .set("runtime", runtime(runtimeName))
                    .string("handler", handler)
                    .set("code", code(c, ctx, p, runtimeName, handler));
            key.put("Runtime", runtimeName);
            key.put("Handler", handler);
        }
        if (p.isSet("description")) {
            fn.string("description", Text.cut(p.string("description"), 256));
        }
        // memory, timeout and architecture are always stated (their mappings say so), with the catalog's values
        // when the design leaves them unset, like the CloudFormation export: the sizing of a function is in its code
        MappedSetters.apply(c, ctx, fn, FUNCTION_CFN, key, "memorySize", "timeout", "architecture", "ephemeralStorage",
                "reservedConcurrency", "tracing");
        Map<String, Object> env = new LinkedHashMap<>();
        p.map("environment").forEach((k, v) -> env.put(EnvironmentNames.name(k), v == null ? "" : String.valueOf(v)));
        if (!env.isEmpty()) {
            fn.set("environment", Literals.map(env));
        }
        MappedSetters.apply(c, ctx, fn, FUNCTION_CFN, key, "logFormat");
        fn.set("logGroup", CodeBlock.of("$N", logs));
        boolean inVpc = p.bool("vpc", false) || !ctx.outgoing(c, ConnectionKind.CONNECTS, ConnectionKind.MOUNTS).isEmpty();
        if (inVpc) {
            fn.set("vpc", Network.of(ctx).vpc(c)).set("vpcSubnets", Network.privateSubnets());
        }
        for (Connection m : ctx.outgoing(c, ConnectionKind.MOUNTS)) {
            if (ctx.hasVariable(m.to())) {
                String mountPath = ctx.props(m).string("mountPath", "/mnt/efs");
                fn.set("filesystem", "$T.fromEfsAccessPoint($L, $S)", FILE_SYSTEM, EfsConstructWriter.accessPoint(ctx, m.to()), mountPath);
                ctx.handled(m);
                break;
            }
        }
        destinations(c, ctx, p, fn);
        if (p.isSet("maximumRetryAttempts")) {
            fn.number("retryAttempts", p.integer("maximumRetryAttempts", 2));
        }
        if (p.isSet("maximumEventAge")) {
            fn.set("maxEventAge", Cdk.duration(p.integer("maximumEventAge", 21600)));
        }
        ctx.declare(c, image ? DOCKER_IMAGE_FUNCTION : FUNCTION, fn.build());
        ctx.expect(c, "AWS::Lambda::Function", key);

        Long provisioned = p.integer("provisionedConcurrency");
        boolean snapStart = !"None".equals(p.string("snapStart", "None"));
        if ((provisioned != null && provisioned > 0) || snapStart) {
            // a published version behind a "live" alias, as in the CloudFormation export
            CodeBlock.Builder alias = CodeBlock.builder().add("$T.Builder.create(this, $S)\n.aliasName($S)\n.version($N.getCurrentVersion())",
                    Cdk.of("lambda", "Alias"), ctx.newConstructId(ctx.constructId(c) + "Live"), "live", ctx.var(c));
            if (provisioned != null && provisioned > 0) {
                alias.add("\n.provisionedConcurrentExecutions($L)", provisioned);
            }
            ctx.statement(alias.add("\n.build()").build());
        }
        if (snapStart) {
            ctx.statement("(($T) $N.getNode().getDefaultChild()).setSnapStart($T.builder().applyOn($S).build())",
                    Cdk.of("lambda", "CfnFunction"), ctx.var(c), Cdk.nested("lambda", "CfnFunction", "SnapStartProperty"),
                    p.string("snapStart"));
        }
    }

    /** failsTo with mechanism DLQ: the function's dead-letter queue or topic; otherwise on-failure / on-success destinations. */
    private static void destinations(Component c, StackContext ctx, Props p, Call fn) {
        boolean failure = false;
        boolean dlq = false;
        for (Connection f : ctx.outgoing(c, ConnectionKind.FAILS_TO)) {
            Component target = ctx.component(f.to());
            if (!ctx.hasVariable(target.id())) {
                continue;
            }
            boolean queueOrTopic = "aws.sqs.queue".equals(target.type()) || "aws.sns.topic".equals(target.type());
            if (queueOrTopic && "DLQ".equals(ctx.props(f).string("mechanism")) && !dlq) {
                fn.set("aws.sqs.queue".equals(target.type()) ? "deadLetterQueue" : "deadLetterTopic", ctx.ref(target));
                dlq = true;
                ctx.handled(f);
            } else if (!failure) {
                CodeBlock destination = destination(target, ctx);
                if (destination != null) {
                    fn.set("onFailure", destination);
                    failure = true;
                    ctx.handled(f);
                }
            }
        }
        for (Connection s : ctx.outgoing(c, ConnectionKind.SUCCEEDS_TO)) {
            Component target = ctx.component(s.to());
            CodeBlock destination = ctx.hasVariable(target.id()) ? destination(target, ctx) : null;
            if (destination != null) {
                fn.set("onSuccess", destination);
                ctx.handled(s);
                break;
            }
        }
    }

    private static CodeBlock destination(Component target, StackContext ctx) {
        String pkg = Cdk.BASE + ".services.lambda.destinations";
        return switch (target.type()) {
            case "aws.sqs.queue" -> CodeBlock.of("new $T($L)", ClassName.get(pkg, "SqsDestination"), ctx.ref(target));
            case "aws.sns.topic" -> CodeBlock.of("new $T($L)", ClassName.get(pkg, "SnsDestination"), ctx.ref(target));
            case "aws.lambda.function" -> CodeBlock.of("new $T($L)", ClassName.get(pkg, "LambdaDestination"), ctx.ref(target));
            case "aws.events.eventBus" -> CodeBlock.of("new $T($L)", ClassName.get(pkg, "EventBridgeDestination"), ctx.ref(target));
            case "aws.s3.bucket" -> CodeBlock.of("new $T($L)", ClassName.get(pkg, "S3Destination"), ctx.ref(target));
            default -> null;
        };
    }

    private static CodeBlock code(Component c, StackContext ctx, Props p, String runtime, String handler) {
        String inline = p.string("inlineCode");
        if (inline != null && !inline.isBlank() && Handlers.inlineable(runtime)) {
            return CodeBlock.of("$T.fromInline($S)", CODE, inline);
        }
        String uri = p.string("codeUri");
        if (uri != null && uri.startsWith("s3://") && uri.indexOf('/', 5) > 5) {
            int slash = uri.indexOf('/', 5);
            return CodeBlock.of("$T.fromBucket($T.fromBucketName(this, $S, $S), $S)", CODE, Cdk.of("s3", "Bucket"),
                    ctx.newConstructId(ctx.constructId(c) + "CodeBucket"), uri.substring(5, slash), uri.substring(slash + 1));
        }
        String folder = Assets.folder(ctx, c, "lambda", uri);
        Handlers.stub(runtime, handler, c.name()).forEach((file, content) -> ctx.file(folder + "/" + file, content));
        return CodeBlock.of("$T.fromAsset($L)", CODE, ctx.projectPath(folder));
    }

    private static CodeBlock imageCode(Component c, StackContext ctx, Props p) {
        for (Connection u : ctx.outgoingTo(c, ConnectionKind.USES, "aws.ecr.repository")) {
            if (ctx.hasVariable(u.to())) {
                ctx.handled(u);
                return CodeBlock.of("$T.fromEcr($L)", DOCKER_IMAGE_CODE, ctx.ref(u.to()));
            }
        }
        String uri = p.string("imageUri");
        if (uri != null && uri.contains(".dkr.ecr.") && uri.contains("/")) {
            String path = uri.substring(uri.indexOf('/') + 1);
            String name = path.contains(":") ? path.substring(0, path.indexOf(':')) : path;
            String tag = path.contains(":") ? path.substring(path.indexOf(':') + 1) : "latest";
            return CodeBlock.of("$T.fromEcr($T.fromRepositoryName(this, $S, $S), $T.builder().tagOrDigest($S).build())",
                    DOCKER_IMAGE_CODE, ECR_REPOSITORY, ctx.newConstructId(ctx.constructId(c) + "Repository"), name,
                    Cdk.of("lambda", "EcrImageCodeProps"), tag);
        }
        // no image yet: a Dockerfile in the project, built and pushed by cdk deploy
        String folder = Assets.folder(ctx, c, "lambda", null);
        ctx.file(folder + "/Dockerfile", Handlers.dockerfile());
        Handlers.stub("nodejs22.x", "index.handler", c.name()).forEach((file, content) -> ctx.file(folder + "/" + file, content));
        return CodeBlock.of("$T.fromImageAsset($L)", DOCKER_IMAGE_CODE, ctx.projectPath(folder));
    }

    /** {@code Runtime.NODEJS_22_X} when the library names the runtime, else {@code new Runtime("x", family)}. */
    static CodeBlock runtime(String name) {
        String constant = Handlers.runtimeConstant(name);
        if (constant != null) {
            return Cdk.constant(RUNTIME, constant);
        }
        return CodeBlock.of("new $T($S, $T.$N)", RUNTIME, name, RUNTIME_FAMILY, Handlers.family(name));
    }

    static CodeBlock architecture(String name) {
        return Cdk.constant(ARCHITECTURE, "arm64".equals(name) ? "ARM_64" : "X86_64");
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component target = ctx.component(conn.to());
        if (conn.kind() == ConnectionKind.USES && LAYER_TYPE.equals(target.type()) && ctx.hasVariable(target.id())) {
            if ("Image".equals(ctx.props(ctx.component(conn.from())).string("packageType"))) {
                ctx.comment(conn.id() + ": a container image function takes no layers; build the layer into the image");
            } else {
                ctx.statement("$N.addLayers($N)", ctx.var(conn.from()), ctx.var(target));
            }
            return true;
        }
        return false;
    }

    @Override
    public boolean wireTo(Connection conn, StackContext ctx) {
        return conn.kind() == ConnectionKind.TRIGGERS && EventSources.wire(conn, ctx);
    }
}
