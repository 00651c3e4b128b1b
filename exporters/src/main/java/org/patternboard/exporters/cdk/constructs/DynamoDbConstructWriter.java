package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;

/** DynamoDB tables: keys, billing, streams (on when something is triggered by the table), TTL, indexes, encryption. */
final class DynamoDbConstructWriter implements ConstructWriter {
    static final ClassName TABLE = Cdk.of("dynamodb", "Table");
    static final ClassName ATTRIBUTE = Cdk.of("dynamodb", "Attribute");
    static final ClassName ATTRIBUTE_TYPE = Cdk.of("dynamodb", "AttributeType");
    static final ClassName STREAM_VIEW_TYPE = Cdk.of("dynamodb", "StreamViewType");
    static final ClassName TABLE_ENCRYPTION = Cdk.of("dynamodb", "TableEncryption");
    static final ClassName GSI_PROPS = Cdk.of("dynamodb", "GlobalSecondaryIndexProps");
    static final ClassName PROJECTION_TYPE = Cdk.of("dynamodb", "ProjectionType");

    @Override
    public List<String> types() {
        return List.of("aws.dynamodb.table");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        return Keys.prerequisites(c, ctx);
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Map<String, Object> key = new LinkedHashMap<>();
        Call t = Call.construct(TABLE, ctx.constructId(c))
                .set("partitionKey", attribute(p.exported("partitionKey"), p.string("partitionKeyType", "S")));
        if (p.isSet("sortKey")) {
            t.set("sortKey", attribute(p.string("sortKey"), p.string("sortKeyType", "S")));
        }
        String billing = p.string("billingMode", "PROVISIONED");
        // the CDK's own default is provisioned 5/5; state the mode so the table is what the design says. Not a
        // mapped setter: aws-cdk-lib writes no BillingMode for a provisioned table (CloudFormation's default)
        t.set("billingMode", Cdk.constant(Cdk.of("dynamodb", "BillingMode"), billing));
        if (!"PROVISIONED".equals(billing)) {
            key.put("BillingMode", billing);
        }
        if ("PROVISIONED".equals(billing)) {
            t.number("readCapacity", p.integer("readCapacity", 5)).number("writeCapacity", p.integer("writeCapacity", 5));
        }
        MappedSetters.apply(c, ctx, t, "AWS::DynamoDB::Table", key, "tableClass");
        String stream = p.string("stream", "NONE");
        boolean triggers = !ctx.outgoing(c, ConnectionKind.TRIGGERS).isEmpty()
                || !ctx.incomingFrom(c, ConnectionKind.INTEGRATES, "aws.pipes.pipe").isEmpty();
        if ("NONE".equals(stream) && triggers) {
            stream = "NEW_AND_OLD_IMAGES";
        }
        if (!"NONE".equals(stream)) {
            t.set("stream", Cdk.constant(STREAM_VIEW_TYPE, stream));
            key.put("StreamSpecification", Map.of("StreamViewType", stream));
        }
        if (p.isExplicit("pointInTimeRecovery")) {
            // pointInTimeRecoverySpecification: the boolean pointInTimeRecovery is deprecated (a warning at every synth)
            t.set("pointInTimeRecoverySpecification", Call.struct(Cdk.of("dynamodb", "PointInTimeRecoverySpecification"))
                    .bool("pointInTimeRecoveryEnabled", p.bool("pointInTimeRecovery", false)).build());
            if (p.bool("pointInTimeRecovery", false)) {
                key.put("PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true));
            }
        }
        if (p.isSet("ttlAttribute")) {
            t.string("timeToLiveAttribute", p.string("ttlAttribute"));
        }
        Optional<CodeBlock> kmsKey = Keys.key(c, ctx);
        if (kmsKey.isPresent()) {
            t.set("encryption", Cdk.constant(TABLE_ENCRYPTION, "CUSTOMER_MANAGED")).set("encryptionKey", kmsKey.get());
        } else if (p.isExplicit("encryption") && !"AWS_OWNED".equals(p.string("encryption"))) {
            t.set("encryption", Cdk.constant(TABLE_ENCRYPTION, "AWS_MANAGED"));
        }
        if (p.bool("deletionProtection", false)) {
            t.bool("deletionProtection", true);
        }
        ctx.declare(c, TABLE, t.build());
        ctx.expect(c, "AWS::DynamoDB::Table", key);
        if (p.value("globalSecondaryIndexes") instanceof List<?> indexes) {
            for (Object o : indexes) {
                if (o instanceof Map<?, ?> index && index.get("name") != null && index.get("partitionKey") != null) {
                    Call gsi = Call.struct(GSI_PROPS)
                            .string("indexName", String.valueOf(index.get("name")))
                            .set("partitionKey", attribute(String.valueOf(index.get("partitionKey")),
                                    String.valueOf(index.get("partitionKeyType") == null ? "S" : index.get("partitionKeyType"))));
                    if (index.get("sortKey") != null) {
                        gsi.set("sortKey", attribute(String.valueOf(index.get("sortKey")),
                                String.valueOf(index.get("sortKeyType") == null ? "S" : index.get("sortKeyType"))));
                    }
                    String projection = String.valueOf(index.get("projection") == null ? "ALL" : index.get("projection"));
                    gsi.set("projectionType", Cdk.constant(PROJECTION_TYPE, List.of("ALL", "KEYS_ONLY").contains(projection) ? projection : "ALL"));
                    if ("PROVISIONED".equals(billing)) {
                        gsi.number("readCapacity", p.integer("readCapacity", 5)).number("writeCapacity", p.integer("writeCapacity", 5));
                    }
                    ctx.statement("$N.addGlobalSecondaryIndex($L)", ctx.var(c), gsi.build());
                }
            }
        }
    }

    static CodeBlock attribute(String name, String type) {
        String t = switch (type) {
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            default -> "STRING";
        };
        return Call.struct(ATTRIBUTE).string("name", name).set("type", Cdk.constant(ATTRIBUTE_TYPE, t)).build();
    }
}
