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

/** EFS file systems: encrypted, backed up, a mount target per private subnet and one access point. */
final class EfsEmitter implements Emitter {
    static final String FILE_SYSTEM = "aws.efs.fileSystem";
    static final long NFS_PORT = 2049;

    @Override
    public List<String> types() {
        return List.of(FILE_SYSTEM);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        Resource fs = ctx.add(c, "AWS::EFS::FileSystem").retention("Retain");
        fs.put("Encrypted", p.bool("encrypted", false) || Kms.key(ctx, c).isPresent());
        Kms.key(ctx, c).ifPresent(k -> fs.put("KmsKeyId", Fn.getAtt(ctx.id(k), "Arn")));
        MappedProperties.emit(c, fs, p, ctx, "performanceMode", "throughputMode");
        if ("provisioned".equals(p.string("throughputMode"))) {
            fs.put("ProvisionedThroughputInMibps", 1L);
        }
        MappedProperties.emit(c, fs, p, ctx, "backups");
        Network net = Network.of(ctx);
        List<Object> subnets = net.privateSubnets(c);
        for (int i = 0; i < subnets.size(); i++) {
            Resource mt = ctx.add(c, "MountTarget" + (i + 1), "AWS::EFS::MountTarget");
            mt.put("FileSystemId", Fn.ref(id));
            mt.put("SubnetId", subnets.get(i));
            mt.put("SecurityGroups", List.of(net.securityGroupId(c)));
        }
        String uid = String.valueOf(p.integer("posixUid", 1000));
        String gid = String.valueOf(p.integer("posixGid", 1000));
        Resource ap = ctx.add(c, "AccessPoint", "AWS::EFS::AccessPoint");
        ap.put("FileSystemId", Fn.ref(id));
        ap.put("PosixUser", Fn.map("Uid", uid, "Gid", gid));
        ap.put("RootDirectory", Fn.map("Path", p.string("accessPointPath"),
                "CreationInfo", Fn.map("OwnerUid", uid, "OwnerGid", gid, "Permissions", "750")));
        ctx.output(c, "Id", Fn.ref(id), "File system id");
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.getAtt(id, "Arn");
            case "accessPointArn" -> Fn.getAtt(ctx.derivedId(c, "AccessPoint"), "Arn");
            case "accessPointId" -> Fn.ref(ctx.derivedId(c, "AccessPoint"));
            case "mountTargets" -> {
                List<Object> ids = new ArrayList<>();
                for (int i = 0; i < Network.of(ctx).privateSubnets(c).size(); i++) {
                    ids.add(ctx.derivedId(c, "MountTarget" + (i + 1)));
                }
                yield ids;
            }
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("FILE_SYSTEM_ID", Fn.ref(ctx.id(c)));
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        if (conn.kind() != ConnectionKind.MOUNTS) {
            return false;
        }
        Network.of(ctx).allow(conn, ctx.component(conn.from()), ctx.component(conn.to()), NFS_PORT);
        return true;
    }
}
