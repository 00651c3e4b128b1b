package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
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
 * Alexa skills ({@code CfnSkill}): the skill package is a folder of the project uploaded as an asset, the
 * Login with Amazon credentials come from a Secrets Manager secret (dynamic references, never in the template),
 * and the function it invokes becomes the skill's endpoint, with the permission Alexa needs to call it.
 */
final class AlexaConstructWriter implements ConstructWriter {
    static final ClassName SKILL = ClassName.get(Cdk.BASE + ".alexa.ask", "CfnSkill");
    static final ClassName ASSET = ClassName.get(Cdk.BASE + ".services.s3.assets", "Asset");
    static final ClassName SECRET_VALUE = Cdk.core("SecretValue");
    static final ClassName SECRET_OPTIONS = Cdk.core("SecretsManagerSecretOptions");

    @Override
    public List<String> types() {
        return List.of("aws.alexa.skill");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.outgoingTo(c, ConnectionKind.INVOKES, "aws.lambda.function").forEach(i -> pre.add(i.to()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String folder = Assets.folder(ctx, c, "alexa", p.string("skillPackageUri"));
        ctx.file(folder + "/skill.json", manifest(p, c.name()));
        String role = ServiceRoles.role(ctx, c, "alexa-appkit.amazon.com");
        String asset = ctx.local(ASSET, ctx.var(c) + "Package", Call.construct(ASSET, ctx.newConstructId(ctx.constructId(c) + "Package"))
                .set("path", ctx.projectPath(folder)).build());
        ctx.statement("$N.grantRead($N)", asset, role);
        String secret = "patternboard/alexa/" + Assets.kebab(ctx.constructId(c));
        Call pkg = Call.struct(ClassName.get(Cdk.BASE + ".alexa.ask", "CfnSkill", "SkillPackageProperty"))
                .set("s3Bucket", "$N.getS3BucketName()", asset)
                .set("s3Key", "$N.getS3ObjectKey()", asset)
                .set("s3BucketRole", "$N.getRoleArn()", role);
        Connection endpoint = ctx.outgoingTo(c, ConnectionKind.INVOKES, "aws.lambda.function").stream()
                .filter(i -> ctx.hasVariable(i.to())).findFirst().orElse(null);
        if (endpoint != null) {
            pkg.set("overrides", Call.struct(ClassName.get(Cdk.BASE + ".alexa.ask", "CfnSkill", "OverridesProperty"))
                    .set("manifest", "$T.of($S, $T.of($S, $T.of($S, $T.of($S, $N.getFunctionArn()))))", Map.class, "apis", Map.class,
                            "custom", Map.class, "endpoint", Map.class, "uri", ctx.var(endpoint.to())).build());
        }
        Call skill = Call.construct(SKILL, ctx.constructId(c))
                .string("vendorId", p.string("vendorId", "REPLACE_WITH_VENDOR_ID"))
                .set("authenticationConfiguration", Call.struct(ClassName.get(Cdk.BASE + ".alexa.ask", "CfnSkill", "AuthenticationConfigurationProperty"))
                        .set("clientId", credential(secret, "clientId"))
                        .set("clientSecret", credential(secret, "clientSecret"))
                        .set("refreshToken", credential(secret, "refreshToken")).build())
                .set("skillPackage", pkg.build());
        ctx.declare(c, SKILL, skill.build());
        ctx.expect(c, "Alexa::ASK::Skill", Map.of());
        if (endpoint != null) {
            ctx.statement("$N.addPermission($S, $T.builder().principal(new $T($S)).eventSourceToken($N.getRef()).build())",
                    ctx.var(endpoint.to()), "Alexa" + ctx.constructId(c), Cdk.of("lambda", "Permission"),
                    FirehoseConstructWriter.SERVICE_PRINCIPAL, "alexa-appkit.amazon.com", ctx.var(c));
            ctx.handled(endpoint);
        }
    }

    private static CodeBlock credential(String secret, String field) {
        return CodeBlock.of("$T.secretsManager($S, $T.builder().jsonField($S).build()).unsafeUnwrap()", SECRET_VALUE, secret,
                SECRET_OPTIONS, field);
    }

    private static String manifest(Props p, String name) {
        String skillName = p.string("skillName", name).replace("\\", "").replace("\"", "'");
        String locale = p.string("locale", "en-US").replaceAll("[^A-Za-z-]", "");
        return "{\n  \"manifest\": {\n    \"publishingInformation\": {\n      \"locales\": {\n        \"" + locale
                + "\": {\"name\": \"" + skillName + "\", \"summary\": \"Generated by Patternboard\"}\n      }\n    },\n"
                + "    \"apis\": {\"custom\": {}},\n    \"manifestVersion\": \"1.0\"\n  }\n}\n";
    }
}
