package org.patternboard.exporters.cloudformation.emitters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.design.Component;

/**
 * Rotation of a database's secret ({@code rotationDays}) with Secrets Manager's hosted rotation function: the
 * secret is attached to the database, a rotation schedule names the engine's rotation type
 * ({@code hosted-rotation.json}), and the function runs in the database's private subnets and security group,
 * which admits it on the database port and reaches Secrets Manager through an interface endpoint.
 */
final class SecretRotation {
    static final String RESOURCE = "patternboard/cloudformation/hosted-rotation.json";
    private static final Table TABLE = Table.load();

    private record Table(String transform, Map<String, String> rotationTypes) {
        static Table load() {
            try (InputStream in = SecretRotation.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                JsonNode root = new ObjectMapper().readTree(in);
                Map<String, String> types = new TreeMap<>();
                root.path("rotationTypes").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().asText()));
                return new Table(root.path("transform").asText(), Map.copyOf(types));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private SecretRotation() {
    }

    /** The hosted rotation type for an engine: the entry with the longest matching prefix. */
    static Optional<String> rotationType(String engine) {
        String e = engine == null ? "" : engine.toLowerCase(java.util.Locale.ROOT);
        return TABLE.rotationTypes().entrySet().stream().filter(t -> e.startsWith(t.getKey()))
                .max(java.util.Comparator.comparingInt(t -> t.getKey().length())).map(Map.Entry::getValue);
    }

    /**
     * Rotates {@code secret} every {@code rotationDays} days for the database {@code db} (its primary resource of
     * {@code dbType}); false when the engine has no hosted rotation.
     */
    static boolean rotate(ExportContext ctx, Component secret, Component db, String dbType, String engine) {
        Optional<String> type = rotationType(engine);
        Long days = ctx.props(secret).integer("rotationDays");
        if (type.isEmpty() || days == null) {
            return false;
        }
        java.util.Set<String> rotated = ctx.state(SecretRotation.class, java.util.HashSet<String>::new);
        if (!rotated.add(secret.id())) {
            return true; // one rotation per secret: the first database that uses it
        }
        Network net = Network.of(ctx);
        Resource attachment = ctx.add(secret, "Attachment", "AWS::SecretsManager::SecretTargetAttachment");
        attachment.put("SecretId", Fn.ref(ctx.id(secret)));
        attachment.put("TargetId", Fn.ref(ctx.id(db)));
        attachment.put("TargetType", dbType);
        Map<String, Object> hosted = Fn.map("RotationType", type.get(),
                "VpcSubnetIds", Fn.join(",", net.privateSubnets(db)),
                "VpcSecurityGroupIds", net.securityGroupId(db));
        Kms.key(ctx, secret).ifPresent(k -> hosted.put("KmsKeyArn", Fn.getAtt(ctx.id(k), "Arn")));
        Resource schedule = ctx.add(secret, "Rotation", "AWS::SecretsManager::RotationSchedule");
        schedule.put("SecretId", Fn.ref(attachment.logicalId()));
        schedule.put("HostedRotationLambda", hosted);
        schedule.put("RotationRules", Fn.map("AutomaticallyAfterDays", days));
        net.allowWithinGroup(db, "RotationIngress", RdsEmitter.port(ctx, db),
                "Secrets Manager rotation of " + ctx.id(secret));
        net.interfaceEndpoint(db, "secretsmanager");
        ctx.template().transform(TABLE.transform());
        return true;
    }
}
