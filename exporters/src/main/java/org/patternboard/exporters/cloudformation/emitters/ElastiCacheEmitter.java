package org.patternboard.exporters.cloudformation.emitters;

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

/** ElastiCache (Redis OSS, Valkey) replication groups in private subnets, encrypted at rest and in transit. */
final class ElastiCacheEmitter implements Emitter {
    static final String GROUP = "aws.elasticache.replicationGroup";
    static final long PORT = 6379;

    @Override
    public List<String> types() {
        return List.of(GROUP);
    }

    static boolean clusterMode(Props p) {
        return p.integer("numNodeGroups", 1) > 1;
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource subnets = ctx.add(c, "SubnetGroup", "AWS::ElastiCache::SubnetGroup");
        subnets.put("Description", "Private subnets of " + ctx.id(c));
        subnets.put("SubnetIds", Network.of(ctx).privateSubnets(c));
        Resource rg = ctx.add(c, "AWS::ElastiCache::ReplicationGroup").retention("Snapshot");
        rg.put("ReplicationGroupDescription", "Replication group of " + ctx.id(c));
        MappedProperties.emit(c, rg, p, ctx, "engine", "engineVersion", "nodeType", "numNodeGroups");
        long replicas = p.integer("replicasPerNodeGroup", 0);
        if (p.isSet("replicasPerNodeGroup")) {
            MappedProperties.emit(c, rg, p, ctx, "replicasPerNodeGroup");
        }
        boolean multiAz = p.bool("multiAz", false) && replicas > 0;
        boolean failover = p.bool("automaticFailover", false) || multiAz || clusterMode(p);
        rg.put("MultiAZEnabled", multiAz);
        rg.put("AutomaticFailoverEnabled", failover && (replicas > 0 || clusterMode(p)));
        MappedProperties.emit(c, rg, p, ctx, "atRestEncryption", "transitEncryption");
        Kms.key(ctx, c).ifPresent(k -> rg.put("KmsKeyId", Fn.getAtt(ctx.id(k), "Arn")));
        if (p.integer("snapshotRetentionDays", 0) > 0) {
            MappedProperties.emit(c, rg, p, ctx, "snapshotRetentionDays");
        }
        rg.put("CacheSubnetGroupName", Fn.ref(subnets.logicalId()));
        rg.put("SecurityGroupIds", List.of(Network.of(ctx).securityGroupId(c)));
        ctx.output(c, "Endpoint", ctx.reference(c, "endpoint"), "Cache endpoint");
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.sub("arn:${AWS::Partition}:elasticache:${AWS::Region}:${AWS::AccountId}:replicationgroup:${" + id + "}");
            case "memberId" -> Fn.concat(Fn.ref(id), "-001");
            case "endpoint" -> clusterMode(ctx.props(c)) ? Fn.getAtt(id, "ConfigurationEndPoint.Address")
                    : Fn.getAtt(id, "PrimaryEndPoint.Address");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("ENDPOINT", ctx.reference(c, "endpoint"));
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        if (conn.kind() != ConnectionKind.CONNECTS) {
            return false;
        }
        Long port = ctx.props(conn).integer("port");
        Network.of(ctx).allow(conn, ctx.component(conn.from()), ctx.component(conn.to()), port != null ? port : PORT);
        return true;
    }
}
