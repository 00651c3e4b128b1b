package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.LibraryNames;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** Cognito user pools and the functions they trigger ({@code pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, fn)}). */
final class CognitoConstructWriter implements ConstructWriter {
    static final ClassName USER_POOL = Cdk.of("cognito", "UserPool");
    static final ClassName FEATURE_PLAN = Cdk.of("cognito", "FeaturePlan");
    static final ClassName MFA = Cdk.of("cognito", "Mfa");
    static final ClassName MFA_SECOND_FACTOR = Cdk.of("cognito", "MfaSecondFactor");
    static final ClassName PASSWORD_POLICY = Cdk.of("cognito", "PasswordPolicy");
    static final ClassName SIGN_IN_ALIASES = Cdk.of("cognito", "SignInAliases");
    static final ClassName OPERATION = Cdk.of("cognito", "UserPoolOperation");

    @Override
    public List<String> types() {
        return List.of("aws.cognito.userPool");
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Call pool = Call.construct(USER_POOL, ctx.constructId(c));
        if (p.isExplicit("featurePlan")) {
            pool.set("featurePlan", Cdk.constant(FEATURE_PLAN, p.string("featurePlan")));
        }
        String mfa = p.string("mfa", "OFF");
        if (!"OFF".equals(mfa)) {
            pool.set("mfa", Cdk.constant(MFA, "ON".equals(mfa) ? "REQUIRED" : "OPTIONAL"))
                    .set("mfaSecondFactor", Call.struct(MFA_SECOND_FACTOR).bool("otp", true).bool("sms", false).build());
        }
        if (p.isExplicit("passwordMinLength")) {
            pool.set("passwordPolicy", Call.struct(PASSWORD_POLICY).number("minLength", p.integer("passwordMinLength", 8)).build());
        }
        pool.bool("selfSignUpEnabled", p.bool("selfSignUp", true));
        List<String> aliases = p.strings("usernameAttributes");
        if (!aliases.isEmpty()) {
            Call a = Call.struct(SIGN_IN_ALIASES);
            if (aliases.contains("email")) {
                a.bool("email", true);
            }
            if (aliases.contains("phone_number")) {
                a.bool("phone", true);
            }
            if (!a.isEmpty()) {
                pool.set("signInAliases", a.build());
            }
        }
        if (p.bool("deletionProtection", false)) {
            pool.bool("deletionProtection", true);
        }
        ctx.declare(c, USER_POOL, pool.build());
        ctx.expect(c, "AWS::Cognito::UserPool", Map.of());
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component pool = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (conn.kind() == ConnectionKind.TRIGGERS && "aws.lambda.function".equals(target.type()) && ctx.hasVariable(target.id())) {
            String trigger = ctx.props(conn).string("trigger", "PreSignUp");
            if (trigger.startsWith("Custom") && trigger.endsWith("Sender")) {
                ctx.comment("custom sender triggers need a KMS key on the pool (customSenderKmsKey); not exported");
                return true;
            }
            String constant = LibraryNames.upperSnake(trigger);
            if (!LibraryNames.hasConstant(OPERATION.canonicalName(), constant)) {
                constant = "PRE_SIGN_UP";
            }
            ctx.statement("$N.addTrigger($T.$N, $N)", ctx.var(pool), OPERATION, constant, ctx.var(target));
            return true;
        }
        if (conn.kind() == ConnectionKind.AUTHORIZES) {
            return true; // the API declares its authorizer with this pool
        }
        return false;
    }
}
