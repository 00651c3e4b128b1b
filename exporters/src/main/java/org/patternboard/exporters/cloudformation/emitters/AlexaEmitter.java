package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Parameter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Alexa skills: the skill package from S3 (read with an own role), the function it invokes as its
 * endpoint, and Login with Amazon credentials read from a Secrets Manager secret by dynamic reference, so
 * no credential is ever in the template or its parameters.
 */
final class AlexaEmitter implements Emitter {
    static final String SKILL = "aws.alexa.skill";

    @Override
    public List<String> types() {
        return List.of(SKILL);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        Object bucket;
        Object key;
        String uri = p.string("skillPackageUri");
        if (uri != null && uri.startsWith("s3://") && uri.indexOf('/', 5) > 5) {
            bucket = uri.substring(5, uri.indexOf('/', 5));
            key = uri.substring(uri.indexOf('/', 5) + 1);
        } else {
            bucket = ctx.parameter(Parameter.ARTIFACT_BUCKET);
            key = ctx.parameter(c, "PackageKey", Fn.map("Type", "String", "Default", "alexa/" + id + ".zip",
                    "Description", "S3 key of the skill package of " + id + " in ArtifactBucket."));
        }
        ctx.role(c);
        ctx.iam().allowOwn(c.id(), "ReadSkillPackage", List.of("s3:GetObject"),
                List.of(Fn.concat("arn:", Fn.partition(), ":s3:::", bucket, "/", key)));
        Object vendor = p.string("vendorId") != null && !p.string("vendorId").isBlank() ? p.string("vendorId")
                : ctx.parameter(c, "VendorId", Fn.map("Type", "String", "Description", "Amazon developer vendor id of " + id + "."));
        Object secret = ctx.parameter(c, "CredentialsSecret", Fn.map("Type", "String",
                "Default", "patternboard/alexa/" + id,
                "Description", "Name of the Secrets Manager secret with clientId, clientSecret and refreshToken (Login with Amazon)."));
        Resource skill = ctx.add(c, "Alexa::ASK::Skill");
        skill.put("VendorId", vendor);
        skill.put("AuthenticationConfiguration", Fn.map(
                "ClientId", resolve(secret, "clientId"),
                "ClientSecret", resolve(secret, "clientSecret"),
                "RefreshToken", resolve(secret, "refreshToken")));
        java.util.Map<String, Object> pkg = Fn.map("S3Bucket", bucket, "S3Key", key, "S3BucketRole", ctx.roleArn(c));
        for (Connection i : ctx.outgoing(c, ConnectionKind.INVOKES)) {
            Component fn = ctx.component(i.to());
            if (!LambdaEmitter.FUNCTION.equals(fn.type())) {
                continue;
            }
            pkg.put("Overrides", Fn.map("Manifest", Fn.map("apis", Fn.map("custom", Fn.map("endpoint",
                    Fn.map("uri", Fn.getAtt(ctx.id(fn), "Arn")))))));
            break;
        }
        skill.put("SkillPackage", pkg);
        ctx.output(c, "Id", Fn.ref(id), "Skill id");
    }

    private static Object resolve(Object secretName, String field) {
        return Fn.sub("{{resolve:secretsmanager:${Name}:SecretString:" + field + "}}", Fn.map("Name", secretName));
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "skillId", "arn" -> Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.INVOKES && LambdaEmitter.FUNCTION.equals(ctx.component(conn.to()).type());
    }
}
