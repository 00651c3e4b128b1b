package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.iam.Iam;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Cognito user pools with a strong password policy, Lambda triggers, and the app clients and hosted
 * domain that the APIs and load balancers they authorize need (created when first needed).
 */
final class CognitoEmitter implements Emitter {
    static final String USER_POOL = "aws.cognito.userPool";
    private static final List<String> SENDERS = List.of("CustomEmailSender", "CustomSMSSender");

    @Override
    public List<String> types() {
        return List.of(USER_POOL);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource pool = ctx.add(c, "AWS::Cognito::UserPool").retention("Retain");
        MappedProperties.emit(c, pool, p, ctx, "featurePlan", "mfa");
        String mfa = p.string("mfa");
        if (!"OFF".equals(mfa)) {
            pool.put("EnabledMfas", List.of("SOFTWARE_TOKEN_MFA"));
        }
        pool.put("Policies", Fn.map("PasswordPolicy", Fn.map(
                "MinimumLength", p.integer("passwordMinLength"),
                "RequireLowercase", true, "RequireUppercase", true, "RequireNumbers", true, "RequireSymbols", true)));
        MappedProperties.emit(c, pool, p, ctx, "selfSignUp");
        List<Object> usernames = p.list("usernameAttributes");
        if (!usernames.isEmpty()) {
            MappedProperties.emit(c, pool, p, ctx, "usernameAttributes");
            pool.put("AutoVerifiedAttributes", usernames);
        }
        if (!"OFF".equals(p.string("advancedSecurity")) && "PLUS".equals(p.string("featurePlan"))) {
            MappedProperties.emit(c, pool, p, ctx, "advancedSecurity");
        }
        MappedProperties.emit(c, pool, p, ctx, "deletionProtection");
        Map<String, Object> lambdaConfig = Fn.map();
        for (Connection t : ctx.outgoing(c, ConnectionKind.TRIGGERS)) {
            String trigger = ctx.props(t).string("trigger", "PreSignUp");
            if (lambdaConfig.containsKey(trigger)) {
                continue;
            }
            Object arn = Fn.getAtt(ctx.id(t.to()), "Arn");
            if (SENDERS.contains(trigger)) {
                lambdaConfig.put(trigger, Fn.map("LambdaArn", arn, "LambdaVersion", "V1_0"));
                lambdaConfig.putIfAbsent("KMSKeyID", Fn.getAtt(senderKey(c, ctx), "Arn"));
            } else {
                lambdaConfig.put(trigger, arn);
            }
        }
        if (!lambdaConfig.isEmpty()) {
            pool.put("LambdaConfig", lambdaConfig);
        }
        ctx.output(c, "Id", Fn.ref(ctx.id(c)), "User pool id");
    }

    /** Custom sender triggers need a key Cognito encrypts codes with. */
    private static String senderKey(Component c, ExportContext ctx) {
        return ctx.state("sender-key/" + c.id(), () -> {
            Resource key = ctx.add(c, "SenderKey", "AWS::KMS::Key").retention("Retain");
            key.put("Description", "Key for the custom sender triggers of " + ctx.id(c));
            key.put("EnableKeyRotation", true);
            key.put("KeyPolicy", Fn.map("Version", Iam.POLICY_VERSION, "Statement", List.of(Fn.map(
                    "Sid", "AccountAdministersAndUsesKey",
                    "Effect", "Allow",
                    "Principal", Fn.map("AWS", Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")),
                    "Action", ctx.grants().baseline("kmsKeyAdministration"),
                    "Resource", Iam.WILDCARD))));
            return key.logicalId();
        });
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return reference(c, form, null, ctx);
    }

    @Override
    public Object reference(Component c, String form, Connection via, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn", "wafArn" -> Fn.getAtt(id, "Arn");
            case "id" -> Fn.ref(id);
            case "issuer" -> Fn.sub("https://cognito-idp.${AWS::Region}.amazonaws.com/${" + id + "}");
            case "clientId" -> Fn.ref(client(c, ctx));
            case "albClientId" -> Fn.ref(albClient(c, via, ctx));
            case "domain" -> Fn.ref(domain(c, ctx));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    private static String client(Component c, ExportContext ctx) {
        return ctx.state("client/" + c.id(), () -> {
            Resource client = ctx.add(c, "Client", "AWS::Cognito::UserPoolClient");
            client.put("UserPoolId", Fn.ref(ctx.id(c)));
            client.put("GenerateSecret", false);
            client.put("ExplicitAuthFlows", List.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"));
            client.put("PreventUserExistenceErrors", "ENABLED");
            return client.logicalId();
        });
    }

    private static String albClient(Component c, Connection via, ExportContext ctx) {
        Component alb = ctx.component(via.to());
        return ctx.state("alb-client/" + c.id() + "/" + alb.id(), () -> {
            Resource client = ctx.add(via, "Client", "AWS::Cognito::UserPoolClient");
            client.put("UserPoolId", Fn.ref(ctx.id(c)));
            client.put("GenerateSecret", true);
            client.put("AllowedOAuthFlowsUserPoolClient", true);
            client.put("AllowedOAuthFlows", List.of("code"));
            client.put("AllowedOAuthScopes", List.of("openid"));
            client.put("SupportedIdentityProviders", List.of("COGNITO"));
            client.put("CallbackURLs", List.of(Fn.sub("https://${" + ctx.id(alb) + ".DNSName}/oauth2/idpresponse")));
            return client.logicalId();
        });
    }

    /** A hosted domain with a prefix no one else has: derived from the stack's unique id. */
    private static String domain(Component c, ExportContext ctx) {
        return ctx.state("domain/" + c.id(), () -> {
            Resource domain = ctx.add(c, "Domain", "AWS::Cognito::UserPoolDomain");
            domain.put("UserPoolId", Fn.ref(ctx.id(c)));
            domain.put("Domain", Fn.concat("auth-", Fn.select(2, Fn.split("/", Fn.ref("AWS::StackId")))));
            return domain.logicalId();
        });
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("USER_POOL_ID", Fn.ref(ctx.id(c)));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.TRIGGERS;
    }
}
