package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.LibraryNames;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;

/** KMS keys, Secrets Manager secrets, SSM parameters and ACM certificates. */
final class SecurityConstructWriter implements ConstructWriter {
    static final ClassName KEY = Cdk.of("kms", "Key");
    static final ClassName KEY_SPEC = Cdk.of("kms", "KeySpec");
    static final ClassName KEY_USAGE = Cdk.of("kms", "KeyUsage");
    static final ClassName SECRET = Cdk.of("secretsmanager", "Secret");
    static final ClassName SECRET_STRING_GENERATOR = Cdk.of("secretsmanager", "SecretStringGenerator");
    static final ClassName REPLICA_REGION = Cdk.of("secretsmanager", "ReplicaRegion");
    static final ClassName STRING_PARAMETER = Cdk.of("ssm", "StringParameter");
    static final ClassName STRING_LIST_PARAMETER = Cdk.of("ssm", "StringListParameter");
    static final ClassName CERTIFICATE = Cdk.of("certificatemanager", "Certificate");
    static final ClassName CERTIFICATE_VALIDATION = Cdk.of("certificatemanager", "CertificateValidation");
    static final ClassName KEY_ALGORITHM = Cdk.of("certificatemanager", "KeyAlgorithm");

    @Override
    public List<String> types() {
        return List.of("aws.kms.key", "aws.secretsmanager.secret", "aws.ssm.parameter", "aws.certificatemanager.certificate");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        return Keys.prerequisites(c, ctx);
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        switch (c.type()) {
            case "aws.kms.key" -> key(c, ctx, p);
            case "aws.secretsmanager.secret" -> secret(c, ctx, p);
            case "aws.ssm.parameter" -> parameter(c, ctx, p);
            default -> certificate(c, ctx, p);
        }
    }

    private static void key(Component c, StackContext ctx, Props p) {
        Call k = Call.construct(KEY, ctx.constructId(c));
        if (p.isSet("alias")) {
            String alias = p.string("alias").replaceAll("[^A-Za-z0-9/_-]", "-");
            k.string("alias", alias.startsWith("alias/") ? alias : "alias/" + alias);
        }
        String spec = p.string("keySpec", "SYMMETRIC_DEFAULT");
        boolean symmetric = "SYMMETRIC_DEFAULT".equals(spec);
        Map<String, Object> key = new LinkedHashMap<>();
        if (!symmetric && LibraryNames.hasConstant(KEY_SPEC.canonicalName(), spec)) {
            k.set("keySpec", Cdk.constant(KEY_SPEC, spec));
            key.put("KeySpec", spec);
        }
        String usage = p.string("keyUsage", "ENCRYPT_DECRYPT");
        if (!"ENCRYPT_DECRYPT".equals(usage) && LibraryNames.hasConstant(KEY_USAGE.canonicalName(), usage)) {
            k.set("keyUsage", Cdk.constant(KEY_USAGE, usage));
        }
        if (symmetric && p.bool("enableKeyRotation", false)) {
            k.bool("enableKeyRotation", true);
            key.put("EnableKeyRotation", true);
            if (p.isSet("rotationPeriodDays")) {
                k.set("rotationPeriod", Cdk.days(p.integer("rotationPeriodDays", 365)));
            }
        }
        if (p.isSet("pendingWindowDays")) {
            k.set("pendingWindow", Cdk.days(p.integer("pendingWindowDays", 30)));
        }
        if (p.bool("multiRegion", false)) {
            k.bool("multiRegion", true);
        }
        ctx.declare(c, KEY, k.build());
        ctx.expect(c, "AWS::KMS::Key", key);
    }

    private static void secret(Component c, StackContext ctx, Props p) {
        Call s = Call.construct(SECRET, ctx.constructId(c));
        if (p.isSet("description")) {
            s.string("description", Text.cut(p.string("description"), 2048));
        }
        if (p.bool("generateSecret", false) || !ctx.design().incoming(c.id()).isEmpty()) {
            s.set("generateSecretString", Call.struct(SECRET_STRING_GENERATOR)
                    .string("secretStringTemplate", "{\"username\":\"admin\"}")
                    .string("generateStringKey", "password")
                    .string("excludeCharacters", "\"@/\\ '")
                    .build());
        }
        Keys.key(c, ctx).ifPresent(k -> s.set("encryptionKey", k));
        List<CodeBlock> replicas = new ArrayList<>();
        for (String region : p.strings("replicaRegions")) {
            if (region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                replicas.add(Call.struct(REPLICA_REGION).string("region", region).build());
            }
        }
        if (!replicas.isEmpty()) {
            s.set("replicaRegions", "$T.of($L)", List.class, CodeBlock.join(replicas, ", "));
        }
        ctx.declare(c, SECRET, s.build());
        if (p.isSet("rotationDays")) {
            ctx.comment("rotation every " + p.integer("rotationDays", 30) + " days needs a rotation function: add "
                    + ctx.var(c) + ".addRotationSchedule(...) with your function or a hosted rotation");
        }
        ctx.expect(c, "AWS::SecretsManager::Secret", Map.of());
    }

    private static void parameter(Component c, StackContext ctx, Props p) {
        boolean list = "StringList".equals(p.string("parameterType"));
        String value = p.exported("value");
        Call s = Call.construct(list ? STRING_LIST_PARAMETER : STRING_PARAMETER, ctx.constructId(c));
        if (p.isSet("parameterName")) {
            String name = p.string("parameterName").replaceAll("[^A-Za-z0-9/_.-]", "-");
            s.string("parameterName", name);
        }
        if (list) {
            List<String> values = new ArrayList<>();
            for (String v : value.split(",")) {
                values.add(v.strip());
            }
            s.set("stringListValue", org.patternboard.exporters.cdk.stack.Literals.strings(values));
        } else {
            s.string("stringValue", value);
        }
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("Type", list ? "StringList" : "String");
        MappedSetters.apply(c, ctx, s, "AWS::SSM::Parameter", key, "tier");
        ctx.declare(c, list ? STRING_LIST_PARAMETER : STRING_PARAMETER, s.build());
        ctx.expect(c, "AWS::SSM::Parameter", key);
    }

    private static void certificate(Component c, StackContext ctx, Props p) {
        String domain = p.string("domainName", "example.com");
        Call cert = Call.construct(CERTIFICATE, ctx.constructId(c)).string("domainName", domain);
        if (!p.strings("subjectAlternativeNames").isEmpty()) {
            cert.set("subjectAlternativeNames", org.patternboard.exporters.cdk.stack.Literals.strings(p.strings("subjectAlternativeNames")));
        }
        cert.set("validation", "$T.$N()", CERTIFICATE_VALIDATION, "DNS".equals(p.string("validation")) ? "fromDns" : "fromEmail");
        if (p.isExplicit("keyAlgorithm")) {
            String algorithm = switch (p.string("keyAlgorithm")) {
                case "EC_prime256v1" -> "EC_PRIME256_V1";
                case "EC_secp384r1" -> "EC_SECP384_R1";
                default -> p.string("keyAlgorithm").toUpperCase(java.util.Locale.ROOT);
            };
            if (LibraryNames.hasConstant(KEY_ALGORITHM.canonicalName(), algorithm)) {
                cert.set("keyAlgorithm", Cdk.constant(KEY_ALGORITHM, algorithm));
            }
        }
        ctx.declare(c, CERTIFICATE, cert.build());
        ctx.expect(c, "AWS::CertificateManager::Certificate", Map.of("DomainName", domain));
    }
}
