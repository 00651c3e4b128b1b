package org.patternboard.exporters.cloudformation.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSourceTest {
    private static final String YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            # a comment
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage: {Type: String, Default: dev}
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 60
                  QueueName: !Sub "${AWS::StackName}-q"
                  Account: 012345678901
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Role: !GetAtt Role.Arn
                  Environment:
                    Variables:
                      Q: !Ref Queue
                      Both: !If [IsProd, !Ref Queue, !Ref "AWS::NoValue"]
                      Ratio: 1.5
                      Flag: yes
                      On: true
              Role:
                Type: AWS::IAM::Role
                Condition: !Condition IsProd
            """;

    @Test
    void shortFormsBecomeLongFormAndScalarsReadAsCloudFormationReadsThem() {
        TemplateDocument d = TemplateSource.parse(YAML, "t.yaml");
        assertThat(d.isJson()).isFalse();
        assertThat(d.usesShortForms()).isTrue();
        Map<String, Object> r = d.root();
        assertThat(r.keySet()).containsExactly("AWSTemplateFormatVersion", "Transform", "Parameters", "Resources");
        assertThat(r.get("AWSTemplateFormatVersion")).isEqualTo("2010-09-09");
        Map<?, ?> q = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) r.get("Resources")).get("Queue")).get("Properties");
        assertThat(q.get("VisibilityTimeout")).isEqualTo(60L);
        assertThat(q.get("QueueName")).isEqualTo(Map.of("Fn::Sub", "${AWS::StackName}-q"));
        assertThat(q.get("Account")).as("leading zero kept").isEqualTo("012345678901");
        Map<?, ?> fn = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) r.get("Resources")).get("Fn")).get("Properties");
        assertThat(fn.get("Role")).isEqualTo(Map.of("Fn::GetAtt", List.of("Role", "Arn")));
        Map<?, ?> vars = (Map<?, ?>) ((Map<?, ?>) fn.get("Environment")).get("Variables");
        assertThat(vars.get("Q")).isEqualTo(Map.of("Ref", "Queue"));
        assertThat(vars.get("Both")).isEqualTo(Map.of("Fn::If", List.of("IsProd", Map.of("Ref", "Queue"),
                Map.of("Ref", "AWS::NoValue"))));
        assertThat(vars.get("Ratio")).isEqualTo(1.5);
        assertThat(vars.get("Flag")).as("YAML 1.1 yes is text to CloudFormation's core schema").isEqualTo("yes");
        assertThat(vars.get("On")).isEqualTo(true);
        assertThat(((Map<?, ?>) ((Map<?, ?>) r.get("Resources")).get("Role")).get("Condition"))
                .isEqualTo(Map.of("Condition", "IsProd"));
    }

    @Test
    void spansPointAtValuesAndKeysIncludingInsideShortForms() {
        TemplateDocument d = TemplateSource.parse(YAML, "t.yaml");
        SourceSpan timeout = d.span(List.of("Resources", "Queue", "Properties", "VisibilityTimeout")).orElseThrow();
        assertThat(d.text().substring(timeout.startOffset(), timeout.endOffset())).isEqualTo("60");
        assertThat(timeout.startLine()).isEqualTo(10);
        assertThat(timeout.startColumn()).isEqualTo(26);
        SourceSpan key = d.keySpan(List.of("Resources", "Fn")).orElseThrow();
        assertThat(d.text().substring(key.startOffset(), key.endOffset())).isEqualTo("Fn");
        SourceSpan ref = d.span(List.of("Resources", "Fn", "Properties", "Environment", "Variables", "Q", "Ref")).orElseThrow();
        assertThat(d.text().substring(ref.startOffset(), ref.endOffset())).isEqualTo("!Ref Queue");
        SourceSpan inIf = d.span(List.of("Resources", "Fn", "Properties", "Environment", "Variables", "Both", "Fn::If", 1))
                .orElseThrow();
        assertThat(d.text().substring(inIf.startOffset(), inIf.endOffset())).isEqualTo("!Ref Queue");
        assertThat(d.nearestSpan(List.of("Resources", "Queue", "Properties", "Missing"))).isPresent();
    }

    @Test
    void jsonKeepsOrderAndSpans() {
        String json = "{\n  \"Resources\": {\n    \"B\": {\"Type\": \"AWS::SNS::Topic\"},\n"
                + "    \"A\": {\"Type\": \"AWS::SQS::Queue\", \"Properties\": {\"DelaySeconds\": 5, \"Big\": 123456789012345678901234567890}}\n  }\n}\n";
        TemplateDocument d = TemplateSource.parse(json, "t.json");
        assertThat(d.isJson()).isTrue();
        assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) d.root().get("Resources")).keySet())).containsExactly("B", "A");
        SourceSpan delay = d.span(List.of("Resources", "A", "Properties", "DelaySeconds")).orElseThrow();
        assertThat(json.substring(delay.startOffset(), delay.endOffset())).isEqualTo("5");
        assertThat(delay.startLine()).isEqualTo(4);
        SourceSpan key = d.keySpan(List.of("Resources", "B")).orElseThrow();
        assertThat(json.substring(key.startOffset(), key.endOffset())).isEqualTo("\"B\"");
        SourceSpan b = d.span(List.of("Resources", "B")).orElseThrow();
        assertThat(json.substring(b.startOffset(), b.endOffset())).isEqualTo("{\"Type\": \"AWS::SNS::Topic\"}");
    }

    @Test
    void badInputGivesOneLinePositionedErrorsWithoutEchoingTheFile() {
        assertError("Resources:\n  A: [1, 2\n", "t.yaml", 3, "invalid YAML");
        assertError("Resources:\n  A: !Bogus x\n", "t.yaml", 2, "unknown tag !Bogus");
        assertError("Resources:\n  A: 1\n  A: 2\n", "t.yaml", 3, "appears twice");
        assertError("{\"Resources\": {\"A\": 1, \"A\": 2}}", "t.json", 1, "appears twice");
        assertError("{\"Resources\": ", "t.json", 1, "invalid JSON");
        assertError("- a\n- b\n", "t.yaml", 1, "mapping of sections");
        assertError("   \n", "t.yaml", 0, "empty");
        assertError("Resources:\n  A: \"x\0y\"\n", "t.yaml", 2, "NUL");
        assertError("a: 1\n---\nb: 2\n", "t.yaml", 2, "one YAML document");
        String secret = "Resources:\n  A: 'password-1234567890-abcdefghijklmnopqrstuvwxyz-0987654321 unterminated\n";
        assertThatThrownBy(() -> TemplateSource.parse(secret, "t.yaml")).isInstanceOf(TemplateSyntaxException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("abcdefghijklmnopqrstuvwxyz").doesNotContain("\n"));
    }

    @Test
    void hostileNestingAliasesAndSizeAreRefusedCleanly() {
        String deepYaml = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertError(deepYaml, "t.yaml", 1, "nests deeper");
        String deepJson = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertError(deepJson, "t.json", 1, "nests deeper");
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append('*').append((char) (c - 1)).append(i < 8 ? ", " : "");
            }
            bomb.append("]\n");
        }
        assertThatThrownBy(() -> TemplateSource.parse(bomb.toString(), "t.yaml")).isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("alias");
        String huge = "Resources:\n" + "  # padding\n".repeat(100_000);
        assertError(huge, "t.yaml", 0, "at most 1048576");
    }

    @Test
    void filesAreStrictUtf8(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        byte[] bytes = "Resources:\n  A: x\n  B: ".getBytes(StandardCharsets.UTF_8);
        byte[] withJunk = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        withJunk[bytes.length] = (byte) 0xC3;
        withJunk[bytes.length + 1] = (byte) 0x28;
        Files.write(bad, withJunk);
        assertThatThrownBy(() -> TemplateSource.parse(bad)).isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("bad.yaml:3:").hasMessageContaining("UTF-8");
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, "\uFEFFResources:\n  Ä: {Type: 'AWS::SNS::Topic', Properties: {DisplayName: \"\uD83D\uDE80 go\"}}\n");
        TemplateDocument d = TemplateSource.parse(good);
        SourceSpan name = d.span(List.of("Resources", "Ä", "Properties", "DisplayName")).orElseThrow();
        assertThat(d.text().substring(name.startOffset(), name.endOffset())).isEqualTo("\"\uD83D\uDE80 go\"");
    }

    private static void assertError(String text, String file, int line, String words) {
        assertThatThrownBy(() -> TemplateSource.parse(text, file))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining(words)
                .satisfies(e -> {
                    TemplateSyntaxException t = (TemplateSyntaxException) e;
                    assertThat(t.line()).as(t.getMessage()).isEqualTo(line);
                    assertThat(t.getMessage()).startsWith(file + ":").doesNotContain("\n");
                    assertThat(t.getMessage().length()).isLessThan(220);
                });
    }
}
