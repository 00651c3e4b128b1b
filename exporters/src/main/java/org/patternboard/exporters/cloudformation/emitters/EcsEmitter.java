package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * ECS on Fargate: clusters, task definitions (one container, logs to an own log group) and services
 * (private subnets, own security group, circuit breaker, load balancer targets, optional target-tracking
 * scaling). Each task gets a task role (what the code may do) and an execution role (pulling the image,
 * writing logs). Tasks and services run in the first cluster of the design, or in one created for them.
 */
final class EcsEmitter implements Emitter {
    static final String CLUSTER = "aws.ecs.cluster";
    static final String SERVICE = "aws.ecs.fargateService";
    static final String TASK = "aws.ecs.fargateTask";
    private static final String CONTAINER = "app";

    @Override
    public List<String> types() {
        return List.of(CLUSTER, SERVICE, TASK);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        switch (c.type()) {
            case CLUSTER -> emitCluster(c, ctx);
            case TASK -> {
                taskDefinition(c, ctx, ctx.add(c, "AWS::ECS::TaskDefinition"));
                ctx.output(c, "Arn", Fn.ref(ctx.id(c)), "Task definition ARN");
            }
            default -> emitService(c, ctx);
        }
    }

    private static void emitCluster(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource cluster = ctx.add(c, "AWS::ECS::Cluster");
        cluster.put("ClusterSettings", List.of(Fn.map("Name", "containerInsights",
                "Value", p.bool("containerInsights", false) ? "enabled" : "disabled")));
        if (p.bool("fargateSpot", false)) {
            cluster.put("CapacityProviders", List.of("FARGATE", "FARGATE_SPOT"));
        }
        ctx.output(c, "Name", Fn.ref(ctx.id(c)), "Cluster name");
    }

    /** The logical id of the cluster tasks and services run in. */
    static String clusterId(ExportContext ctx) {
        for (Component c : ctx.design().components()) {
            if (CLUSTER.equals(c.type())) {
                return ctx.id(c);
            }
        }
        return ctx.state("ecs-cluster", () -> {
            Resource cluster = ctx.template().add(ctx.sharedId("Cluster"), "AWS::ECS::Cluster");
            cluster.put("ClusterSettings", List.of(Fn.map("Name", "containerInsights", "Value", "enabled")));
            return cluster.logicalId();
        });
    }

    private static void taskDefinition(Component c, ExportContext ctx, Resource td) {
        Props p = ctx.props(c);
        String retention = p.string("logRetentionDays") == null ? "30" : p.string("logRetentionDays");
        Resource logGroup = Support.logGroup(ctx, c, "LogGroup", retention);
        ctx.role(c);
        String execOwner = executionOwner(c);
        ctx.iam().createRole(execOwner, ctx.derivedId(c, "ExecutionRole"), () -> ctx.derivedId(c, "ExecutionPolicy"),
                "ecs-tasks.amazonaws.com").metadata(ExportContext.META_COMPONENT, c.id());
        ctx.iam().allowOwn(execOwner, "WriteOwnLogs", ctx.grants().baseline("logs"),
                List.of(Fn.getAtt(logGroup.logicalId(), "Arn")));
        td.put("RequiresCompatibilities", List.of("FARGATE"));
        td.put("NetworkMode", "awsvpc");
        td.put("Cpu", p.string("cpu"));
        td.put("Memory", String.valueOf(p.integer("memory")));
        td.put("RuntimePlatform", Fn.map("CpuArchitecture", p.string("architecture"), "OperatingSystemFamily", "LINUX"));
        if (p.integer("ephemeralStorage", 20) > 20) {
            td.put("EphemeralStorage", Fn.map("SizeInGiB", p.integer("ephemeralStorage")));
        }
        td.put("TaskRoleArn", ctx.roleArn(c));
        td.put("ExecutionRoleArn", Fn.getAtt(ctx.iam().roleId(execOwner), "Arn"));
        Map<String, Object> container = Fn.map("Name", CONTAINER, "Image", image(c, ctx, p, execOwner), "Essential", true);
        if (!p.list("command").isEmpty()) {
            container.put("Command", p.list("command"));
        }
        List<Object> env = new ArrayList<>();
        Support.environment(ctx, c, p.map("environment")).forEach((k, v) -> env.add(Fn.map("Name", k, "Value", v)));
        if (!env.isEmpty()) {
            container.put("Environment", env);
            ctx.nag().suppress(td, "environmentHoldsNames");
        }
        Long port = p.integer("containerPort");
        if (port != null) {
            container.put("PortMappings", List.of(Fn.map("ContainerPort", port, "Protocol", "tcp")));
        }
        container.put("LogConfiguration", Fn.map("LogDriver", "awslogs", "Options", Fn.map(
                "awslogs-group", Fn.ref(logGroup.logicalId()),
                "awslogs-region", Fn.region(),
                "awslogs-stream-prefix", CONTAINER)));
        List<Object> volumes = new ArrayList<>();
        List<Object> mountPoints = new ArrayList<>();
        for (Connection m : ctx.outgoing(c, ConnectionKind.MOUNTS)) {
            Component efs = ctx.component(m.to());
            String volume = ctx.id(efs);
            volumes.add(Fn.map("Name", volume, "EFSVolumeConfiguration", Fn.map(
                    "FilesystemId", Fn.ref(ctx.id(efs)),
                    "TransitEncryption", "ENABLED",
                    "AuthorizationConfig", Fn.map("AccessPointId", ctx.reference(efs, "accessPointId"), "IAM", "ENABLED"))));
            mountPoints.add(Fn.map("SourceVolume", volume, "ContainerPath", ctx.props(m).string("mountPath"),
                    "ReadOnly", ctx.props(m).bool("readOnly", false)));
        }
        if (!mountPoints.isEmpty()) {
            container.put("MountPoints", mountPoints);
            td.put("Volumes", volumes);
        }
        td.put("ContainerDefinitions", List.of(container));
    }

    private static String executionOwner(Component c) {
        return c.id() + "\u0000execution";
    }

    private static Object image(Component c, ExportContext ctx, Props p, String execOwner) {
        if (p.string("image") != null && !p.string("image").isBlank()) {
            return p.string("image");
        }
        for (Connection u : ctx.outgoing(c, ConnectionKind.USES)) {
            Component repo = ctx.component(u.to());
            if (EcrEmitter.REPOSITORY.equals(repo.type())) {
                ctx.iam().allowOwn(execOwner, "PullImage", ctx.grants().baseline("ecrPull"),
                        List.of(Fn.getAtt(ctx.id(repo), "Arn")));
                ctx.iam().allowOwn(execOwner, "LogInToRegistry", ctx.grants().baseline("ecrLogin"), List.of("*"));
                return ctx.reference(repo, "imageUri");
            }
        }
        return p.integer("containerPort") != null || SERVICE.equals(c.type())
                ? "public.ecr.aws/nginx/nginx:stable-alpine" : "public.ecr.aws/docker/library/busybox:stable";
    }

    private static void emitService(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource td = ctx.add(c, "TaskDefinition", "AWS::ECS::TaskDefinition");
        taskDefinition(c, ctx, td);
        Network net = Network.of(ctx);
        Resource service = ctx.add(c, "AWS::ECS::Service");
        service.put("Cluster", Fn.ref(clusterId(ctx)));
        service.put("LaunchType", "FARGATE");
        service.put("DesiredCount", p.integer("desiredCount"));
        service.put("TaskDefinition", Fn.ref(td.logicalId()));
        boolean publicIp = p.bool("assignPublicIp", false);
        service.put("NetworkConfiguration", Fn.map("AwsvpcConfiguration", Fn.map(
                "Subnets", publicIp ? net.publicSubnets(c) : net.privateSubnets(c),
                "SecurityGroups", List.of(net.securityGroupId(c)),
                "AssignPublicIp", publicIp ? "ENABLED" : "DISABLED")));
        if (p.bool("circuitBreaker", false)) {
            service.put("DeploymentConfiguration", Fn.map("DeploymentCircuitBreaker", Fn.map("Enable", true, "Rollback", true)));
        }
        List<Object> balancers = new ArrayList<>();
        for (Connection in : ctx.design().incoming(c.id())) {
            Component lb = ctx.component(in.from());
            if (LoadBalancerEmitter.TYPES.contains(lb.type())
                    && (in.kind() == ConnectionKind.INVOKES || in.kind() == ConnectionKind.CONNECTS)) {
                balancers.add(Fn.map("ContainerName", CONTAINER, "ContainerPort", port(p),
                        "TargetGroupArn", ctx.reference(lb, "targetGroupArn", in)));
                // ECS requires the target group to be attached to a listener first
                service.dependsOn((String) ctx.reference(lb, "listenerId", in));
            }
        }
        if (!balancers.isEmpty()) {
            service.put("LoadBalancers", balancers);
        }
        for (Connection m : ctx.outgoing(c, ConnectionKind.MOUNTS)) {
            for (Object mt : (List<?>) ctx.reference(ctx.component(m.to()), "mountTargets")) {
                service.dependsOn((String) mt);
            }
        }
        if (p.integer("maxCapacity") != null) {
            Resource target = ctx.add(c, "ScalableTarget", "AWS::ApplicationAutoScaling::ScalableTarget");
            target.put("ServiceNamespace", "ecs");
            target.put("ScalableDimension", "ecs:service:DesiredCount");
            target.put("ResourceId", Fn.join("/", List.of("service", Fn.ref(clusterId(ctx)), Fn.getAtt(ctx.id(c), "Name"))));
            target.put("MinCapacity", p.integer("minCapacity", 1));
            target.put("MaxCapacity", p.integer("maxCapacity"));
            Resource policy = ctx.add(c, "ScalingPolicy", "AWS::ApplicationAutoScaling::ScalingPolicy");
            policy.put("PolicyName", ctx.id(c) + "CpuTracking");
            policy.put("PolicyType", "TargetTrackingScaling");
            policy.put("ScalingTargetId", Fn.ref(target.logicalId()));
            policy.put("TargetTrackingScalingPolicyConfiguration", Fn.map(
                    "TargetValue", 50L,
                    "PredefinedMetricSpecification", Fn.map("PredefinedMetricType", "ECSServiceAverageCPUUtilization")));
        }
        ctx.output(c, "Name", Fn.getAtt(ctx.id(c), "Name"), "Service name");
    }

    /** The port a service's container listens on (80 for the default nginx image). */
    static long port(Props p) {
        return p.integer("containerPort", 80);
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        Network net = Network.of(ctx);
        return switch (form) {
            case "arn" -> switch (c.type()) {
                case CLUSTER -> Fn.getAtt(id, "Arn");
                case SERVICE -> Fn.ref(id);
                default -> Fn.ref(id);
            };
            case "name" -> CLUSTER.equals(c.type()) ? Fn.ref(id) : Fn.getAtt(id, "Name");
            case "taskRoleArn" -> ctx.roleArn(c);
            case "executionRoleArn" -> Fn.getAtt(ctx.iam().roleId(executionOwner(c)), "Arn");
            case "clusterArn" -> Fn.getAtt(clusterId(ctx), "Arn");
            case "clusterName" -> Fn.ref(clusterId(ctx));
            case "subnets" -> net.privateSubnets(c);
            case "securityGroupId" -> net.securityGroupId(c);
            case "tasks" -> Fn.sub("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task/${" + clusterId(ctx) + "}/*");
            case "ecsSyncRule" -> Fn.sub("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForECSTaskRule");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        if (TASK.equals(c.type())) {
            Map<String, Object> env = Fn.map();
            env.put("TASK_DEFINITION", Fn.ref(ctx.id(c)));
            env.put("CLUSTER", Fn.ref(clusterId(ctx)));
            return env;
        }
        return SERVICE.equals(c.type()) ? Map.of("SERVICE_NAME", Fn.getAtt(ctx.id(c), "Name")) : Map.of();
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        // images and file systems are part of the task definition
        return conn.kind() == ConnectionKind.MOUNTS
                || (conn.kind() == ConnectionKind.USES && EcrEmitter.REPOSITORY.equals(ctx.component(conn.to()).type()));
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return false;
    }
}
