package org.patternboard.exporters.cloudformation.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random edits on real-looking templates: the patched text reads back as the edited tree, lines outside the
 * touched containers are unchanged, and no edit gives the original bytes.
 */
class TemplatePatcherProperties {
    private static final List<TemplateDocument> TEMPLATES = List.of(
            TemplateSource.parse("""
                    AWSTemplateFormatVersion: "2010-09-09"
                    Transform: AWS::Serverless-2016-10-31
                    # Orders API
                    Parameters:
                      Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}
                    Conditions:
                      IsProd: !Equals [!Ref Stage, prod]

                    Resources:
                      OrdersTable:   # single-table design
                        Type: AWS::DynamoDB::Table
                        Properties:
                          BillingMode: PAY_PER_REQUEST
                          AttributeDefinitions:
                            - AttributeName: pk
                              AttributeType: S
                            - AttributeName: sk
                              AttributeType: S
                          KeySchema:
                          - {AttributeName: pk, KeyType: HASH}
                          - {AttributeName: sk, KeyType: RANGE}
                      Handler:
                        Type: AWS::Serverless::Function
                        Properties:
                          Runtime: python3.12
                          Handler: app.handler
                          MemorySize: 512
                          InlineCode: |
                            def handler(event, context):
                                return {"statusCode": 200}

                          Environment:
                            Variables:
                              TABLE: !Ref OrdersTable
                              ARN: !GetAtt OrdersTable.Arn
                              MODE: !If [IsProd, 'strict', "lenient"]
                          Policies:
                            - DynamoDBCrudPolicy:
                                TableName: !Ref OrdersTable
                          Events:
                            Api:
                              Type: HttpApi
                              Properties: {Path: /orders, Method: post}
                    Outputs:
                      TableName:
                        Value: !Sub "${OrdersTable}-name"   # for the dashboard
                        Export:
                          Name: !Sub ${AWS::StackName}-table
                    """, "sam.yaml"),
            TemplateSource.parse("""
                    Resources:
                        Queue:
                            Type: AWS::SQS::Queue
                            Properties:
                                VisibilityTimeout: 60
                                RedrivePolicy:
                                    deadLetterTargetArn:
                                        Fn::GetAtt:
                                        - DeadLetters
                                        - Arn
                                    maxReceiveCount: 5
                        DeadLetters:
                            Type: AWS::SQS::Queue
                        Alarm:
                            Type: AWS::CloudWatch::Alarm
                            Properties:
                                Dimensions:
                                -   Name: QueueName
                                    Value:
                                        Fn::GetAtt: [DeadLetters, QueueName]
                                Threshold: 1.5
                    """, "long.yaml"),
            TemplateSource.parse("""
                    {
                      "AWSTemplateFormatVersion": "2010-09-09",
                      "Resources": {
                        "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "orders"}},
                        "Queue": {
                          "Type": "AWS::SQS::Queue",
                          "Properties": {
                            "DelaySeconds": 5,
                            "Tags": [
                              {"Key": "team", "Value": "orders"},
                              {"Key": "cost", "Value": "shop"}
                            ]
                          }
                        },
                        "Sub": {
                          "Type": "AWS::SNS::Subscription",
                          "Properties": {
                            "TopicArn": {"Ref": "Topic"},
                            "Endpoint": {"Fn::GetAtt": ["Queue", "Arn"]},
                            "Protocol": "sqs"
                          }
                        }
                      }
                    }
                    """, "t.json"));

    private static final List<String> TEXTS = List.of("orders", "two words", "yes", "012", "a: b", "x #y", "", "'quoted'",
            "multi\nline\n", "${AWS::Region}", "[x]", "caf\u00e9", "- dash", "arn:aws:sqs:eu-west-1:1:q");

    @Property(tries = 200)
    void patchedTextReadsBackAsTheEditedTreeAndTouchesOnlyEditedContainers(@ForAll @IntRange(min = 0, max = 2) int which,
            @ForAll @IntRange(min = 1, max = 3) int count, @ForAll Random random) {
        TemplateDocument doc = TEMPLATES.get(which);
        Object tree = Trees.copy(doc.tree());
        List<List<Object>> touched = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            touched.add(randomEdit(tree, random));
        }
        String out = TemplatePatcher.patch(doc, tree);

        TemplatePatcherTest.assertReadsBack(out, doc.fileName(), tree);
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (List<Object> container : touched) {
            SourceSpan s = doc.nearestSpan(container).orElseThrow();
            first = Math.min(first, s.startLine());
            last = Math.max(last, s.endLine());
        }
        List<String> before = doc.text().lines().toList();
        List<String> after = out.lines().toList();
        assertThat(after.subList(0, Math.min(after.size(), first - 1))).as(out).isEqualTo(before.subList(0, first - 1));
        int tail = Math.max(0, before.size() - last);
        assertThat(after.subList(Math.max(0, after.size() - tail), after.size())).as(out)
                .isEqualTo(before.subList(before.size() - tail, before.size()));
    }

    @Property(tries = 30)
    void noEditGivesTheOriginalBytes(@ForAll @IntRange(min = 0, max = 2) int which) {
        TemplateDocument doc = TEMPLATES.get(which);
        assertThat(TemplatePatcher.patch(doc, Trees.copy(doc.tree()))).isEqualTo(doc.text());
    }

    /** Applies one random edit somewhere in the tree; returns the path of the container it touched. */
    @SuppressWarnings("unchecked")
    private static List<Object> randomEdit(Object tree, Random random) {
        List<List<Object>> containers = new ArrayList<>();
        collect(tree, List.of(), containers);
        List<Object> c = containers.get(random.nextInt(containers.size()));
        Object node = Trees.at(tree, c.toArray());
        int kind = random.nextInt(4);
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> m = (Map<String, Object>) raw;
            List<String> keys = new ArrayList<>(m.keySet());
            String k = keys.get(random.nextInt(keys.size()));
            switch (kind) {
                case 0 -> m.put("New" + random.nextInt(1000), randomValue(random, 2));
                case 1 -> {
                    if (m.size() > 1 && !intrinsic(k)) {
                        m.remove(k);
                    } else {
                        m.put(k, randomValue(random, 2));
                    }
                }
                case 2 -> {
                    if (!intrinsic(k)) {
                        replace(tree, c, Trees.renamed(m, k, k + "Renamed"));
                    } else {
                        m.put(k, randomValue(random, 1));
                    }
                }
                default -> m.put(k, Values.isCollection(m.get(k)) ? randomValue(random, 0) : randomValue(random, 2));
            }
        } else {
            List<Object> l = (List<Object>) node;
            int i = random.nextInt(l.size());
            switch (kind) {
                case 0 -> l.add(random.nextInt(l.size() + 1), randomValue(random, 2));
                case 1 -> {
                    if (l.size() > 1) {
                        l.remove(i);
                    } else {
                        l.set(i, randomValue(random, 1));
                    }
                }
                default -> l.set(i, randomValue(random, 2));
            }
        }
        return c;
    }

    private static boolean intrinsic(String k) {
        return k.equals("Ref") || k.startsWith("Fn::");
    }

    @SuppressWarnings("unchecked")
    private static void replace(Object tree, List<Object> path, Object value) {
        Object parent = Trees.at(tree, path.subList(0, path.size() - 1).toArray());
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put((String) last, value);
        } else {
            ((List<Object>) parent).set((Integer) last, value);
        }
    }

    /** Every non-root, non-empty map and list (the root's sections are containers too, the root itself is not). */
    private static void collect(Object node, List<Object> path, List<List<Object>> out) {
        if (node instanceof Map<?, ?> m && !m.isEmpty()) {
            if (!path.isEmpty()) {
                out.add(path);
            }
            m.forEach((k, v) -> collect(v, EditPlanner.append(path, k), out));
        } else if (node instanceof List<?> l && !l.isEmpty()) {
            out.add(path);
            for (int i = 0; i < l.size(); i++) {
                collect(l.get(i), EditPlanner.append(path, i), out);
            }
        }
    }

    /** A random value, mutable so later edits can reach into it. */
    private static Object randomValue(Random random, int depth) {
        return Trees.copy(rawValue(random, depth));
    }

    private static Object rawValue(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 4);
        return switch (kind) {
            case 0, 1 -> TEXTS.get(random.nextInt(TEXTS.size()));
            case 2 -> (long) random.nextInt(100_000);
            case 3 -> random.nextBoolean();
            case 4 -> Map.of("Ref", "Res" + random.nextInt(9));
            case 5 -> Map.of("Fn::GetAtt", List.of("Res" + random.nextInt(9), "Arn"));
            case 6 -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("Key", randomValue(random, depth - 1));
                m.put("Other", randomValue(random, depth - 1));
                yield m;
            }
            default -> new ArrayList<>(List.of(randomValue(random, depth - 1), randomValue(random, depth - 1)));
        };
    }
}
