package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.ResourcePolicies;
import org.patternboard.exporters.cloudformation.iam.Iam;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.LogicalIds;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Secrets, KMS keys and SSM parameters. A key's policy lets the account (IAM) administer and use it, and
 * admits exactly the AWS services that write to resources encrypted with it.
 */
final class SecurityEmitter implements Emitter {
    static final String SECRET = "aws.secretsmanager.secret";
    static final String KEY = "aws.kms.key";
    static final String PARAMETER = "aws.ssm.parameter";

    @Override
    public List<String> types() {
        return List.of(SECRET, KEY, PARAMETER);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        switch (c.type()) {
            case SECRET -> emitSecret(c, ctx);
            case KEY -> {
                // written in finish, once every user of the key is known
            }
            default -> emitParameter(c, ctx);
        }
    }

    /** A generated database password with its user name, the shape RDS and proxies read. */
    static Map<String, Object> databaseSecretTemplate() {
        return Fn.map("SecretStringTemplate", "{\"username\":\"dbadmin\"}", "GenerateStringKey", "password",
                "PasswordLength", 32L, "ExcludeCharacters", "\"@/\\'");
    }

    private static void emitSecret(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource s = ctx.add(c, "AWS::SecretsManager::Secret").retention("Delete");
        if (p.string("description") != null) {
            s.put("Description", Support.description(p.string("description"), 2048));
        }
        boolean database = ctx.incoming(c, ConnectionKind.USES).stream()
                .anyMatch(u -> ctx.component(u.from()).type().startsWith("aws.rds."));
        if (p.isSet("rotationDays") && !database) {
            // hosted rotation exists for database secrets only; others need a rotation function of their own
            s.metadata("patternboard:note", "rotationDays is not exported: only a secret that a database uses gets"
                    + " Secrets Manager's hosted rotation; connect a rotation function of your own");
        }
        s.put("GenerateSecretString", database ? databaseSecretTemplate()
                : Fn.map("PasswordLength", 32L, "ExcludePunctuation", true));
        Kms.key(ctx, c).ifPresent(k -> s.put("KmsKeyId", Fn.getAtt(ctx.id(k), "Arn")));
        List<Object> regions = new ArrayList<>();
        for (Object r : p.list("replicaRegions")) {
            regions.add(Fn.map("Region", String.valueOf(r)));
        }
        if (!regions.isEmpty()) {
            s.put("ReplicaRegions", regions);
        }
        ctx.output(c, "Arn", Fn.ref(ctx.id(c)), "Secret ARN");
    }

    private static void emitParameter(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource r = ctx.add(c, "AWS::SSM::Parameter");
        String name = p.string("parameterName");
        if (name != null && !name.isBlank()) {
            r.put("Name", name);
        }
        MappedProperties.emit(c, r, p, ctx, "parameterType");
        r.put("Value", p.exported("value"));
        MappedProperties.emit(c, r, p, ctx, "tier");
        ctx.output(c, "Name", Fn.ref(ctx.id(c)), "Parameter name");
    }

    @Override
    public void finish(Component c, ExportContext ctx) {
        if (KEY.equals(c.type())) {
            emitKey(c, ctx);
        }
    }

    private static void emitKey(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource key = ctx.add(c, "AWS::KMS::Key").retention("Retain");
        key.put("Description", "Key of " + ctx.id(c));
        String spec = p.string("keySpec");
        String usage = p.string("keyUsage");
        boolean symmetric = "SYMMETRIC_DEFAULT".equals(spec) && "ENCRYPT_DECRYPT".equals(usage);
        MappedProperties.emit(c, key, p, ctx, "keySpec", "keyUsage");
        if (symmetric && p.bool("enableKeyRotation", false)) {
            key.put("EnableKeyRotation", true);
            key.put("RotationPeriodInDays", p.integer("rotationPeriodDays"));
        }
        MappedProperties.emit(c, key, p, ctx, "pendingWindowDays");
        if (p.bool("multiRegion", false)) {
            key.put("MultiRegion", true);
        }
        List<Object> statements = new ArrayList<>();
        statements.add(Fn.map(
                "Sid", "AccountAdministersAndUsesKey",
                "Effect", "Allow",
                "Principal", Fn.map("AWS", Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")),
                "Action", ctx.grants().baseline("kmsKeyAdministration"),
                "Resource", Iam.WILDCARD));
        Set<Object> services = new LinkedHashSet<>();
        boolean logs = false;
        for (Connection u : ctx.incoming(c, ConnectionKind.USES)) {
            Component user = ctx.component(u.from());
            if ("aws.logs.logGroup".equals(user.type())) {
                logs = true;
            }
            for (ResourcePolicies.ServiceStatement s : ctx.resourcePolicies().of(user)) {
                services.add(s.service());
            }
            if (SnsEmitter.TOPIC.equals(user.type())) {
                for (Connection in : ctx.incoming(user, ConnectionKind.PUBLISHES)) {
                    if ("aws.cloudwatch.alarm".equals(ctx.component(in.from()).type())) {
                        services.add("cloudwatch.amazonaws.com");
                    }
                }
            }
        }
        for (Object service : services) {
            statements.add(Fn.map(
                    "Sid", LogicalIds.sanitize(String.valueOf(service).replace(".amazonaws.com", ""), "Service") + "UsesKey",
                    "Effect", "Allow",
                    "Principal", Fn.map("Service", service),
                    "Action", ctx.grants().baseline("kmsForService"),
                    "Resource", Iam.WILDCARD,
                    "Condition", Fn.map("StringEquals", Fn.map("aws:SourceAccount", Fn.accountId()))));
        }
        if (logs) {
            statements.add(Fn.map(
                    "Sid", "LogsUsesKey",
                    "Effect", "Allow",
                    "Principal", Fn.map("Service", Fn.sub("logs.${AWS::Region}.amazonaws.com")),
                    "Action", ctx.grants().baseline("kmsForLogs"),
                    "Resource", Iam.WILDCARD,
                    "Condition", Fn.map("ArnLike", Fn.map("kms:EncryptionContext:aws:logs:arn",
                            Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*")))));
        }
        key.put("KeyPolicy", Fn.map("Version", Iam.POLICY_VERSION, "Statement", statements));
        String alias = p.string("alias");
        if (alias != null && !alias.isBlank()) {
            String name = alias.startsWith("alias/") ? alias.substring(6) : alias;
            name = name.replaceAll("[^A-Za-z0-9/_-]", "-");
            if (name.startsWith("aws/") || name.isEmpty()) {
                name = "key-" + name;
            }
            Resource a = ctx.add(c, "Alias", "AWS::KMS::Alias");
            a.put("AliasName", "alias/" + (name.length() > 240 ? name.substring(0, 240) : name));
            a.put("TargetKeyId", Fn.ref(ctx.id(c)));
        }
        ctx.output(c, "Arn", Fn.getAtt(ctx.id(c), "Arn"), "Key ARN");
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (c.type() + "/" + form) {
            case SECRET + "/arn" -> Fn.ref(id);
            case KEY + "/arn" -> Fn.getAtt(id, "Arn");
            case PARAMETER + "/arn" -> {
                String name = ctx.props(c).string("parameterName");
                yield Fn.sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter"
                        + (name != null && name.startsWith("/") ? "" : "/") + "${" + id + "}");
            }
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return switch (c.type()) {
            case SECRET -> Map.of("SECRET_ARN", Fn.ref(ctx.id(c)));
            case KEY -> Map.of("KEY_ARN", Fn.getAtt(ctx.id(c), "Arn"));
            default -> Map.of("PARAMETER_NAME", Fn.ref(ctx.id(c)));
        };
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        // resources encrypted with a key, and databases using a secret, name them in their own properties
        return conn.kind() == ConnectionKind.USES;
    }
}
