package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * RDS instances, Aurora clusters and RDS proxies in private subnets with their own security groups. Master
 * passwords live in Secrets Manager (managed by RDS, or the secret the database uses); a proxy
 * authenticates with that secret and reaches its database through a target group. Clients that connect
 * get exactly the database port opened, and rds-db:connect when IAM authentication is on.
 */
final class RdsEmitter implements Emitter {
    static final String INSTANCE = "aws.rds.dbInstance";
    static final String CLUSTER = "aws.rds.dbCluster";
    static final String PROXY = "aws.rds.dbProxy";
    private static final String MASTER_USER = "dbadmin";

    @Override
    public List<String> types() {
        return List.of(INSTANCE, CLUSTER, PROXY);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        switch (c.type()) {
            case INSTANCE -> emitInstance(c, ctx);
            case CLUSTER -> emitCluster(c, ctx);
            default -> emitProxy(c, ctx);
        }
    }

    private static Component usedSecret(ExportContext ctx, Component c) {
        for (Connection u : ctx.outgoing(c, ConnectionKind.USES)) {
            Component target = ctx.component(u.to());
            if (SecurityEmitter.SECRET.equals(target.type())) {
                return target;
            }
        }
        return null;
    }

    private static Object subnetGroup(Component c, ExportContext ctx) {
        Resource group = ctx.add(c, "SubnetGroup", "AWS::RDS::DBSubnetGroup");
        group.put("DBSubnetGroupDescription", "Private subnets of " + ctx.id(c));
        group.put("SubnetIds", Network.of(ctx).privateSubnets(c));
        return Fn.ref(group.logicalId());
    }

    /** Master credentials: the used secret (dynamic references), else managed by RDS. */
    private static void credentials(Component c, ExportContext ctx, Resource db, Props p) {
        Component secret = usedSecret(ctx, c);
        if (secret != null) {
            SecretRotation.rotate(ctx, secret, c, db.type(), p.string("engine"));
            String id = ctx.id(secret);
            db.put("MasterUsername", Fn.sub("{{resolve:secretsmanager:${" + id + "}:SecretString:username}}"));
            db.put("MasterUserPassword", Fn.sub("{{resolve:secretsmanager:${" + id + "}:SecretString:password}}"));
        } else {
            db.put("MasterUsername", MASTER_USER);
            db.put("ManageMasterUserPassword", true);
            if (!p.bool("manageMasterPassword", true)) {
                // without a secret to take the password from, RDS must manage it: a password never goes in the template
                db.metadata("patternboard:note", "manageMasterPassword is off but no secret is connected; RDS manages the password");
            }
        }
    }

    private static void emitInstance(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource db = ctx.add(c, "AWS::RDS::DBInstance").retention("Snapshot");
        String engine = p.string("engine");
        db.put("Engine", engine);
        if (p.string("engineVersion") != null) {
            db.put("EngineVersion", p.string("engineVersion"));
        }
        if (engine.startsWith("sqlserver")) {
            db.put("LicenseModel", "license-included");
        } else if (engine.startsWith("oracle") || engine.startsWith("db2")) {
            db.put("LicenseModel", "bring-your-own-license");
        }
        MappedProperties.emit(c, db, p, ctx, "instanceClass", "allocatedStorage", "storageType", "multiAz", "storageEncrypted");
        Kms.key(ctx, c).ifPresent(k -> db.put("KmsKeyId", Fn.getAtt(ctx.id(k), "Arn")));
        MappedProperties.emit(c, db, p, ctx, "backupRetentionDays", "deletionProtection", "publiclyAccessible", "iamAuthentication");
        if (p.bool("performanceInsights", false)) {
            db.put("EnablePerformanceInsights", true);
        }
        credentials(c, ctx, db, p);
        db.put("DBSubnetGroupName", subnetGroup(c, ctx));
        db.put("VPCSecurityGroups", List.of(Network.of(ctx).securityGroupId(c)));
        ctx.nag().suppress(db, "databasePortOpenToConnectionsOnly");
        ctx.output(c, "Endpoint", Fn.getAtt(ctx.id(c), "Endpoint.Address"), "Database endpoint");
    }

    private static void emitCluster(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource db = ctx.add(c, "AWS::RDS::DBCluster").retention("Snapshot");
        db.put("Engine", p.string("engine"));
        if (p.string("engineVersion") != null) {
            db.put("EngineVersion", p.string("engineVersion"));
        }
        credentials(c, ctx, db, p);
        MappedProperties.emit(c, db, p, ctx, "storageEncrypted");
        Kms.key(ctx, c).ifPresent(k -> db.put("KmsKeyId", Fn.getAtt(ctx.id(k), "Arn")));
        MappedProperties.emit(c, db, p, ctx, "backupRetentionDays", "deletionProtection", "iamAuthentication");
        boolean dataApi = p.bool("dataApi", false) || !ctx.incoming(c, ConnectionKind.INTEGRATES).isEmpty();
        if (dataApi) {
            db.put("EnableHttpEndpoint", true);
        }
        boolean serverless = p.bool("serverlessV2", false);
        if (serverless) {
            db.put("ServerlessV2ScalingConfiguration", Fn.map("MinCapacity", p.integer("minCapacity", 0),
                    "MaxCapacity", p.integer("maxCapacity", 4)));
        }
        db.put("DBSubnetGroupName", subnetGroup(c, ctx));
        db.put("VpcSecurityGroupIds", List.of(Network.of(ctx).securityGroupId(c)));
        ctx.nag().suppress(db, "databasePortOpenToConnectionsOnly");
        long instances = p.integer("instances", 1);
        for (int i = 1; i <= instances; i++) {
            // the cluster keeps the data (and its snapshot): its instances go with the stack
            Resource instance = ctx.add(c, "Instance" + i, "AWS::RDS::DBInstance").retention("Delete");
            instance.put("DBClusterIdentifier", Fn.ref(ctx.id(c)));
            instance.put("Engine", p.string("engine"));
            instance.put("DBInstanceClass", serverless ? "db.serverless" : p.exported("instanceClass"));
        }
        ctx.output(c, "Endpoint", Fn.getAtt(ctx.id(c), "Endpoint.Address"), "Cluster endpoint");
    }

    private static String engineFamily(Component c, ExportContext ctx) {
        String family = ctx.props(c).string("engineFamily");
        if (family != null) {
            return family;
        }
        for (Connection t : ctx.outgoing(c, ConnectionKind.CONNECTS)) {
            String engine = ctx.props(ctx.component(t.to())).string("engine");
            if (engine.contains("mysql") || engine.contains("mariadb")) {
                return "MYSQL";
            }
            if (engine.contains("sqlserver")) {
                return "SQLSERVER";
            }
            return "POSTGRESQL";
        }
        return "POSTGRESQL";
    }

    private static void emitProxy(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        ctx.role(c);
        Object secretArn;
        Component secret = usedSecret(ctx, c);
        List<Connection> databases = ctx.outgoing(c, ConnectionKind.CONNECTS);
        if (secret != null) {
            secretArn = Fn.ref(ctx.id(secret));
        } else if (!databases.isEmpty()) {
            secretArn = ctx.reference(ctx.component(databases.get(0).to()), "credentials");
        } else {
            Resource own = ctx.add(c, "Secret", "AWS::SecretsManager::Secret").retention("Delete");
            own.put("Description", "Database credentials for " + id);
            own.put("GenerateSecretString", SecurityEmitter.databaseSecretTemplate());
            secretArn = Fn.ref(own.logicalId());
            ctx.iam().allow(c.id(), "ReadOwnSecret", List.of("secretsmanager:GetSecretValue"), List.of(secretArn), null);
        }
        Resource proxy = ctx.add(c, "AWS::RDS::DBProxy");
        String name = id.length() > 50 ? id.substring(0, 50) : id;
        proxy.put("DBProxyName", Fn.join("-", List.of(name,
                Fn.select(0, Fn.split("-", Fn.select(2, Fn.split("/", Fn.ref("AWS::StackId"))))))));
        proxy.put("EngineFamily", engineFamily(c, ctx));
        proxy.put("Auth", List.of(Fn.map("AuthScheme", "SECRETS", "SecretArn", secretArn,
                "IAMAuth", p.bool("iamAuth", false) ? "REQUIRED" : "DISABLED")));
        proxy.put("RoleArn", ctx.roleArn(c));
        proxy.put("VpcSubnetIds", Network.of(ctx).privateSubnets(c));
        proxy.put("VpcSecurityGroupIds", List.of(Network.of(ctx).securityGroupId(c)));
        MappedProperties.emit(c, proxy, p, ctx, "requireTls", "idleClientTimeout", "debugLogging");
        List<Object> instances = new ArrayList<>();
        List<Object> clusters = new ArrayList<>();
        for (Connection t : databases) {
            Component db = ctx.component(t.to());
            (INSTANCE.equals(db.type()) ? instances : clusters).add(Fn.ref(ctx.id(db)));
        }
        if (!instances.isEmpty() || !clusters.isEmpty()) {
            Resource group = ctx.add(c, "TargetGroup", "AWS::RDS::DBProxyTargetGroup");
            group.put("DBProxyName", Fn.ref(id));
            group.put("TargetGroupName", "default");
            // a proxy target group takes instances or clusters, not both: clusters win
            if (!clusters.isEmpty()) {
                group.put("DBClusterIdentifiers", List.of(clusters.get(0)));
            } else {
                group.put("DBInstanceIdentifiers", List.of(instances.get(0)));
            }
            group.put("ConnectionPoolConfigurationInfo", Fn.map("MaxConnectionsPercent", p.integer("maxConnectionsPercent")));
        }
        ctx.output(c, "Endpoint", Fn.getAtt(id, "Endpoint"), "Proxy endpoint");
    }

    /** The port clients use. */
    static long port(ExportContext ctx, Component c) {
        String engine = PROXY.equals(c.type()) ? engineFamily(c, ctx) : ctx.props(c).string("engine");
        String e = engine.toLowerCase(java.util.Locale.ROOT);
        if (e.contains("mysql") || e.contains("mariadb")) {
            return 3306;
        }
        if (e.contains("sqlserver")) {
            return 1433;
        }
        if (e.contains("oracle")) {
            return 1521;
        }
        if (e.contains("db2")) {
            return 50000;
        }
        return 5432;
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        Component secret = usedSecret(ctx, c);
        return switch (c.type() + "/" + form) {
            case INSTANCE + "/arn" -> Fn.getAtt(id, "DBInstanceArn");
            case CLUSTER + "/arn" -> Fn.getAtt(id, "DBClusterArn");
            case PROXY + "/arn" -> Fn.getAtt(id, "DBProxyArn");
            case INSTANCE + "/endpoint", CLUSTER + "/endpoint" -> Fn.getAtt(id, "Endpoint.Address");
            case PROXY + "/endpoint" -> Fn.getAtt(id, "Endpoint");
            case INSTANCE + "/credentials", CLUSTER + "/credentials" ->
                    secret != null ? Fn.ref(ctx.id(secret)) : Fn.getAtt(id, "MasterUserSecret.SecretArn");
            case INSTANCE + "/dbUsers" -> Fn.sub("arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:${"
                    + id + ".DbiResourceId}/*");
            case CLUSTER + "/dbUsers" -> Fn.sub("arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:${"
                    + id + ".DBClusterResourceId}/*");
            case PROXY + "/dbUsers" -> Fn.sub("arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:${ProxyId}/*",
                    Fn.map("ProxyId", Fn.select(6, Fn.split(":", Fn.getAtt(id, "DBProxyArn")))));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        Map<String, Object> env = Fn.map();
        env.put("ENDPOINT", ctx.reference(c, "endpoint"));
        env.put("PORT", String.valueOf(port(ctx, c)));
        if (!PROXY.equals(c.type())) {
            env.put("SECRET_ARN", ctx.reference(c, "credentials"));
        }
        return env;
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        // credentials are part of the database or proxy; the proxy's target group is made in emitProxy
        return conn.kind() == ConnectionKind.USES
                && SecurityEmitter.SECRET.equals(ctx.component(conn.to()).type());
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        if (conn.kind() != ConnectionKind.CONNECTS) {
            return conn.kind() == ConnectionKind.INTEGRATES;
        }
        Component to = ctx.component(conn.to());
        Long port = ctx.props(conn).integer("port");
        Network.of(ctx).allow(conn, ctx.component(conn.from()), to, port != null ? port : port(ctx, to));
        return true;
    }
}
