package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
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
 * ECS on Fargate and ECR: clusters, services (task definition, container with logs, service in the private
 * subnets, deployment circuit breaker, auto scaling) and stand-alone task definitions run by other services.
 * Services and tasks run in the design's first cluster, or in a shared cluster created for them.
 */
final class EcsConstructWriter implements ConstructWriter {
    static final String CLUSTER_TYPE = "aws.ecs.cluster";
    static final String SERVICE_TYPE = "aws.ecs.fargateService";
    static final String TASK_TYPE = "aws.ecs.fargateTask";
    static final ClassName CLUSTER = Cdk.of("ecs", "Cluster");
    static final ClassName CONTAINER_INSIGHTS = Cdk.of("ecs", "ContainerInsights");
    static final ClassName FARGATE_SERVICE = Cdk.of("ecs", "FargateService");
    static final ClassName TASK_DEFINITION = Cdk.of("ecs", "FargateTaskDefinition");
    static final ClassName CONTAINER_OPTIONS = Cdk.of("ecs", "ContainerDefinitionOptions");
    static final ClassName CONTAINER_IMAGE = Cdk.of("ecs", "ContainerImage");
    static final ClassName PORT_MAPPING = Cdk.of("ecs", "PortMapping");
    static final ClassName LOG_DRIVERS = Cdk.of("ecs", "LogDrivers");
    static final ClassName AWS_LOG_DRIVER_PROPS = Cdk.of("ecs", "AwsLogDriverProps");
    static final ClassName RUNTIME_PLATFORM = Cdk.of("ecs", "RuntimePlatform");
    static final ClassName CPU_ARCHITECTURE = Cdk.of("ecs", "CpuArchitecture");
    static final ClassName OS_FAMILY = Cdk.of("ecs", "OperatingSystemFamily");
    static final ClassName CIRCUIT_BREAKER = Cdk.of("ecs", "DeploymentCircuitBreaker");
    static final ClassName ENABLE_SCALING = Cdk.of("applicationautoscaling", "EnableScalingProps");
    static final ClassName CPU_SCALING = Cdk.of("ecs", "CpuUtilizationScalingProps");
    static final ClassName REPOSITORY = Cdk.of("ecr", "Repository");
    static final ClassName REPOSITORY_ENCRYPTION = Cdk.of("ecr", "RepositoryEncryption");
    static final ClassName ECR_LIFECYCLE_RULE = Cdk.of("ecr", "LifecycleRule");
    static final ClassName VOLUME = Cdk.of("ecs", "Volume");
    static final ClassName EFS_VOLUME = Cdk.of("ecs", "EfsVolumeConfiguration");
    static final ClassName AUTHORIZATION_CONFIG = Cdk.of("ecs", "AuthorizationConfig");
    static final ClassName MOUNT_POINT = Cdk.of("ecs", "MountPoint");
    static final ClassName CONTAINER_DEFINITION = Cdk.of("ecs", "ContainerDefinition");

    @Override
    public List<String> types() {
        return List.of(CLUSTER_TYPE, SERVICE_TYPE, TASK_TYPE, "aws.ecr.repository");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>(Keys.prerequisites(c, ctx));
        if (SERVICE_TYPE.equals(c.type()) || TASK_TYPE.equals(c.type())) {
            ctx.outgoingTo(c, ConnectionKind.USES, "aws.ecr.repository").forEach(u -> pre.add(u.to()));
            ctx.outgoing(c, ConnectionKind.MOUNTS).forEach(m -> pre.add(m.to()));
            firstCluster(ctx).ifPresent(pre::add);
        }
        return pre;
    }

    private static java.util.Optional<String> firstCluster(StackContext ctx) {
        return ctx.design().components().stream().filter(x -> CLUSTER_TYPE.equals(x.type())).map(Component::id).findFirst();
    }

    /** The cluster services and tasks run in: the design's first cluster, else one created for them. */
    static CodeBlock cluster(StackContext ctx, Component user) {
        java.util.Optional<String> own = firstCluster(ctx);
        if (own.isPresent() && ctx.hasVariable(own.get())) {
            return ctx.ref(own.get());
        }
        String v = ctx.shared("ecsCluster", () -> ctx.local(CLUSTER, "cluster", Call.construct(CLUSTER, ctx.newConstructId("Cluster"))
                .set("vpc", Network.of(ctx).vpc(user)).set("containerInsightsV2", Cdk.constant(CONTAINER_INSIGHTS, "ENABLED")).build()));
        return CodeBlock.of("$N", v);
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        switch (c.type()) {
            case CLUSTER_TYPE -> {
                Call cl = Call.construct(CLUSTER, ctx.constructId(c)).set("vpc", Network.of(ctx).vpc(c));
                Map<String, Object> key = new LinkedHashMap<>();
                if (p.isExplicit("containerInsights")) {
                    // containerInsightsV2: the boolean containerInsights is deprecated (a warning at every synth)
                    boolean on = p.bool("containerInsights", false);
                    cl.set("containerInsightsV2", Cdk.constant(CONTAINER_INSIGHTS, on ? "ENABLED" : "DISABLED"));
                    key.put("ClusterSettings", List.of(Map.of("Name", "containerInsights", "Value", on ? "enabled" : "disabled")));
                }
                if (p.bool("fargateSpot", false)) {
                    cl.bool("enableFargateCapacityProviders", true);
                }
                ctx.declare(c, CLUSTER, cl.build());
                ctx.expect(c, "AWS::ECS::Cluster", key);
            }
            case "aws.ecr.repository" -> repository(c, ctx, p);
            case SERVICE_TYPE -> {
                String task = taskDefinition(c, ctx, p, ctx.var(c) + "Task", ctx.newConstructId(ctx.constructId(c) + "Task"));
                Call svc = Call.construct(FARGATE_SERVICE, ctx.constructId(c))
                        .set("cluster", cluster(ctx, c))
                        .set("taskDefinition", "$N", task)
                        .number("desiredCount", p.integer("desiredCount", 1));
                boolean publicIp = p.bool("assignPublicIp", false);
                svc.set("vpcSubnets", publicIp ? Network.publicSubnets() : Network.privateSubnets());
                if (publicIp) {
                    svc.bool("assignPublicIp", true);
                }
                if (p.bool("circuitBreaker", false)) {
                    svc.set("circuitBreaker", Call.struct(CIRCUIT_BREAKER).bool("rollback", true).build());
                }
                ctx.declare(c, FARGATE_SERVICE, svc.build());
                if (p.isSet("maxCapacity")) {
                    ctx.statement("$N.autoScaleTaskCount($L).scaleOnCpuUtilization($S, $L)", ctx.var(c),
                            Call.struct(ENABLE_SCALING).number("minCapacity", p.integer("minCapacity", 1))
                                    .number("maxCapacity", p.integer("maxCapacity", 1)).build(),
                            "Cpu", Call.struct(CPU_SCALING).number("targetUtilizationPercent", 70).build());
                }
                Map<String, Object> key = new LinkedHashMap<>();
                key.put("DesiredCount", p.integer("desiredCount", 1));
                key.put("LaunchType", "FARGATE");
                ctx.expect(c, "AWS::ECS::Service", key);
            }
            default -> {
                String task = taskDefinition(c, ctx, p, ctx.var(c), ctx.constructId(c));
                ctx.declareExisting(c, TASK_DEFINITION, task);
            }
        }
    }

    /** A Fargate task definition with one container; declares it (as the component when it is a task). */
    private static String taskDefinition(Component c, StackContext ctx, Props p, String variable, String constructId) {
        Map<String, Object> key = new LinkedHashMap<>();
        String cpu = p.string("cpu", "256");
        long memory = p.integer("memory", 512);
        Call td = Call.construct(TASK_DEFINITION, constructId).number("cpu", Long.parseLong(cpu)).number("memoryLimitMiB", memory);
        key.put("Cpu", cpu);
        key.put("Memory", String.valueOf(memory));
        if ("ARM64".equals(p.string("architecture"))) {
            td.set("runtimePlatform", Call.struct(RUNTIME_PLATFORM).set("cpuArchitecture", "$T.ARM64", CPU_ARCHITECTURE)
                    .set("operatingSystemFamily", "$T.LINUX", OS_FAMILY).build());
        }
        if (TASK_TYPE.equals(c.type()) && p.isSet("ephemeralStorage") && p.integer("ephemeralStorage", 20) > 20) {
            td.number("ephemeralStorageGiB", p.integer("ephemeralStorage", 21));
        }
        String v;
        if (TASK_TYPE.equals(c.type())) {
            ctx.declare(c, TASK_DEFINITION, td.build());
            v = ctx.var(c);
        } else {
            v = ctx.local(TASK_DEFINITION, variable, td.build());
        }
        ctx.expect(c, "AWS::ECS::TaskDefinition", key);
        String logs = ctx.local(ObservabilityConstructWriter.LOG_GROUP, v + "Logs",
                Call.construct(ObservabilityConstructWriter.LOG_GROUP, ctx.newConstructId(constructId + "Logs"))
                        .set("retention", Retention.of(TASK_TYPE.equals(c.type()) ? p.string("logRetentionDays", "30") : "30")).build());
        CodeBlock image = CodeBlock.of("$T.fromRegistry($S)", CONTAINER_IMAGE, p.string("image", "public.ecr.aws/nginx/nginx:stable"));
        for (Connection u : ctx.outgoingTo(c, ConnectionKind.USES, "aws.ecr.repository")) {
            if (ctx.hasVariable(u.to())) {
                image = CodeBlock.of("$T.fromEcrRepository($N, $S)", CONTAINER_IMAGE, ctx.var(u.to()), "latest");
                ctx.handled(u);
                break;
            }
        }
        Call container = Call.struct(CONTAINER_OPTIONS).set("image", image)
                .set("logging", "$T.awsLogs($L)", LOG_DRIVERS, Call.struct(AWS_LOG_DRIVER_PROPS)
                        .string("streamPrefix", constructId).set("logGroup", "$N", logs).build());
        if (p.isSet("containerPort")) {
            container.set("portMappings", "$T.of($L)", List.class,
                    Call.struct(PORT_MAPPING).number("containerPort", p.integer("containerPort", 80)).build());
        } else if (SERVICE_TYPE.equals(c.type()) && !ctx.design().incoming(c.id()).isEmpty()) {
            container.set("portMappings", "$T.of($L)", List.class, Call.struct(PORT_MAPPING).number("containerPort", 80).build());
        }
        Map<String, Object> env = new LinkedHashMap<>();
        p.map("environment").forEach((k, val) -> env.put(EnvironmentNames.name(k), val == null ? "" : String.valueOf(val)));
        if (!env.isEmpty()) {
            container.set("environment", Literals.map(env));
        }
        if (!p.strings("command").isEmpty()) {
            container.set("command", Literals.strings(p.strings("command")));
        }
        String containerVar = ctx.local(CONTAINER_DEFINITION, v + "Container", CodeBlock.of("$N.addContainer($S, $L)", v, "app", container.build()));
        for (Connection m : ctx.outgoing(c, ConnectionKind.MOUNTS)) {
            if (!ctx.hasVariable(m.to())) {
                continue;
            }
            Component fs = ctx.component(m.to());
            String volume = "efs-" + Assets.kebab(ctx.constructId(fs));
            ctx.statement("$N.addVolume($L)", v, Call.struct(VOLUME).string("name", volume)
                    .set("efsVolumeConfiguration", Call.struct(EFS_VOLUME)
                            .set("fileSystemId", "$N.getFileSystemId()", ctx.var(fs))
                            .string("transitEncryption", "ENABLED")
                            .set("authorizationConfig", Call.struct(AUTHORIZATION_CONFIG)
                                    .set("accessPointId", "$L.getAccessPointId()", EfsConstructWriter.accessPoint(ctx, fs.id()))
                                    .string("iam", "ENABLED").build())
                            .build()).build());
            ctx.statement("$N.addMountPoints($L)", containerVar, Call.struct(MOUNT_POINT)
                    .string("sourceVolume", volume)
                    .string("containerPath", ctx.props(m).string("mountPath", "/mnt/efs"))
                    .bool("readOnly", ctx.props(m).bool("readOnly", false)).build());
            ctx.statement("$N.grantReadWrite($N.getTaskRole())", ctx.var(fs), v);
            ctx.handled(m);
        }
        return v;
    }

    private static void repository(Component c, StackContext ctx, Props p) {
        Call r = Call.construct(REPOSITORY, ctx.constructId(c));
        Map<String, Object> key = new LinkedHashMap<>();
        MappedSetters.apply(c, ctx, r, "AWS::ECR::Repository", key, "imageTagMutability", "scanOnPush");
        java.util.Optional<CodeBlock> kmsKey = Keys.key(c, ctx);
        if (kmsKey.isPresent()) {
            r.set("encryption", "$T.KMS", REPOSITORY_ENCRYPTION).set("encryptionKey", kmsKey.get());
        } else if ("KMS".equals(p.string("encryption"))) {
            r.set("encryption", "$T.KMS", REPOSITORY_ENCRYPTION);
        }
        if (p.isSet("maxImageCount")) {
            r.set("lifecycleRules", "$T.of($L)", List.class, Call.struct(ECR_LIFECYCLE_RULE)
                    .number("maxImageCount", p.integer("maxImageCount", 10)).build());
        }
        if (p.bool("emptyOnDelete", false)) {
            r.set("removalPolicy", "$T.DESTROY", Cdk.REMOVAL_POLICY).bool("emptyOnDelete", true);
        }
        ctx.declare(c, REPOSITORY, r.build());
        ctx.expect(c, "AWS::ECR::Repository", key);
    }
}
