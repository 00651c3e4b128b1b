package org.patternboard.exporters.cloudformation.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateWriterTest {
    @Test
    void jsonHasTwoSpaceIndentAndANewlineAtTheEnd() {
        Map<String, Object> tree = Fn.map("A", 1L, "B", List.of("x"), "C", Fn.map());
        assertThat(TemplateWriter.json(tree)).isEqualTo("{\n  \"A\": 1,\n  \"B\": [\n    \"x\"\n  ],\n  \"C\": {}\n}\n");
    }

    @Test
    void yamlQuotesWhatYaml11ReadersWouldMisreadAndRoundTrips() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        List<String> tricky = List.of("2012-10-17", "0700", "yes", "No", "on", "null", "~", "1e5", "12:30", "-x", ".5",
                "true", "", " lead", "a: b", "#c", "multi\nline\n", "tab\tx", "*", "&a", "!Ref x", "${AWS::Region}",
                "'quoted'", "\"dq\"", "@at", "%p", "`b`", "{x}", "[y]", "café ☕", "\u2028sep");
        for (int i = 0; i < tricky.size(); i++) {
            tree.put("k" + i, tricky.get(i));
        }
        String yaml = TemplateWriter.yaml(tree);
        assertThat(yaml).contains("k0: \"2012-10-17\"").contains("k1: \"0700\"").contains("k2: \"yes\"");
        Map<?, ?> back = new YAMLMapper().readValue(yaml, Map.class);
        assertThat(back).isEqualTo(new ObjectMapper().readValue(TemplateWriter.json(tree), Map.class));
        for (int i = 0; i < tricky.size(); i++) {
            assertThat(back.get("k" + i)).as(tricky.get(i)).isEqualTo(tricky.get(i));
        }
    }

    @Test
    void unorderedMapsAreRefused() {
        Map<String, Object> unordered = new HashMap<>(Map.of("a", 1, "b", 2));
        assertThatThrownBy(() -> TemplateWriter.json(Fn.map("X", unordered))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concatBecomesSubAndEscapesLiteralReferences() {
        assertThat(Fn.concat("arn:", Fn.partition(), ":s3:::", "b")).isEqualTo(Map.of("Fn::Sub", "arn:${AWS::Partition}:s3:::b"));
        assertThat(Fn.concat("a", "b")).isEqualTo("ab");
        assertThat(Fn.concat("${x}", "y")).isEqualTo("${x}y");
        assertThat(Fn.concat(Fn.getAtt("B", "Arn"), "/${p}*")).isEqualTo(Map.of("Fn::Sub", "${B.Arn}/${!p}*"));
    }
}
