package org.patternboard.exporters.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every diff format on the documented Big Fan edit. */
class DiffFormatsTest {
    static Architecture before;
    static Architecture after;
    static DesignDiff diff;

    @BeforeAll
    static void edit() throws Exception {
        before = BigFanEdit.before();
        after = BigFanEdit.after();
        diff = DesignDiff.between(before, after);
    }

    @Test
    void jsonHasTheContractShape() throws Exception {
        JsonNode j = new ObjectMapper().readTree(DiffJson.write(diff));
        assertThat(names(j)).startsWith("components", "connections", "findings", "scores");
        assertThat(j.at("/components/added")).containsExactly(com.fasterxml.jackson.databind.node.TextNode.valueOf("audit-queue"));
        assertThat(j.at("/components/removed")).containsExactly(com.fasterxml.jackson.databind.node.TextNode.valueOf("other-dlq"));
        assertThat(j.at("/components/renamed/0/from").asText()).isEqualTo("other-fn");
        assertThat(j.at("/components/renamed/0/to").asText()).isEqualTo("other-handler");
        assertThat(j.at("/components/changed/0/id").asText()).isEqualTo("created-fn");
        assertThat(j.at("/components/changed/0/properties/0/name").asText()).isEqualTo("memorySize");
        assertThat(j.at("/components/changed/0/properties/0/old").asInt()).isEqualTo(256);
        assertThat(j.at("/components/changed/0/properties/0/new").asInt()).isEqualTo(1024);
        assertThat(j.at("/connections/added")).containsExactly(com.fasterxml.jackson.databind.node.TextNode.valueOf("c-topic-audit"));
        assertThat(j.at("/connections/removed")).containsExactly(com.fasterxml.jackson.databind.node.TextNode.valueOf("c-other-dlq"));
        List<String> introduced = new ArrayList<>();
        j.at("/findings/introduced").forEach(f -> introduced.add(f.get("rule").asText() + " " + f.get("targets")));
        assertThat(introduced).contains("REL-001 [\"other-queue\",\"other-handler\"]");
        assertThat(j.at("/findings/resolved")).isNotNull();
        assertThat(j.at("/scores/reliability").asInt()).isNegative();
        j.at("/scores").fields().forEachRemaining(e -> assertThat(e.getValue().asInt()).as(e.getKey()).isNotZero());
        assertThat(j.at("/components/moved")).isEmpty();
        assertThat(j.at("/notes/moved/0/id").asText()).isEqualTo("note-1");
        assertThat(DiffJson.write(diff)).isEqualTo(DiffJson.write(DesignDiff.between(BigFanEdit.before(), BigFanEdit.after())));
    }

    private static List<String> names(JsonNode j) {
        List<String> names = new ArrayList<>();
        j.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void textIsAChangelogInAStableOrder() {
        String text = DiffText.write(diff, before, after);
        assertThat(text).contains("Components\n  + audit-queue  SQS queue \u201cAuditQueue\u201d\n  - other-dlq  SQS queue \u201cOtherDlq\u201d\n")
                .contains("  > other-fn \u2192 other-handler")
                .contains("  ~ created-fn  Lambda function \u201cHandleCreated\u201d\n      memorySize: 256 \u2192 1024\n")
                .contains("  + c-topic-audit  order-events subscribes audit-queue")
                .contains("  + REL-001 error on other-queue, other-handler (introduced): Queue feeding a consumer has no dead-letter queue\n")
                .contains("Scores\n").contains("\n  reliability -");
        assertThat(text.indexOf("Components")).isLessThan(text.indexOf("Connections"));
        assertThat(text.indexOf("Findings")).isLessThan(text.indexOf("Layout"));
        assertThat(DiffText.write(DesignDiff.between(before, before), before, before)).isEqualTo("No differences.\n");
    }

    @Test
    void markdownHasHeadingsAndNestedPropertyChanges() {
        String md = DiffMarkdown.write(diff, before, after);
        assertThat(md).startsWith("## Design diff: The Big Fan\n")
                .contains("### Components\n")
                .contains("- **added** `audit-queue`")
                .contains("- **changed** `created-fn`")
                .contains("  - `memorySize`: `256` \u2192 `1024`")
                .contains("### Findings\n")
                .contains("| reliability | -");
    }

    @Test
    void svgIsWellFormedAndMarksWhatChangedWhereItIs() throws Exception {
        String svg = DiffSvg.render(diff, before, after);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element added = mark(doc, "audit-queue");
        assertThat(added.getAttribute("class")).isEqualTo("diff-mark diff-added");
        assertThat(added.getAttribute("stroke")).isEqualTo(DiffSvg.ADDED);
        // Stable layout: the mark sits on the component's own position (380,480), drawn 3 units outside it.
        assertThat(added.getAttribute("x")).isEqualTo("377");
        assertThat(added.getAttribute("y")).isEqualTo("477");
        assertThat(mark(doc, "created-fn").getAttribute("class")).isEqualTo("diff-mark diff-changed");
        assertThat(mark(doc, "other-handler").getAttribute("class")).isEqualTo("diff-mark diff-changed");
        assertThat(mark(doc, "c-topic-audit").getAttribute("class")).isEqualTo("diff-mark diff-added");
        assertThat(nodes(doc, "//*[@class='diff-mark diff-changed' and @data-id='order-events']").getLength()).isZero();
        // The removed queue is a faded ghost at its old place, drawn like a component.
        Element ghost = (Element) nodes(doc, "//*[@data-id='other-dlq' and contains(@class,'diff-ghost')]").item(0);
        assertThat(ghost.getAttribute("class")).contains("diff-removed");
        assertThat(ghost.getAttribute("opacity")).isEqualTo("0.45");
        assertThat(nodes(doc, "//*[@data-id='other-dlq' and contains(@class,'diff-ghost')]/*[@class='component']/*[name()='rect'][2]/@x")
                .item(0).getNodeValue()).isEqualTo("700");
        assertThat(nodes(doc, "//*[@data-id='c-other-dlq' and contains(@class,'diff-ghost')]").getLength()).isOne();
        // The elements themselves carry the status class, unchanged ones none.
        assertThat(nodes(doc, "//*[@class='component diff-added' and @data-id='audit-queue']").getLength()).isOne();
        assertThat(nodes(doc, "//*[@class='component' and @data-id='order-events']").getLength()).isOne();
        assertThat(svg).contains("added (2)").contains("changed (2)").contains("removed (2)");
        assertThat(svg).isEqualTo(DiffSvg.render(diff, before, after));
    }

    @Test
    void htmlIsOneSelfContainedPage() {
        String html = DiffHtml.write(diff, before, after);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("diff-mark diff-added").contains("<h2>Components</h2>").contains("<code>memorySize</code>")
                .doesNotContain("<?xml").doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("url(http");
    }

    @Test
    void theTextconvSummaryIsOneLinePerFactInIdOrder() throws Exception {
        String s = DesignSummary.write(after);
        assertThat(s).contains("component audit-queue: SQS queue \u201cAuditQueue\u201d in fan\n  visibilityTimeout = 60\n  at 380,480\n")
                .contains("connection c-topic-audit: order-events subscribes audit-queue\n")
                .contains("score reliability: ");
        assertThat(s.indexOf("component audit-queue")).isLessThan(s.indexOf("component created-fn"));
        assertThat(DesignSummary.write(BigFanEdit.before().withComponent(BigFanEdit.before().componentOrNull("created-fn")
                .withProperty("memorySize", 1024)))).contains("  memorySize = 1024\n");
    }

    private static Element mark(Document doc, String id) throws Exception {
        NodeList list = nodes(doc, "//*[starts-with(@class,'diff-mark') and @data-id='" + id + "']");
        assertThat(list.getLength()).as("mark of " + id).isOne();
        return (Element) list.item(0);
    }

    private static NodeList nodes(Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }
}
