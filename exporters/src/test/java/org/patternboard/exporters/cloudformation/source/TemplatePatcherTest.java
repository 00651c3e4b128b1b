package org.patternboard.exporters.cloudformation.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.patternboard.exporters.cloudformation.source.Trees.changed;
import static org.patternboard.exporters.cloudformation.source.Trees.list;
import static org.patternboard.exporters.cloudformation.source.Trees.map;
import static org.patternboard.exporters.cloudformation.source.Trees.of;
import static org.patternboard.exporters.cloudformation.source.Trees.renamed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatePatcherTest {
    private static final String YAML = """
            # Orders service
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Stage: {Type: String, Default: dev}   # flow map

            Resources:
              Queue:   # the work queue
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 60   # seconds
                  QueueName: !Sub '${AWS::StackName}-orders'
                  Label: 'single'
                  Note: "double"

                  Tags:
                    - Key: team
                      Value: orders
                    - Key: cost
                      Value: shop
              Handler:
                Type: AWS::Lambda::Function
                Properties:
                  Code:
                    ZipFile: |
                      def handler(event, context):
                          return "ok"   # not a YAML comment
                  Role: !GetAtt Role.Arn
                  Layers: [!Ref LayerA, !Ref LayerB]
            Outputs:
              QueueUrl:
                Value: !Ref Queue
            """;

    private static final String JSON = """
            {
                "AWSTemplateFormatVersion": "2010-09-09",
                "Resources": {
                    "Topic": {"Type": "AWS::SNS::Topic"},
                    "Queue": {
                        "Type": "AWS::SQS::Queue",
                        "Properties": {
                            "DelaySeconds": 5,
                            "QueueName": "orders",
                            "Tags": [{"Key": "a"}, {"Key": "b"}]
                        }
                    }
                }
            }
            """;

    private static final TemplateDocument Y = TemplateSource.parse(YAML, "t.yaml");
    private static final TemplateDocument J = TemplateSource.parse(JSON, "t.json");

    @Test
    void equalTreesGiveTheOriginalTextByteForByte() {
        assertThat(TemplatePatcher.patch(Y, Trees.copy(Y.tree()))).isSameAs(Y.text());
        assertThat(TemplatePatcher.patch(J, Trees.copy(J.tree()))).isSameAs(J.text());
        // an int where the reader gave a long is the same number
        Map<String, Object> ints = changed(Y, t -> map(t, "Resources", "Queue", "Properties").put("VisibilityTimeout", 60));
        assertThat(TemplatePatcher.patch(Y, ints)).isEqualTo(YAML);
    }

    @Test
    void aChangedScalarReplacesItsSpanInItsQuotingStyle() {
        Map<String, Object> t = changed(Y, x -> {
            Map<String, Object> p = map(x, "Resources", "Queue", "Properties");
            p.put("VisibilityTimeout", 120);
            p.put("Label", "it's");
            p.put("Note", "now");
            map(x, "Parameters", "Stage").put("Default", "prod, eu");
        });
        String out = patched(Y, t);
        assertThat(out).isEqualTo(YAML
                .replace("VisibilityTimeout: 60   # seconds", "VisibilityTimeout: 120   # seconds")
                .replace("Label: 'single'", "Label: 'it''s'")
                .replace("Note: \"double\"", "Note: \"now\"")
                .replace("Default: dev}", "Default: \"prod, eu\"}"));
    }

    @Test
    void aPlainScalarThatNowNeedsQuotesGetsThem() {
        String out = patched(Y, changed(Y, x -> {
            map(x, "Resources", "Queue", "Properties").put("VisibilityTimeout", "60");
            map(x, "Resources", "Queue").put("Type", "a: b");
        }));
        assertThat(out).contains("VisibilityTimeout: \"60\"   # seconds").contains("Type: \"a: b\"");
    }

    @Test
    void shortFormsStayShortAndKeepTheirInnerQuoting() {
        String out = patched(Y, changed(Y, x -> {
            Map<String, Object> p = map(x, "Resources", "Queue", "Properties");
            p.put("QueueName", Map.of("Fn::Sub", "${AWS::StackName}-jobs"));
            map(x, "Resources", "Handler", "Properties").put("Role", Map.of("Fn::GetAtt", List.of("Other", "Arn")));
            list(x, "Resources", "Handler", "Properties", "Layers").set(1, Map.of("Ref", "LayerC"));
        }));
        assertThat(out).isEqualTo(YAML.replace("-orders'", "-jobs'").replace("!GetAtt Role.Arn", "!GetAtt Other.Arn")
                .replace("!Ref LayerB]", "!Ref LayerC]"));
    }

    @Test
    void aRenamedLogicalIdIsRenamedInPlace() {
        String out = patched(Y, changed(Y, x -> x.put("Resources", renamed(map(x, "Resources"), "Queue", "OrdersQueue"))));
        assertThat(out).isEqualTo(YAML.replace("  Queue:   # the work queue", "  OrdersQueue:   # the work queue"));
        String json = patched(J, changed(J, x -> x.put("Resources", renamed(map(x, "Resources"), "Topic", "Events"))));
        assertThat(json).isEqualTo(JSON.replace("\"Topic\":", "\"Events\":"));
    }

    @Test
    void addedEntriesGoAfterTheLastSiblingIndentedLikeIt() {
        String out = patched(Y, changed(Y, x -> {
            map(x, "Resources", "Queue", "Properties").put("DelaySeconds", 5);
            map(x, "Resources").put("Topic", of("Type", "AWS::SNS::Topic", "Properties",
                    of("Subscription", List.of(of("Endpoint", Map.of("Fn::GetAtt", List.of("Queue", "Arn")), "Protocol", "sqs")))));
        }));
        assertThat(out).isEqualTo(YAML.replace("""
                          Value: shop
                """, """
                          Value: shop
                      DelaySeconds: 5
                """).replace("""
                      Layers: [!Ref LayerA, !Ref LayerB]
                """, """
                      Layers: [!Ref LayerA, !Ref LayerB]
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      Subscription:
                        - Endpoint: !GetAtt Queue.Arn
                          Protocol: sqs
                """));
    }

    @Test
    void addedJsonMembersKeepCommasAndTheDocumentsIndent() {
        String out = patched(J, changed(J, x -> {
            map(x, "Resources", "Queue", "Properties").put("Visibility", 30);
            map(x, "Resources", "Topic").put("Properties", of("DisplayName", "t"));
            map(x, "Resources").put("Key", of("Type", "AWS::KMS::Key"));
        }));
        assertThat(out).isEqualTo("""
                {
                    "AWSTemplateFormatVersion": "2010-09-09",
                    "Resources": {
                        "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": "t"}},
                        "Queue": {
                            "Type": "AWS::SQS::Queue",
                            "Properties": {
                                "DelaySeconds": 5,
                                "QueueName": "orders",
                                "Tags": [{"Key": "a"}, {"Key": "b"}],
                                "Visibility": 30
                            }
                        },
                        "Key": {
                            "Type": "AWS::KMS::Key"
                        }
                    }
                }
                """);
    }

    @Test
    void removedEntriesTakeTheirLinesAndTrailingCommentOnly() {
        String out = patched(Y, changed(Y, x -> {
            map(x, "Resources", "Queue", "Properties").remove("VisibilityTimeout");
            map(x, "Resources", "Handler", "Properties").remove("Layers");
        }));
        assertThat(out).isEqualTo(YAML.replace("      VisibilityTimeout: 60   # seconds\n", "")
                .replace("      Layers: [!Ref LayerA, !Ref LayerB]\n", ""));
        // the first key of a list item's map shares the dash's line
        String item = patched(Y, changed(Y, x -> map(x, "Resources", "Queue", "Properties", "Tags", 0).remove("Key")));
        assertThat(item).isEqualTo(YAML.replace("- Key: team\n          Value: orders", "- Value: orders"));
    }

    @Test
    void removedJsonMembersLeaveValidCommas() {
        String out = patched(J, changed(J, x -> {
            map(x, "Resources", "Queue", "Properties").remove("Tags");
            map(x, "Resources", "Queue", "Properties").remove("QueueName");
            map(x, "Resources").remove("Topic");
        }));
        assertThat(out).isEqualTo("""
                {
                    "AWSTemplateFormatVersion": "2010-09-09",
                    "Resources": {
                        "Queue": {
                            "Type": "AWS::SQS::Queue",
                            "Properties": {
                                "DelaySeconds": 5
                            }
                        }
                    }
                }
                """);
        String first = patched(J, changed(J, x -> list(x, "Resources", "Queue", "Properties", "Tags").remove(0)));
        assertThat(first).isEqualTo(JSON.replace("[{\"Key\": \"a\"}, {\"Key\": \"b\"}]", "[{\"Key\": \"b\"}]"));
    }

    @Test
    void listsAlignOnEqualItemsSoOneInsertTouchesOnePlace() {
        String out = patched(Y, changed(Y, x -> list(x, "Resources", "Queue", "Properties", "Tags")
                .add(1, of("Key", "tier", "Value", "gold"))));
        assertThat(out).isEqualTo(YAML.replace("""
                          Value: orders
                """, """
                          Value: orders
                        - Key: tier
                          Value: gold
                """));
        String removed = patched(Y, changed(Y, x -> list(x, "Resources", "Queue", "Properties", "Tags").remove(0)));
        assertThat(removed).isEqualTo(YAML.replace("""
                        - Key: team
                          Value: orders
                """, ""));
        String json = patched(J, changed(J, x -> list(x, "Resources", "Queue", "Properties", "Tags").add(0, of("Key", "z"))));
        assertThat(json).isEqualTo(JSON.replace("[{\"Key\": \"a\"}", "[{\"Key\": \"z\"}, {\"Key\": \"a\"}"));
        // a changed item is patched inside, not removed and added
        String inside = patched(Y, changed(Y, x -> map(x, "Resources", "Queue", "Properties", "Tags", 1).put("Value", "web")));
        assertThat(inside).isEqualTo(YAML.replace("Value: shop", "Value: web"));
    }

    @Test
    void aSubtreeOfAnotherShapeIsWrittenInTheDocumentsStyle() {
        String out = patched(Y, changed(Y, x -> {
            map(x, "Outputs", "QueueUrl").put("Value", Map.of("Fn::Join", List.of("", List.of("https://", Map.of("Ref", "Queue")))));
            map(x, "Resources", "Queue", "Properties").put("Label", of("A", 1, "B", List.of("x", "y")));
            map(x, "Parameters").put("Stage", "plain");
        }));
        assertThat(out).contains("    Value: !Join [\"\", [https://, !Ref Queue]]\n")
                .contains("      Label:\n        A: 1\n        B:\n          - x\n          - \"y\"\n      Note:")
                .contains("  Stage: plain   # flow map\n");
        // a flow node that changes shape stays flow
        String flow = patched(Y, changed(Y, x -> map(x, "Parameters", "Stage").put("AllowedValues", List.of("dev", "prod"))));
        assertThat(flow).contains("  Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}   # flow map\n");
        // a document that writes intrinsics in long form gets long form
        TemplateDocument longForm = TemplateSource.parse("Resources:\n  A:\n    Type: X\n", "l.yaml");
        String lf = patched(longForm, changed(longForm, x -> map(x, "Resources", "A").put("Properties", of("Q", Map.of("Ref", "B")))));
        assertThat(lf).isEqualTo("Resources:\n  A:\n    Type: X\n    Properties:\n      Q:\n        Ref: B\n");
    }

    @Test
    void aReplacedListItemLinesUpWithTheItemsOwnColumn() {
        String wide = "Resources:\n    A:\n        Dims:\n        -   Name: q\n            Value: v\n        -   Name: r\n";
        TemplateDocument d = TemplateSource.parse(wide, "w.yaml");
        String out = patched(d, changed(d, x -> list(x, "Resources", "A", "Dims").set(0, of("Key", "k", "Other", "o"))));
        assertThat(out).isEqualTo(wide.replace("Name: q\n            Value: v", "Key: k\n            Other: o"));
    }

    @Test
    void blockScalarsElsewhereStayByteForByteAndAChangedOneStaysLiteral() {
        String out = patched(Y, changed(Y, x -> map(x, "Resources", "Handler", "Properties", "Code")
                .put("ZipFile", "def handler(event, context):\n    return 42\n")));
        assertThat(out).isEqualTo(YAML.replace("return \"ok\"   # not a YAML comment", "return 42"));
        String other = patched(Y, changed(Y, x -> map(x, "Resources", "Handler").put("Type", "AWS::Serverless::Function")));
        assertThat(other).contains("""
                        ZipFile: |
                          def handler(event, context):
                              return "ok"   # not a YAML comment
                """);
    }

    @Test
    void aPatchThatWouldReadBackWrongFallsBackToWritingTheNodeWhole() {
        // a keep-chomped block scalar owns the blank lines after it: an entry inserted after its text would steal them
        String keep = "Resources:\n  A:\n    Type: X\n    Properties:\n      Script: |+\n        run\n\n\nOutputs: {}\n";
        TemplateDocument d = TemplateSource.parse(keep, "k.yaml");
        Map<String, Object> t = changed(d, x -> map(x, "Resources", "A", "Properties").put("Timeout", 5));
        String out = TemplatePatcher.patch(d, t);
        assertReadsBack(out, "k.yaml", t);
        assertThat(out).startsWith("Resources:\n").endsWith("Outputs: {}\n");
        // values under an alias have no text of their own: the alias is replaced
        String alias = "Resources:\n  A: &tags {Type: X}\n  B: *tags\n";
        TemplateDocument a = TemplateSource.parse(alias, "a.yaml");
        Map<String, Object> ta = changed(a, x -> map(x, "Resources", "B").put("Type", "Y"));
        assertReadsBack(TemplatePatcher.patch(a, ta), "a.yaml", ta);
        assertThat(TemplatePatcher.patch(a, ta)).startsWith("Resources:\n  A: &tags {Type: X}\n");
    }

    @Test
    void stringsThatLookLikeOtherTypesOrHoldOddCharactersReadBackAsText() {
        List<String> odd = List.of("", "true", "yes", "012", "1.5", "null", "- x", "#c", "a #b", "x:", "tab\there", "new\nline",
                "quote'\"", "\u0085", "caf\u00e9 \uD83D\uDE80", "[a]", "{b}", "* star", "!Ref X", "...", "<<");
        for (String s : odd) {
            Map<String, Object> t = changed(Y, x -> {
                map(x, "Resources", "Queue", "Properties").put("VisibilityTimeout", s);
                map(x, "Parameters", "Stage").put("Default", s);
                map(x, "Resources", "Queue", "Properties").put("New", new ArrayList<>(List.of(s, of(s, s))));
            });
            assertReadsBack(TemplatePatcher.patch(Y, t), "t.yaml", t);
            Map<String, Object> tj = changed(J, x -> map(x, "Resources", "Queue", "Properties").put("QueueName", s));
            assertReadsBack(TemplatePatcher.patch(J, tj), "t.json", tj);
        }
    }

    @Test
    void valuesNoTemplateCanHoldAreRefused() {
        assertThatThrownBy(() -> TemplatePatcher.patch(Y, changed(Y, x -> x.put("Bad", Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplatePatcher.patch(Y, changed(Y, x -> x.put("Bad", new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplatePatcher.patch(Y, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** The patched text, checked to read back as the new tree. */
    private static String patched(TemplateDocument d, Map<String, Object> newTree) {
        String out = TemplatePatcher.patch(d, newTree);
        assertReadsBack(out, d.fileName(), newTree);
        return out;
    }

    /** Reads back as the tree (numbers by value: the reader gives longs where a test wrote ints). */
    static void assertReadsBack(String text, String fileName, Object tree) {
        assertThat(Values.firstDifference(TemplateSource.parse(text, fileName).tree(), tree)).as(text).isEmpty();
    }
}
