package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;

/** EFS file systems in the private subnets, with one access point that functions and tasks mount. */
final class EfsConstructWriter implements ConstructWriter {
    static final ClassName FILE_SYSTEM = Cdk.of("efs", "FileSystem");
    static final ClassName ACCESS_POINT = Cdk.of("efs", "AccessPoint");
    static final ClassName ACCESS_POINT_OPTIONS = Cdk.of("efs", "AccessPointOptions");
    static final ClassName ACL = Cdk.of("efs", "Acl");
    static final ClassName POSIX_USER = Cdk.of("efs", "PosixUser");
    private static final String FILE_SYSTEM_CFN = "AWS::EFS::FileSystem";

    @Override
    public List<String> types() {
        return List.of("aws.efs.fileSystem");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        return Keys.prerequisites(c, ctx);
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Map<String, Object> key = new LinkedHashMap<>();
        Call fs = Call.construct(FILE_SYSTEM, ctx.constructId(c))
                .set("vpc", Network.of(ctx).vpc(c))
                .set("vpcSubnets", Network.privateSubnets());
        MappedSetters.apply(c, ctx, fs, FILE_SYSTEM_CFN, key, "encrypted");
        Keys.key(c, ctx).ifPresent(k -> fs.set("kmsKey", k));
        MappedSetters.apply(c, ctx, fs, FILE_SYSTEM_CFN, key, "performanceMode", "throughputMode");
        if (p.isExplicit("throughputMode") && "provisioned".equals(p.string("throughputMode"))) {
            fs.set("provisionedThroughputPerSecond", "$T.mebibytes(1)", Cdk.SIZE);
        }
        if (p.isExplicit("backups")) {
            fs.bool("enableAutomaticBackups", p.bool("backups", false));
        }
        ctx.declare(c, FILE_SYSTEM, fs.build());
        ctx.expect(c, FILE_SYSTEM_CFN, key);
    }

    /** The file system's access point (declared on first use): the POSIX user and root folder mounts get. */
    static CodeBlock accessPoint(StackContext ctx, String fileSystemId) {
        String v = ctx.shared("accessPoint:" + fileSystemId, () -> {
            Component c = ctx.component(fileSystemId);
            Props p = ctx.props(c);
            String uid = String.valueOf(p.integer("posixUid", 1001));
            String gid = String.valueOf(p.integer("posixGid", 1001));
            return ctx.local(ACCESS_POINT, ctx.var(c) + "AccessPoint", CodeBlock.of("$N.addAccessPoint($S, $L)", ctx.var(c), "AccessPoint",
                    Call.struct(ACCESS_POINT_OPTIONS)
                            .string("path", p.string("accessPointPath", "/export/lambda"))
                            .set("createAcl", Call.struct(ACL).string("ownerUid", uid).string("ownerGid", gid).string("permissions", "750").build())
                            .set("posixUser", Call.struct(POSIX_USER).string("uid", uid).string("gid", gid).build())
                            .build()));
        });
        return CodeBlock.of("$N", v);
    }
}
