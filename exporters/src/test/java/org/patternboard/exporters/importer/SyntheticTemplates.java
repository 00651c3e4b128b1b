package org.patternboard.exporters.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Benchmark inputs for the importer: a realistic CloudFormation template of exactly N resources.
 *
 * <p>It is built from small serverless units (a function with its role and log group; a queue with its
 * dead-letter queue and event source mapping; a topic with a Lambda subscription and permission; a
 * schedule rule and an HTTP API invoking a function; tables; buckets), wired with Ref, GetAtt and Sub
 * (some with a variable map), with a Stage parameter, an IsProd condition used through Fn::If, and
 * Outputs. The same (resources, seed) always gives the same text. cfn-lint accepts it with no errors up
 * to CloudFormation's limit of 500 resources; above that it reports only E3010 (too many resources).
 */
public final class SyntheticTemplates {
    private static final String[] WORDS = {"Orders", "Payments", "Billing", "Invoices", "Users", "Catalog",
            "Inventory", "Shipping", "Reviews", "Search", "Reports", "Audit", "Media", "Alerts", "Profiles"};
    private static final int MAX_OUTPUTS = 60;

    private SyntheticTemplates() {
    }

    /** A YAML template (short-form tags, block-scalar inline code) of exactly {@code resources} resources. */
    public static String generate(int resources, long seed) {
        if (resources < 1) {
            throw new IllegalArgumentException("a template needs at least one resource: " + resources);
        }
        return dump(new Builder(new Random(seed)).build(resources));
    }

    /** Prints a template: {@code SyntheticTemplates N [seed]}, e.g. to check it with cfn-lint. */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        System.out.print(generate(n, seed));
    }

    /** A short-form intrinsic function: {@code !Ref x}, {@code !GetAtt x.Arn}, {@code !Sub [...]}. */
    record Intrinsic(String tag, Object value) {
    }

    static Intrinsic ref(String name) {
        return new Intrinsic("!Ref", name);
    }

    static Intrinsic getAtt(String name, String attribute) {
        return new Intrinsic("!GetAtt", name + "." + attribute);
    }

    static Intrinsic sub(Object value) {
        return new Intrinsic("!Sub", value);
    }

    static Intrinsic ifProd(Object then, Object otherwise) {
        return new Intrinsic("!If", List.of("IsProd", then, otherwise));
    }

    /** Chooses units at random until exactly the requested number of resources is declared. */
    private static final class Builder {
        private final Random random;
        private final Map<String, Object> resources = new LinkedHashMap<>();
        private final Map<String, Object> outputs = new LinkedHashMap<>();
        private final List<String> functions = new ArrayList<>();
        private final List<String> tables = new ArrayList<>();
        private final List<String> buckets = new ArrayList<>();
        private final Map<String, List<Object>> roleStatements = new LinkedHashMap<>();
        private int units;

        Builder(Random random) {
            this.random = random;
        }

        Map<String, Object> build(int count) {
            while (resources.size() < count) {
                int left = count - resources.size();
                String name = WORDS[random.nextInt(WORDS.length)] + (++units);
                int pick = random.nextInt(10);
                boolean wired = !functions.isEmpty(); // queues, topics, rules and APIs invoke a function
                if (left >= 3 && (!wired || pick < 3)) {
                    function(name);
                } else if (wired && left >= 3 && pick < 5) {
                    queue(name);
                } else if (wired && left >= 3 && pick < 6) {
                    topic(name);
                } else if (wired && left >= 2 && pick < 7) {
                    rule(name);
                } else if (wired && left >= 2 && pick < 8) {
                    api(name);
                } else if (pick % 2 == 0) {
                    table(name);
                } else {
                    bucket(name);
                }
            }
            Map<String, Object> template = new LinkedHashMap<>();
            template.put("AWSTemplateFormatVersion", "2010-09-09");
            template.put("Description", "Synthetic serverless application of " + count + " resources (Patternboard importer benchmark)");
            template.put("Parameters", Map.of("Stage", map("Type", "String", "AllowedValues", List.of("dev", "prod"),
                    "Default", "dev", "Description", "Deployment stage; prod turns on tracing, retention and versioning")));
            template.put("Conditions", Map.of("IsProd", new Intrinsic("!Equals", List.of(ref("Stage"), "prod"))));
            template.put("Resources", resources);
            if (!outputs.isEmpty()) {
                template.put("Outputs", outputs);
            }
            return template;
        }

        private String any(List<String> names) {
            return names.get(random.nextInt(names.size()));
        }

        private void output(String name, Object value) {
            if (units % 4 == 0 && outputs.size() < MAX_OUTPUTS) {
                outputs.put(name, map("Value", value,
                        "Export", Map.of("Name", sub("${AWS::StackName}-" + name))));
            }
        }

        private void function(String name) {
            String role = name + "Role";
            String function = name + "Function";
            List<Object> statements = new ArrayList<>();
            Map<String, Object> roleProps = map(
                    "AssumeRolePolicyDocument", policy(List.of(map("Effect", "Allow",
                            "Principal", Map.of("Service", "lambda.amazonaws.com"), "Action", "sts:AssumeRole"))),
                    "ManagedPolicyArns", List.of(sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")));
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("STAGE", ref("Stage"));
            if (!tables.isEmpty()) {
                String table = any(tables);
                variables.put("TABLE_NAME", ref(table));
                statements.add(map("Effect", "Allow", "Action", List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"),
                        "Resource", getAtt(table, "Arn")));
            }
            if (!buckets.isEmpty()) {
                String bucket = any(buckets);
                variables.put("BUCKET_NAME", ref(bucket));
                statements.add(map("Effect", "Allow", "Action", List.of("s3:GetObject", "s3:PutObject"),
                        "Resource", sub(List.of("${BucketArn}/*", Map.of("BucketArn", getAtt(bucket, "Arn"))))));
            }
            // Later units (queues) add their statements here; an empty policy list is dropped when dumped.
            roleStatements.put(role, statements);
            roleProps.put("Policies", List.of(map("PolicyName", "access", "PolicyDocument", policy(statements))));
            resources.put(role, resource("AWS::IAM::Role", roleProps));
            boolean python = random.nextBoolean();
            resources.put(function, resource("AWS::Lambda::Function", map(
                    "Runtime", python ? "python3.12" : "nodejs22.x",
                    "Handler", "index.handler",
                    "Role", getAtt(role, "Arn"),
                    "MemorySize", 128 << random.nextInt(4),
                    "Timeout", 3 + random.nextInt(28),
                    "Code", Map.of("ZipFile", python
                            ? "import json\n\n\ndef handler(event, context):\n    return {\"statusCode\": 200, \"body\": json.dumps(event)}\n"
                            : "exports.handler = async (event) => {\n  return { statusCode: 200, body: JSON.stringify(event) };\n};\n"),
                    "Environment", Map.of("Variables", variables),
                    "TracingConfig", Map.of("Mode", ifProd("Active", "PassThrough")))));
            resources.put(name + "LogGroup", resource("AWS::Logs::LogGroup", map(
                    "LogGroupName", sub("/aws/lambda/${" + function + "}"),
                    "RetentionInDays", ifProd(90, 14))));
            functions.add(function);
            output(function + "Arn", getAtt(function, "Arn"));
        }

        private void queue(String name) {
            String dlq = name + "DeadLetterQueue";
            String queue = name + "Queue";
            String function = any(functions);
            resources.put(dlq, resource("AWS::SQS::Queue", map("MessageRetentionPeriod", 1209600)));
            resources.put(queue, resource("AWS::SQS::Queue", map(
                    "VisibilityTimeout", 180,
                    "RedrivePolicy", map("deadLetterTargetArn", getAtt(dlq, "Arn"), "maxReceiveCount", 5))));
            resources.put(name + "EventSourceMapping", resource("AWS::Lambda::EventSourceMapping", map(
                    "EventSourceArn", getAtt(queue, "Arn"),
                    "FunctionName", ref(function),
                    "BatchSize", 1 + random.nextInt(10))));
            roleStatements.get(function.replace("Function", "Role")).add(map("Effect", "Allow",
                    "Action", List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                    "Resource", getAtt(queue, "Arn")));
            output(queue + "Url", ref(queue));
        }

        private void topic(String name) {
            String topic = name + "Topic";
            String function = any(functions);
            resources.put(topic, resource("AWS::SNS::Topic", map("KmsMasterKeyId", "alias/aws/sns")));
            resources.put(name + "Subscription", resource("AWS::SNS::Subscription", map(
                    "TopicArn", ref(topic), "Protocol", "lambda", "Endpoint", getAtt(function, "Arn"),
                    "FilterPolicy", Map.of("type", List.of(name.toLowerCase() + ".created")))));
            resources.put(name + "TopicPermission", permission(function, "sns.amazonaws.com", ref(topic)));
            output(topic + "Arn", ref(topic));
        }

        private void rule(String name) {
            String rule = name + "Schedule";
            String function = any(functions);
            resources.put(rule, resource("AWS::Events::Rule", map(
                    "ScheduleExpression", "rate(" + (5 + random.nextInt(55)) + " minutes)",
                    "State", "ENABLED",
                    "Targets", List.of(map("Id", "Target", "Arn", getAtt(function, "Arn"))))));
            resources.put(name + "SchedulePermission", permission(function, "events.amazonaws.com", getAtt(rule, "Arn")));
        }

        private void api(String name) {
            String api = name + "HttpApi";
            String function = any(functions);
            resources.put(api, resource("AWS::ApiGatewayV2::Api", map(
                    "Name", sub("${AWS::StackName}-" + name.toLowerCase()),
                    "ProtocolType", "HTTP",
                    "Target", getAtt(function, "Arn"))));
            resources.put(name + "ApiPermission", permission(function, "apigateway.amazonaws.com",
                    sub(List.of("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${ApiId}/*",
                            Map.of("ApiId", ref(api))))));
            output(api + "Endpoint", getAtt(api, "ApiEndpoint"));
        }

        private void table(String name) {
            String table = name + "Table";
            Map<String, Object> definition = resource("AWS::DynamoDB::Table", map(
                    "BillingMode", "PAY_PER_REQUEST",
                    "AttributeDefinitions", List.of(map("AttributeName", "pk", "AttributeType", "S"),
                            map("AttributeName", "sk", "AttributeType", "S")),
                    "KeySchema", List.of(map("AttributeName", "pk", "KeyType", "HASH"),
                            map("AttributeName", "sk", "KeyType", "RANGE")),
                    "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", ifProd(true, false))));
            definition.put("DeletionPolicy", "Retain");
            definition.put("UpdateReplacePolicy", "Retain");
            resources.put(table, definition);
            tables.add(table);
            output(table + "Name", ref(table));
        }

        private void bucket(String name) {
            String bucket = name + "Bucket";
            resources.put(bucket, resource("AWS::S3::Bucket", map(
                    "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                            Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                    "PublicAccessBlockConfiguration", map("BlockPublicAcls", true, "BlockPublicPolicy", true,
                            "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                    "VersioningConfiguration", Map.of("Status", ifProd("Enabled", "Suspended")))));
            buckets.add(bucket);
            output(bucket + "Arn", getAtt(bucket, "Arn"));
        }

        private static Map<String, Object> permission(String function, String principal, Object sourceArn) {
            return resource("AWS::Lambda::Permission", map("Action", "lambda:InvokeFunction",
                    "FunctionName", ref(function), "Principal", principal, "SourceArn", sourceArn));
        }

        private static Map<String, Object> policy(List<Object> statements) {
            return map("Version", "2012-10-17", "Statement", statements);
        }

        private static Map<String, Object> resource(String type, Map<String, Object> properties) {
            return map("Type", type, "Properties", properties);
        }
    }

    /** An insertion-ordered map of alternating keys and values (Map.of has no order). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String dump(Map<String, Object> template) {
        dropEmptyPolicies(template);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setIndicatorIndent(0).setWidth(200).setSplitLines(false).build();
        String text = new Dump(settings, new TemplateRepresenter(settings)).dumpToString(template);
        // The emitter quotes every scalar with a non-default tag; templates are written "!Ref Name".
        return QUOTED_SHORT_FORM.matcher(text).replaceAll("$1$2");
    }

    /** A quoted short-form scalar whose text reads the same unquoted: no space, quote, '#' or trailing ':'. */
    private static final Pattern QUOTED_SHORT_FORM = Pattern.compile("(![A-Za-z]+ )'([A-Za-z0-9/$][^'\\s#]*[^'\\s#:])'");

    /** A role whose function reads nothing keeps only its managed policy (IAM refuses an empty Statement). */
    @SuppressWarnings("unchecked")
    private static void dropEmptyPolicies(Map<String, Object> template) {
        for (Object resource : ((Map<String, Object>) template.get("Resources")).values()) {
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) resource).get("Properties");
            Object policies = properties.get("Policies");
            if (policies instanceof List<?> list && list.size() == 1) {
                Map<String, Object> document = (Map<String, Object>) ((Map<String, Object>) list.get(0)).get("PolicyDocument");
                if (((List<?>) document.get("Statement")).isEmpty()) {
                    properties.remove("Policies");
                }
            }
        }
    }

    /**
     * Writes {@link Intrinsic}s as short-form tags, code as literal blocks, and quotes strings that
     * YAML 1.1 readers such as cfn-lint's would take for dates, numbers or booleans ("2012-10-17").
     */
    private static final class TemplateRepresenter extends StandardRepresenter {
        private static final Pattern YAML11_IMPLICIT = Pattern.compile(
                "[-+]?[0-9][0-9_:.,eE+-]*|\\d{4}-\\d\\d?-\\d\\d?.*|(?i:y|n|yes|no|on|off|true|false|null|~)|");

        TemplateRepresenter(DumpSettings settings) {
            super(settings);
            representers.put(Intrinsic.class, data -> {
                Intrinsic intrinsic = (Intrinsic) data;
                Node node = represent(intrinsic.value());
                node.setTag(new Tag(intrinsic.tag()));
                return node;
            });
            representers.put(String.class, data -> {
                String text = (String) data;
                ScalarStyle style = text.contains("\n") ? ScalarStyle.LITERAL
                        : YAML11_IMPLICIT.matcher(text).matches() ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.PLAIN;
                return representScalar(Tag.STR, text, style);
            });
        }
    }
}
