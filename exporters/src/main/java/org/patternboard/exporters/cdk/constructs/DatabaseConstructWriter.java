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
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * RDS instances, Aurora clusters, RDS Proxies and ElastiCache replication groups, in the private subnets.
 * Credentials come from a secret the design connects, else one the CDK generates; {@code connects} opens the
 * database's port to the caller's security group ({@code db.getConnections().allowDefaultPortFrom(fn)}).
 */
final class DatabaseConstructWriter implements ConstructWriter {
    static final String INSTANCE_TYPE = "aws.rds.dbInstance";
    static final String CLUSTER_TYPE = "aws.rds.dbCluster";
    static final String PROXY_TYPE = "aws.rds.dbProxy";
    static final String CACHE_TYPE = "aws.elasticache.replicationGroup";
    static final ClassName DATABASE_INSTANCE = Cdk.of("rds", "DatabaseInstance");
    static final ClassName CFN_DB_INSTANCE = Cdk.of("rds", "CfnDBInstance");
    static final ClassName INSTANCE_ENGINE = Cdk.of("rds", "DatabaseInstanceEngine");
    static final ClassName DATABASE_CLUSTER = Cdk.of("rds", "DatabaseCluster");
    static final ClassName CLUSTER_ENGINE = Cdk.of("rds", "DatabaseClusterEngine");
    static final ClassName CLUSTER_INSTANCE = Cdk.of("rds", "ClusterInstance");
    static final ClassName PROVISIONED_PROPS = Cdk.of("rds", "ProvisionedClusterInstanceProps");
    static final ClassName DATABASE_PROXY = Cdk.of("rds", "DatabaseProxy");
    static final ClassName PROXY_TARGET = Cdk.of("rds", "ProxyTarget");
    static final ClassName CREDENTIALS = Cdk.of("rds", "Credentials");
    static final ClassName BACKUP_PROPS = Cdk.of("rds", "BackupProps");
    static final ClassName INSTANCE_TYPE_CLASS = Cdk.of("ec2", "InstanceType");
    static final ClassName REPLICATION_GROUP = Cdk.of("elasticache", "CfnReplicationGroup");
    static final ClassName CACHE_SUBNET_GROUP = Cdk.of("elasticache", "CfnSubnetGroup");

    @Override
    public List<String> types() {
        return List.of(INSTANCE_TYPE, CLUSTER_TYPE, PROXY_TYPE, CACHE_TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>(Keys.prerequisites(c, ctx));
        ctx.outgoingTo(c, ConnectionKind.USES, "aws.secretsmanager.secret").forEach(u -> pre.add(u.to()));
        if (PROXY_TYPE.equals(c.type())) {
            ctx.outgoing(c, ConnectionKind.CONNECTS).forEach(u -> pre.add(u.to()));
        }
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        switch (c.type()) {
            case INSTANCE_TYPE -> instance(c, ctx, p);
            case CLUSTER_TYPE -> cluster(c, ctx, p);
            case PROXY_TYPE -> proxy(c, ctx, p);
            default -> cache(c, ctx, p);
        }
    }

    private static CodeBlock credentials(Component c, StackContext ctx, String user) {
        for (Connection u : ctx.outgoingTo(c, ConnectionKind.USES, "aws.secretsmanager.secret")) {
            if (ctx.hasVariable(u.to())) {
                ctx.handled(u);
                boolean[] attached = ctx.shared("secretAttached:" + u.to(), () -> new boolean[1]);
                if (attached[0]) {
                    // a secret attaches to one database; the others read the password from it
                    return CodeBlock.of("$T.fromPassword($S, $N.secretValueFromJson($S))", CREDENTIALS, user, ctx.var(u.to()), "password");
                }
                attached[0] = true;
                return CodeBlock.of("$T.fromSecret($N)", CREDENTIALS, ctx.var(u.to()));
            }
        }
        return CodeBlock.of("$T.fromGeneratedSecret($S)", CREDENTIALS, user);
    }

    private static void instance(Component c, StackContext ctx, Props p) {
        String engine = p.string("engine", "postgres");
        CodeBlock engineCode = instanceEngine(engine);
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("Engine", engine);
        if (engineCode == null) {
            ctx.declareNothing(c, "not exported: the CDK has no engine " + engine);
            ctx.notExported(c.id(), "aws-cdk-lib has no RDS engine " + engine);
            return;
        }
        String instanceClass = p.string("instanceClass", "db.t4g.micro");
        Call db = Call.construct(DATABASE_INSTANCE, ctx.constructId(c))
                .set("engine", engineCode)
                .set("instanceType", "new $T($S)", INSTANCE_TYPE_CLASS, instanceClass.replaceFirst("^db\\.", ""))
                .set("vpc", Network.of(ctx).vpc(c))
                .set("vpcSubnets", p.bool("publiclyAccessible", false) ? Network.publicSubnets() : Network.privateSubnets())
                .set("credentials", credentials(c, ctx, "dbadmin"))
                .number("allocatedStorage", p.integer("allocatedStorage", 20));
        key.put("DBInstanceClass", instanceClass);
        MappedSetters.apply(c, ctx, db, "AWS::RDS::DBInstance", key, "storageType");
        if (p.bool("multiAz", false)) {
            db.bool("multiAz", true);
        }
        db.bool("storageEncrypted", p.bool("storageEncrypted", false));
        Keys.key(c, ctx).ifPresent(k -> db.set("storageEncryptionKey", k));
        db.set("backupRetention", Cdk.days(p.integer("backupRetentionDays", 1)));
        if (p.bool("deletionProtection", false)) {
            db.bool("deletionProtection", true);
        }
        db.bool("publiclyAccessible", p.bool("publiclyAccessible", false));
        if (p.bool("iamAuthentication", false)) {
            db.bool("iamAuthentication", true);
        }
        if (p.bool("performanceInsights", false)) {
            db.bool("enablePerformanceInsights", true);
        }
        ctx.declare(c, DATABASE_INSTANCE, db.build());
        key.put("StorageEncrypted", p.bool("storageEncrypted", false));
        ctx.expect(c, "AWS::RDS::DBInstance", key);
    }

    private static CodeBlock instanceEngine(String engine) {
        String constant = switch (engine) {
            case "postgres" -> "POSTGRES";
            case "mysql" -> "MYSQL";
            case "mariadb" -> "MARIADB";
            case "oracle-ee" -> "ORACLE_EE";
            case "oracle-se2" -> "ORACLE_SE2";
            case "sqlserver-ex" -> "SQL_SERVER_EX";
            case "sqlserver-web" -> "SQL_SERVER_WEB";
            case "sqlserver-se" -> "SQL_SERVER_SE";
            case "sqlserver-ee" -> "SQL_SERVER_EE";
            default -> null;
        };
        if (constant == null || !org.patternboard.exporters.cdk.stack.LibraryNames.hasConstant(INSTANCE_ENGINE.canonicalName(), constant)) {
            return null;
        }
        return Cdk.constant(INSTANCE_ENGINE, constant);
    }

    private static void cluster(Component c, StackContext ctx, Props p) {
        String engine = p.string("engine", "aurora-postgresql");
        boolean serverless = p.bool("serverlessV2", false);
        String instanceClass = p.exported("instanceClass").replaceFirst("^db\\.", "");
        CodeBlock writer = serverless
                ? CodeBlock.of("$T.serverlessV2($S)", CLUSTER_INSTANCE, "writer")
                : CodeBlock.of("$T.provisioned($S, $L)", CLUSTER_INSTANCE, "writer",
                        Call.struct(PROVISIONED_PROPS).set("instanceType", "new $T($S)", INSTANCE_TYPE_CLASS, instanceClass).build());
        Call db = Call.construct(DATABASE_CLUSTER, ctx.constructId(c))
                .set("engine", clusterEngine(engine, p.string("engineVersion", "")))
                .set("writer", writer);
        long instances = p.integer("instances", 1);
        if (instances > 1) {
            List<CodeBlock> readers = new java.util.ArrayList<>();
            for (int i = 1; i < instances; i++) {
                readers.add(serverless ? CodeBlock.of("$T.serverlessV2($S)", CLUSTER_INSTANCE, "reader" + i)
                        : CodeBlock.of("$T.provisioned($S, $L)", CLUSTER_INSTANCE, "reader" + i,
                                Call.struct(PROVISIONED_PROPS).set("instanceType", "new $T($S)", INSTANCE_TYPE_CLASS, instanceClass).build()));
            }
            db.set("readers", "$T.of($L)", List.class, CodeBlock.join(readers, ", "));
        }
        if (serverless) {
            db.set("serverlessV2MinCapacity", "$L", Math.max(0.5, p.integer("minCapacity", 1)))
                    .number("serverlessV2MaxCapacity", Math.max(1, p.integer("maxCapacity", 4)));
        }
        db.set("vpc", Network.of(ctx).vpc(c)).set("vpcSubnets", Network.privateSubnets())
                .set("credentials", credentials(c, ctx, "dbadmin"))
                .bool("storageEncrypted", p.bool("storageEncrypted", false));
        Keys.key(c, ctx).ifPresent(k -> db.set("storageEncryptionKey", k));
        db.set("backup", Call.struct(BACKUP_PROPS).set("retention", Cdk.days(p.integer("backupRetentionDays", 1))).build());
        if (p.bool("deletionProtection", false)) {
            db.bool("deletionProtection", true);
        }
        if (p.bool("iamAuthentication", false)) {
            db.bool("iamAuthentication", true);
        }
        if (p.bool("dataApi", false)) {
            db.bool("enableDataApi", true);
        }
        ctx.declare(c, DATABASE_CLUSTER, db.build());
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("Engine", engine);
        key.put("StorageEncrypted", p.bool("storageEncrypted", false));
        ctx.expect(c, "AWS::RDS::DBCluster", key);
    }

    /** The engine's standard port (the CDK knows none for an unversioned engine). */
    static long defaultPort(Component db, StackContext ctx) {
        if (PROXY_TYPE.equals(db.type())) {
            for (Connection t : ctx.outgoing(db, ConnectionKind.CONNECTS)) {
                return defaultPort(ctx.component(t.to()), ctx);
            }
            String family = ctx.props(db).string("engineFamily", "POSTGRESQL");
            return "MYSQL".equals(family) ? 3306 : "SQLSERVER".equals(family) ? 1433 : 5432;
        }
        String engine = ctx.props(db).string("engine", CLUSTER_TYPE.equals(db.type()) ? "aurora-postgresql" : "postgres");
        if (engine.contains("mysql") || engine.contains("mariadb")) {
            return 3306;
        }
        if (engine.startsWith("oracle")) {
            return 1521;
        }
        if (engine.startsWith("sqlserver")) {
            return 1433;
        }
        if (engine.startsWith("db2")) {
            return 50000;
        }
        return 5432;
    }

    /** A versioned Aurora engine (the CDK needs the version to create the cluster's parameter group). */
    private static CodeBlock clusterEngine(String engine, String version) {
        boolean mysql = "aurora-mysql".equals(engine);
        String full = !version.isBlank() ? version : mysql ? "8.0.mysql_aurora.3.08.0" : "16.6";
        String major = mysql ? "8.0" : full.contains(".") ? full.substring(0, full.indexOf('.')) : full;
        ClassName props = Cdk.of("rds", mysql ? "AuroraMysqlClusterEngineProps" : "AuroraPostgresClusterEngineProps");
        ClassName versions = Cdk.of("rds", mysql ? "AuroraMysqlEngineVersion" : "AuroraPostgresEngineVersion");
        return CodeBlock.of("$T.$N($T.builder().version($T.of($S, $S)).build())", CLUSTER_ENGINE, mysql ? "auroraMysql" : "auroraPostgres",
                props, versions, full, major);
    }

    private static void proxy(Component c, StackContext ctx, Props p) {
        Connection target = ctx.outgoing(c, ConnectionKind.CONNECTS).stream()
                .filter(t -> ctx.hasVariable(t.to()) && ctx.typeOf(t.to()) != null
                        && (ctx.typeOf(t.to()).equals(DATABASE_INSTANCE) || ctx.typeOf(t.to()).equals(DATABASE_CLUSTER)))
                .findFirst().orElse(null);
        if (target == null) {
            ctx.declareNothing(c, "not exported: a proxy needs the database it connects to");
            ctx.notExported(c.id(), "an RDS proxy needs a connects connection to a database");
            return;
        }
        boolean cluster = CLUSTER_TYPE.equals(ctx.component(target.to()).type());
        String db = ctx.var(target.to());
        CodeBlock secret = null;
        for (Connection u : ctx.outgoingTo(c, ConnectionKind.USES, "aws.secretsmanager.secret")) {
            if (ctx.hasVariable(u.to())) {
                secret = ctx.ref(u.to());
                ctx.handled(u);
                break;
            }
        }
        if (secret == null) {
            secret = CodeBlock.of("$N.getSecret()", db);
        }
        Call proxy = Call.construct(DATABASE_PROXY, ctx.constructId(c))
                .set("proxyTarget", "$T.$N($N)", PROXY_TARGET, cluster ? "fromCluster" : "fromInstance", db)
                .set("secrets", "$T.of($L)", List.class, secret)
                .set("vpc", Network.of(ctx).vpc(c))
                .set("vpcSubnets", Network.privateSubnets());
        Map<String, Object> key = new LinkedHashMap<>();
        MappedSetters.apply(c, ctx, proxy, "AWS::RDS::DBProxy", key, "requireTls");
        if (p.bool("iamAuth", false)) {
            proxy.bool("iamAuth", true);
        }
        MappedSetters.apply(c, ctx, proxy, "AWS::RDS::DBProxy", key, "idleClientTimeout");
        if (p.isExplicit("maxConnectionsPercent")) {
            proxy.number("maxConnectionsPercent", p.integer("maxConnectionsPercent", 100));
        }
        if (p.bool("debugLogging", false)) {
            proxy.bool("debugLogging", true);
        }
        ctx.declare(c, DATABASE_PROXY, proxy.build());
        ctx.statement("$N.getConnections().allowFrom($N, $T.tcp($L))", db, ctx.var(c), Network.PORT, defaultPort(ctx.component(target.to()), ctx));
        ctx.handled(target);
        ctx.expect(c, "AWS::RDS::DBProxy", key);
    }

    private static void cache(Component c, StackContext ctx, Props p) {
        CodeBlock vpc = Network.of(ctx).vpc(c);
        String sg = ctx.local(Network.SECURITY_GROUP, ctx.var(c) + "SecurityGroup",
                Call.construct(Network.SECURITY_GROUP, ctx.newConstructId(ctx.constructId(c) + "SecurityGroup"))
                        .set("vpc", vpc).string("description", "Cache " + ctx.constructId(c)).build());
        String subnets = ctx.local(CACHE_SUBNET_GROUP, ctx.var(c) + "Subnets",
                Call.construct(CACHE_SUBNET_GROUP, ctx.newConstructId(ctx.constructId(c) + "Subnets"))
                        .string("description", "Subnets of " + ctx.constructId(c))
                        .set("subnetIds", "$L.selectSubnets($L).getSubnetIds()", vpc, Network.privateSubnets()).build());
        long replicas = p.integer("replicasPerNodeGroup", 0);
        boolean failover = p.bool("automaticFailover", false) && replicas > 0;
        Call rg = Call.construct(REPLICATION_GROUP, ctx.constructId(c))
                .string("replicationGroupDescription", "Cache " + ctx.constructId(c))
                .string("engine", p.string("engine", "redis"))
                .string("cacheNodeType", p.string("nodeType", "cache.t4g.micro"))
                .number("numNodeGroups", p.integer("numNodeGroups", 1))
                .number("replicasPerNodeGroup", replicas)
                .bool("automaticFailoverEnabled", failover || p.integer("numNodeGroups", 1) > 1)
                .bool("multiAzEnabled", p.bool("multiAz", false) && failover)
                .bool("atRestEncryptionEnabled", p.bool("atRestEncryption", false))
                .bool("transitEncryptionEnabled", p.bool("transitEncryption", false))
                .set("cacheSubnetGroupName", "$N.getRef()", subnets)
                .set("securityGroupIds", "$T.of($N.getSecurityGroupId())", List.class, sg);
        if (p.isSet("engineVersion")) {
            rg.string("engineVersion", p.string("engineVersion"));
        }
        if (p.integer("snapshotRetentionDays", 0) > 0) {
            rg.number("snapshotRetentionLimit", p.integer("snapshotRetentionDays", 0));
        }
        Keys.key(c, ctx).ifPresent(k -> rg.set("kmsKeyId", "$L.getKeyArn()", k));
        ctx.declare(c, REPLICATION_GROUP, rg.build());
        ctx.shared("cacheSecurityGroup:" + c.id(), () -> sg);
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("Engine", p.string("engine", "redis"));
        key.put("CacheNodeType", p.string("nodeType", "cache.t4g.micro"));
        ctx.expect(c, "AWS::ElastiCache::ReplicationGroup", key);
    }

    @Override
    public boolean wireTo(Connection conn, StackContext ctx) {
        if (conn.kind() != ConnectionKind.CONNECTS) {
            return false;
        }
        Component from = ctx.component(conn.from());
        Component to = ctx.component(conn.to());
        if (!ctx.hasVariable(to.id()) || !ctx.hasVariable(from.id())) {
            return false;
        }
        CodeBlock peer = switch (from.type()) {
            case "aws.lambda.function", "aws.ecs.fargateService", PROXY_TYPE -> ctx.ref(from);
            default -> null;
        };
        if (peer == null) {
            ctx.comment("a task's security group is chosen when it is run: open the port there");
            return true;
        }
        Long port = ctx.props(conn).integer("port");
        if (CACHE_TYPE.equals(to.type())) {
            String sg = ctx.shared("cacheSecurityGroup:" + to.id(), () -> null);
            ctx.statement("$N.getConnections().allowFrom($L, $T.tcp($L))", sg, peer, Network.PORT, port != null ? port : 6379);
        } else {
            ctx.statement("$N.getConnections().allowFrom($L, $T.tcp($L))", ctx.var(to), peer, Network.PORT,
                    port != null ? port : defaultPort(to, ctx));
        }
        if (PROXY_TYPE.equals(to.type()) && ctx.props(to).bool("iamAuth", false) && Grants.grantee(from, ctx) != null) {
            ctx.statement("$N.grantConnect($L, $S)", ctx.var(to), Grants.grantee(from, ctx), "dbadmin");
        }
        return true;
    }
}
