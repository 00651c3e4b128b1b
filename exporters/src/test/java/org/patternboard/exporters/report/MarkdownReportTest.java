package org.patternboard.exporters.report;

import org.patternboard.exporters.xml.XmlText;
import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;

class MarkdownReportTest {
    @Test
    void everySampleParsesAsCommonMarkWithItsFindingsSectionsAndTheLinkedDiagram() {
        for (ReportFixtures.Named s : ReportFixtures.samples()) {
            String md = new MarkdownReport().render(ReportFixtures.report(s), "the-big-fan.svg");
            Node doc = Parser.builder().build().parse(md);
            String html = HtmlRenderer.builder().escapeHtml(true).build().render(doc);
            StringBuilder headings = new StringBuilder();
            StringBuilder images = new StringBuilder();
            doc.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading h) {
                    if (h.getLevel() == 2) {
                        headings.append(text(h)).append('\n');
                    }
                    visitChildren(h);
                }

                @Override
                public void visit(Image i) {
                    images.append(i.getDestination());
                }
            });
            assertThat(headings.toString()).contains("Diagram", "Well-Architected pillar scores", "Findings by pillar",
                    "Accepted risks", "Patterns used", "Inventory", "Monthly cost estimate", "Flows");
            assertThat(images.toString()).isEqualTo("the-big-fan.svg");
            for (Finding f : RuleEngine.standard().check(s.design()).unsuppressed()) {
                assertThat(html).as("%s: %s", s.file(), f.ruleId()).contains(XmlText.esc(f.title()).replace("&quot;", "\""),
                        f.ruleId());
            }
        }
    }

    @Test
    void designTextCannotBreakOutOfItsPlace() {
        String hostile = "a | b *c* [x](http://e.test) <script>`";
        String esc = MarkdownReport.esc(hostile);
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(esc));
        assertThat(html).doesNotContain("<script>", "<em>", "<a href").contains("a | b *c* [x](http://e.test) &lt;script&gt;`");
    }

    private static String text(Node n) {
        StringBuilder b = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text t) {
                b.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code c) {
                b.append(c.getLiteral());
            }
        });
        return b.toString();
    }
}
