package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** DynamoDB tables: keys, indexes, capacity, streams (on when something is triggered by the table), backups. */
final class DynamoDbEmitter implements Emitter {
    static final String TABLE = "aws.dynamodb.table";

    @Override
    public List<String> types() {
        return List.of(TABLE);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource t = ctx.add(c, "AWS::DynamoDB::Table").retention("Retain");
        Map<String, String> attributes = new LinkedHashMap<>();
        String pk = p.exported("partitionKey");
        attributes.put(pk, p.string("partitionKeyType"));
        List<Object> keySchema = new ArrayList<>(List.of(Fn.map("AttributeName", pk, "KeyType", "HASH")));
        String sk = p.string("sortKey");
        if (sk != null && !sk.isEmpty()) {
            attributes.putIfAbsent(sk, p.string("sortKeyType"));
            keySchema.add(Fn.map("AttributeName", sk, "KeyType", "RANGE"));
        }
        boolean provisioned = "PROVISIONED".equals(p.string("billingMode"));
        List<Object> indexes = new ArrayList<>();
        Object gsis = p.value("globalSecondaryIndexes");
        if (gsis instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> gsi) || gsi.get("name") == null || gsi.get("partitionKey") == null) {
                    continue;
                }
                String ipk = String.valueOf(gsi.get("partitionKey"));
                attributes.putIfAbsent(ipk, String.valueOf(gsi.get("partitionKeyType") == null ? "S" : gsi.get("partitionKeyType")));
                List<Object> schema = new ArrayList<>(List.of(Fn.map("AttributeName", ipk, "KeyType", "HASH")));
                if (gsi.get("sortKey") != null) {
                    String isk = String.valueOf(gsi.get("sortKey"));
                    attributes.putIfAbsent(isk, String.valueOf(gsi.get("sortKeyType") == null ? "S" : gsi.get("sortKeyType")));
                    schema.add(Fn.map("AttributeName", isk, "KeyType", "RANGE"));
                }
                Map<String, Object> index = Fn.map(
                        "IndexName", String.valueOf(gsi.get("name")),
                        "KeySchema", schema,
                        "Projection", Fn.map("ProjectionType",
                                gsi.get("projection") == null ? "ALL" : String.valueOf(gsi.get("projection"))));
                if (provisioned) {
                    index.put("ProvisionedThroughput", throughput(p));
                }
                indexes.add(index);
            }
        }
        List<Object> definitions = new ArrayList<>();
        attributes.forEach((name, type) -> definitions.add(Fn.map("AttributeName", name, "AttributeType", type)));
        t.put("AttributeDefinitions", definitions);
        t.put("KeySchema", keySchema);
        MappedProperties.emit(c, t, p, ctx, "billingMode");
        if (provisioned) {
            t.put("ProvisionedThroughput", throughput(p));
        }
        if (!indexes.isEmpty()) {
            t.put("GlobalSecondaryIndexes", indexes);
        }
        if (!"STANDARD".equals(p.string("tableClass"))) {
            MappedProperties.emit(c, t, p, ctx, "tableClass");
        }
        String stream = streamView(c, ctx);
        if (stream != null) {
            t.put("StreamSpecification", Fn.map("StreamViewType", stream));
        }
        MappedProperties.emit(c, t, p, ctx, "pointInTimeRecovery");
        if (p.string("ttlAttribute") != null && !p.string("ttlAttribute").isEmpty()) {
            t.put("TimeToLiveSpecification", Fn.map("AttributeName", p.string("ttlAttribute"), "Enabled", true));
        }
        var key = Kms.key(ctx, c);
        if (key.isPresent() || "CUSTOMER_MANAGED".equals(p.string("encryption"))) {
            Map<String, Object> sse = Fn.map("SSEEnabled", true, "SSEType", "KMS");
            key.ifPresent(k -> sse.put("KMSMasterKeyId", Fn.getAtt(ctx.id(k), "Arn")));
            t.put("SSESpecification", sse);
        } else if ("AWS_MANAGED".equals(p.string("encryption"))) {
            t.put("SSESpecification", Fn.map("SSEEnabled", true));
        }
        MappedProperties.emit(c, t, p, ctx, "deletionProtection");
        ctx.output(c, "Name", Fn.ref(ctx.id(c)), "Table name");
    }

    /** The stream view: as set, or new and old images when the table triggers something. */
    static String streamView(Component c, ExportContext ctx) {
        String stream = ctx.props(c).string("stream");
        boolean triggers = !ctx.outgoing(c, ConnectionKind.TRIGGERS).isEmpty();
        if (stream != null && !"NONE".equals(stream)) {
            return stream;
        }
        return triggers ? "NEW_AND_OLD_IMAGES" : null;
    }

    private static Map<String, Object> throughput(Props p) {
        return Fn.map("ReadCapacityUnits", p.integer("readCapacity", 5), "WriteCapacityUnits", p.integer("writeCapacity", 5));
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.getAtt(id, "Arn");
            case "indexes" -> Fn.concat(Fn.getAtt(id, "Arn"), "/index/*");
            case "streamArn" -> Fn.getAtt(id, "StreamArn");
            case "name" -> Fn.ref(id);
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("NAME", Fn.ref(ctx.id(c)));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return false;
    }
}
