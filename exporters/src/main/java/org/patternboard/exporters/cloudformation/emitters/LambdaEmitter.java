package org.patternboard.exporters.cloudformation.emitters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Parameter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.ResourcePolicies;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Lambda functions and layers. A function gets its own role, an explicit log group with retention (wired
 * through LoggingConfig, so the role can write only there), inline stub code for Node.js and Python (S3
 * parameters for other runtimes), and the event source mappings of the queues and streams that trigger it.
 */
final class LambdaEmitter implements Emitter {
    static final String FUNCTION = "aws.lambda.function";
    static final String LAYER = "aws.lambda.layer";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<String> types() {
        return List.of(FUNCTION, LAYER);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        if (LAYER.equals(c.type())) {
            emitLayer(c, ctx);
        } else {
            emitFunction(c, ctx);
        }
    }

    private void emitLayer(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource layer = ctx.add(c, "AWS::Lambda::LayerVersion");
        layer.put("Content", s3Code(c, ctx, p.string("contentUri"), "ContentKey", "layers/"));
        putIfNotEmpty(layer, "CompatibleRuntimes", p.list("compatibleRuntimes"));
        putIfNotEmpty(layer, "CompatibleArchitectures", p.list("compatibleArchitectures"));
        MappedProperties.emit(c, layer, p, ctx, "licenseInfo");
        if (p.string("description") != null) {
            layer.put("Description", Support.description(p.string("description"), 256));
        }
    }

    private void emitFunction(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        Resource logGroup = Support.logGroup(ctx, c, "LogGroup", p.string("logRetentionDays"));
        ctx.role(c);
        ctx.iam().allowOwn(c.id(), "WriteOwnLogs", ctx.grants().baseline("logs"),
                List.of(Fn.getAtt(logGroup.logicalId(), "Arn")));

        Resource fn = ctx.add(c, "AWS::Lambda::Function");
        if (p.string("description") != null) {
            fn.put("Description", Support.description(p.string("description"), 256));
        }
        String runtime = p.string("runtime");
        if ("Image".equals(p.string("packageType"))) {
            fn.put("PackageType", "Image");
            fn.put("Code", Fn.map("ImageUri", imageUri(c, ctx, p)));
        } else {
            fn.put("Runtime", runtime);
            fn.put("Handler", handler(p, runtime));
            fn.put("Code", code(c, ctx, p, runtime));
        }
        fn.put("Role", ctx.roleArn(c));
        MappedProperties.emit(c, fn, p, ctx, "memorySize", "timeout", "architecture");
        if (p.isSet("ephemeralStorage")) {
            MappedProperties.emit(c, fn, p, ctx, "ephemeralStorage");
        }
        if (p.isSet("reservedConcurrency")) {
            MappedProperties.emit(c, fn, p, ctx, "reservedConcurrency");
        }
        String tracing = p.string("tracing");
        MappedProperties.emit(c, fn, p, ctx, "tracing");
        if ("Active".equals(tracing)) {
            ctx.iam().allowOwn(c.id(), "WriteTraces", ctx.grants().baseline("xray"), List.of("*"));
        }
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("ENVIRONMENT", ctx.parameter(Parameter.ENVIRONMENT_NAME));
        env.putAll(Support.environment(ctx, c, p.map("environment")));
        fn.put("Environment", Fn.map("Variables", env));
        fn.put("LoggingConfig", Fn.map("LogGroup", Fn.ref(logGroup.logicalId()), "LogFormat", p.string("logFormat")));

        boolean inVpc = p.bool("vpc", false)
                || !ctx.outgoing(c, ConnectionKind.CONNECTS, ConnectionKind.MOUNTS).isEmpty();
        if (inVpc) {
            Network net = Network.of(ctx);
            fn.put("VpcConfig", Fn.map(
                    "SubnetIds", net.privateSubnets(c),
                    "SecurityGroupIds", List.of(net.securityGroupId(c))));
            ctx.iam().allowOwn(c.id(), "ManageNetworkInterfaces", ctx.grants().baseline("vpc"), List.of("*"));
        }
        List<Object> fileSystems = new ArrayList<>();
        for (Connection m : ctx.outgoing(c, ConnectionKind.MOUNTS)) {
            Component efs = ctx.component(m.to());
            fileSystems.add(Fn.map(
                    "Arn", ctx.reference(efs, "accessPointArn"),
                    "LocalMountPath", ctx.props(m).string("mountPath")));
            for (Object mt : (List<?>) ctx.reference(efs, "mountTargets")) {
                // Lambda checks the mount targets exist when the function is created
                fn.dependsOn((String) mt);
            }
        }
        if (!fileSystems.isEmpty()) {
            fn.put("FileSystemConfigs", fileSystems);
        }
        List<Object> layers = new ArrayList<>();
        for (Connection u : ctx.outgoing(c, ConnectionKind.USES)) {
            Component target = ctx.component(u.to());
            if (LAYER.equals(target.type())) {
                layers.add(Fn.ref(ctx.id(target)));
            }
        }
        // a container image function takes no layers (Lambda refuses them): the layer belongs in the image
        if (!layers.isEmpty() && !"Image".equals(p.string("packageType"))) {
            fn.put("Layers", layers);
        }
        for (Connection f : ctx.outgoing(c, ConnectionKind.FAILS_TO)) {
            if (isDeadLetterQueue(f, ctx)) {
                fn.put("DeadLetterConfig", Fn.map("TargetArn", ctx.reference(ctx.component(f.to()), "arn")));
                break;
            }
        }
        MappedProperties.emit(c, fn, p, ctx, "snapStart");
        asyncConfig(c, ctx, p);
        Long provisioned = p.integer("provisionedConcurrency");
        if ((provisioned != null && provisioned > 0) || !"None".equals(p.string("snapStart"))) {
            Resource version = ctx.add(c, "Version", "AWS::Lambda::Version");
            version.put("FunctionName", Fn.ref(id));
            Resource alias = ctx.add(c, "Alias", "AWS::Lambda::Alias");
            alias.put("FunctionName", Fn.ref(id));
            alias.put("FunctionVersion", Fn.getAtt(version.logicalId(), "Version"));
            alias.put("Name", "live");
            if (provisioned != null && provisioned > 0) {
                alias.put("ProvisionedConcurrencyConfig", Fn.map("ProvisionedConcurrentExecutions", provisioned));
            }
        }
        ctx.output(c, "Name", Fn.ref(id), "Function name");
    }

    /** failsTo an SQS queue or SNS topic with mechanism DLQ: the function's dead-letter queue. */
    private static boolean isDeadLetterQueue(Connection f, ExportContext ctx) {
        String target = ctx.component(f.to()).type();
        return ("aws.sqs.queue".equals(target) || "aws.sns.topic".equals(target))
                && "DLQ".equals(ctx.props(f).string("mechanism"));
    }

    /** Destinations and retry settings of asynchronous invocations. */
    private static void asyncConfig(Component c, ExportContext ctx, Props p) {
        Map<String, Object> destinations = new LinkedHashMap<>();
        for (Connection f : ctx.outgoing(c, ConnectionKind.FAILS_TO)) {
            if (!isDeadLetterQueue(f, ctx) && !destinations.containsKey("OnFailure")) {
                destinations.put("OnFailure", Fn.map("Destination", ctx.reference(ctx.component(f.to()), "arn")));
            }
        }
        for (Connection s : ctx.outgoing(c, ConnectionKind.SUCCEEDS_TO)) {
            if (!destinations.containsKey("OnSuccess")) {
                destinations.put("OnSuccess", Fn.map("Destination", ctx.reference(ctx.component(s.to()), "arn")));
            }
        }
        if (destinations.isEmpty() && !p.isSet("maximumRetryAttempts") && !p.isSet("maximumEventAge")) {
            return;
        }
        Resource config = ctx.add(c, "EventInvokeConfig", "AWS::Lambda::EventInvokeConfig");
        config.put("FunctionName", Fn.ref(ctx.id(c)));
        config.put("Qualifier", "$LATEST");
        config.put("MaximumRetryAttempts", p.integer("maximumRetryAttempts"));
        config.put("MaximumEventAgeInSeconds", p.integer("maximumEventAge"));
        if (!destinations.isEmpty()) {
            config.put("DestinationConfig", destinations);
            // Lambda checks the role may send to the destinations when the config is created
            config.dependsOn(ctx.iam().policyId(c.id()));
        }
    }

    private static String handler(Props p, String runtime) {
        String h = p.string("handler");
        if (runtime.startsWith("java") && (h == null || "index.handler".equals(h))) {
            return "example.Handler::handleRequest";
        }
        return h;
    }

    static boolean inlineable(String runtime) {
        return runtime.startsWith("nodejs") || runtime.startsWith("python");
    }

    private static Object code(Component c, ExportContext ctx, Props p, String runtime) {
        String uri = p.string("codeUri");
        if (uri != null && uri.startsWith("s3://")) {
            return s3Code(c, ctx, uri, "CodeKey", "functions/");
        }
        if (inlineable(runtime)) {
            String inline = p.string("inlineCode");
            return Fn.map("ZipFile", inline != null && !inline.isBlank() ? inline
                    : stub(runtime.startsWith("nodejs") ? "nodejs.js" : "python.py"));
        }
        return s3Code(c, ctx, null, "CodeKey", "functions/");
    }

    /** Code in S3: from an s3:// URI, else the ArtifactBucket parameter and a key parameter per component. */
    private static Map<String, Object> s3Code(Component c, ExportContext ctx, String uri, String keySuffix, String prefix) {
        if (uri != null && uri.startsWith("s3://") && uri.indexOf('/', 5) > 5) {
            int slash = uri.indexOf('/', 5);
            return Fn.map("S3Bucket", uri.substring(5, slash), "S3Key", uri.substring(slash + 1));
        }
        Object key = ctx.parameter(c, keySuffix, Fn.map(
                "Type", "String",
                "Default", prefix + ctx.id(c) + ".zip",
                "Description", "S3 key of the code package of " + ctx.id(c) + " in ArtifactBucket."));
        return Fn.map("S3Bucket", ctx.parameter(Parameter.ARTIFACT_BUCKET), "S3Key", key);
    }

    private static Object imageUri(Component c, ExportContext ctx, Props p) {
        if (p.string("imageUri") != null && !p.string("imageUri").isBlank()) {
            return p.string("imageUri");
        }
        for (Connection u : ctx.outgoing(c, ConnectionKind.USES)) {
            Component repo = ctx.component(u.to());
            if ("aws.ecr.repository".equals(repo.type())) {
                return ctx.reference(repo, "imageUri");
            }
        }
        return ctx.parameter(c, "ImageUri", Fn.map(
                "Type", "String",
                "Description", "Container image URI of " + ctx.id(c) + "."));
    }

    private static String stub(String name) {
        try (InputStream in = LambdaEmitter.class.getClassLoader()
                .getResourceAsStream("patternboard/cloudformation/stubs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfNotEmpty(Resource r, String key, List<Object> list) {
        if (!list.isEmpty()) {
            r.put(key, list);
        }
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn" -> LAYER.equals(c.type()) ? Fn.ref(ctx.id(c)) : Fn.getAtt(ctx.id(c), "Arn");
            case "name" -> Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return FUNCTION.equals(c.type()) ? Map.of("FUNCTION_NAME", Fn.ref(ctx.id(c))) : Map.of();
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        // layers, dead-letter queues and destinations are part of the function itself (see emitFunction)
        Component target = ctx.component(conn.to());
        return (conn.kind() == ConnectionKind.USES && LAYER.equals(target.type()))
                || conn.kind() == ConnectionKind.FAILS_TO || conn.kind() == ConnectionKind.SUCCEEDS_TO;
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        Component source = ctx.component(conn.from());
        if (conn.kind() != ConnectionKind.TRIGGERS || !FUNCTION.equals(ctx.component(conn.to()).type())) {
            return false;
        }
        return switch (source.type()) {
            case "aws.sqs.queue", "aws.kinesis.stream", "aws.dynamodb.table", "aws.mq.broker" -> {
                eventSourceMapping(conn, source, ctx.component(conn.to()), ctx);
                yield true;
            }
            default -> false;
        };
    }

    private static void eventSourceMapping(Connection conn, Component source, Component fn, ExportContext ctx) {
        Props p = ctx.props(conn);
        Resource esm = ctx.add(conn, "Mapping", "AWS::Lambda::EventSourceMapping");
        esm.put("FunctionName", Fn.ref(ctx.id(fn)));
        boolean stream = !"aws.sqs.queue".equals(source.type()) && !"aws.mq.broker".equals(source.type());
        esm.put("EventSourceArn", ctx.reference(source, stream ? "streamArn" : "arn"));
        esm.put("BatchSize", p.integer("batchSize"));
        if (p.integer("maxBatchingWindow", 0) > 0) {
            esm.put("MaximumBatchingWindowInSeconds", p.integer("maxBatchingWindow"));
        }
        if ("aws.mq.broker".equals(source.type())) {
            List<Object> queues = p.list("queues");
            esm.put("Queues", queues.isEmpty() ? List.of("patternboard") : queues);
            esm.put("SourceAccessConfigurations", List.of(Fn.map(
                    "Type", "BASIC_AUTH", "URI", ctx.reference(source, "credentials"))));
        }
        if (stream) {
            esm.put("StartingPosition", p.string("startingPosition"));
            if (p.isSet("bisectBatchOnError")) {
                esm.put("BisectBatchOnFunctionError", p.bool("bisectBatchOnError"));
            }
            if (p.isSet("maximumRetryAttempts")) {
                esm.put("MaximumRetryAttempts", p.integer("maximumRetryAttempts"));
            }
            if (p.isSet("maximumRecordAge")) {
                esm.put("MaximumRecordAgeInSeconds", p.integer("maximumRecordAge"));
            }
            if (p.isSet("parallelizationFactor")) {
                esm.put("ParallelizationFactor", p.integer("parallelizationFactor"));
            }
            if (p.integer("tumblingWindow", 0) > 0) {
                esm.put("TumblingWindowInSeconds", p.integer("tumblingWindow"));
            }
        }
        if (p.bool("reportBatchItemFailures", false)) {
            esm.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
        }
        if (p.isSet("maxConcurrency")) {
            esm.put("ScalingConfig", Fn.map("MaximumConcurrency", p.integer("maxConcurrency")));
        }
        Object filter = p.value("filterPattern");
        if (filter instanceof Map<?, ?> m && !m.isEmpty()) {
            esm.put("FilterCriteria", Fn.map("Filters", List.of(Fn.map("Pattern", json(filter)))));
        }
        // Lambda checks the function's role may read the source when the mapping is created
        esm.dependsOn(ctx.iam().policyId(fn.id()));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void finish(Component c, ExportContext ctx) {
        for (ResourcePolicies.ServiceStatement s : ctx.resourcePolicies().of(c)) {
            Resource permission = ctx.template().add(ResourcePolicies.permissionId(ctx, s.connection()),
                    "AWS::Lambda::Permission");
            permission.metadata(ExportContext.META_CONNECTION, s.connection().id());
            permission.put("Action", "lambda:InvokeFunction");
            permission.put("FunctionName", Fn.getAtt(ctx.id(c), "Arn"));
            permission.put("Principal", s.service());
            switch (s.service()) {
                case "alexa-appkit.amazon.com" -> permission.put("EventSourceToken", s.sourceArn());
                // the target group registers the function only once this permission exists, so the
                // permission cannot name the target group: it is limited to the account instead
                case "elasticloadbalancing.amazonaws.com" -> permission.put("SourceAccount", Fn.accountId());
                case "s3.amazonaws.com" -> {
                    permission.put("SourceArn", s.sourceArn());
                    permission.put("SourceAccount", Fn.accountId());
                }
                default -> permission.put("SourceArn", s.sourceArn());
            }
        }
    }
}
