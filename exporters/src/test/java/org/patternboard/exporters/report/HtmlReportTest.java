package org.patternboard.exporters.report;

import org.patternboard.exporters.xml.XmlText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.ValidationResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {
    private final HtmlReport html = new HtmlReport();

    @Test
    void everySampleReportHasEverySectionTheFindingsAndTheDiagram() throws Exception {
        List<ReportFixtures.Named> samples = ReportFixtures.samples();
        assertThat(samples).isNotEmpty();
        for (ReportFixtures.Named s : samples) {
            ReviewReport r = ReportFixtures.report(s);
            String page = html.render(r);
            Document doc = ReportFixtures.xml(page);
            for (String id : ReportFixtures.SECTIONS) {
                assertThat(byId(doc, id)).as("%s: section %s", s.file(), id).isNotNull();
            }
            assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
                    .as("inline SVG diagram").isEqualTo(1);
            ValidationResult check = RuleEngine.standard().check(s.design());
            for (Finding f : check.unsuppressed()) {
                assertThat(page).as("%s: finding %s", s.file(), f.ruleId()).contains(XmlText.esc(f.title()), XmlText.esc(f.remedy()));
            }
            s.design().components().forEach(c -> assertThat(page).contains(XmlText.esc(c.name())));
            assertThat(page).contains("<h1>" + XmlText.esc(s.design().name()) + "</h1>", s.file(), "2026-03-14");
            assertThat(ReportFixtures.loadedResources(page)).as("resources the page would load").isEmpty();
            // The cost section quotes the same estimate as `patternboard cost`.
            double total = org.patternboard.model.cost.estimate.Estimator.standard().estimate(s.design()).total();
            assertThat(r.cost().total()).isEqualTo(total);
            assertThat(page).contains("About <strong>" + ReportCost.money(total) + "</strong> a month");
            assertThat(r.cost().rows()).as("%s: priced rows, most expensive first", s.file()).isNotEmpty()
                    .isSortedAccordingTo(java.util.Comparator.comparingDouble(ReportCost.Row::monthly).reversed());
        }
    }

    @Test
    void everyPatternBlockReportIsWellFormedXhtmlWithEverySection() throws Exception {
        List<ReportFixtures.Named> blocks = ReportFixtures.blocks();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(54);
        for (ReportFixtures.Named b : blocks) {
            ReviewReport r = ReportFixtures.report(b);
            Document doc = ReportFixtures.xml(html.render(r));
            for (String id : ReportFixtures.SECTIONS) {
                assertThat(byId(doc, id)).as("%s: section %s", b.file(), id).isNotNull();
            }
            assertThat(r.patterns()).as("%s frames its own pattern", b.file()).isNotEmpty();
            assertThat(r.patterns().get(0).summary()).as("%s pattern summary from the library", b.file()).isNotBlank();
        }
    }

    @Test
    void theSameDesignAndDateGiveTheSameBytes() {
        ReportFixtures.Named s = ReportFixtures.samples().get(0);
        assertThat(html.render(ReportFixtures.report(s))).isEqualTo(html.render(ReportFixtures.report(s)));
    }

    @Test
    void printCssStartsMajorSectionsOnANewPageAndNothingIsLoaded() {
        String page = html.render(ReportFixtures.report(ReportFixtures.samples().get(0)));
        assertThat(page).contains("@media print", "page-break-before: always", "<section id=\"findings\" class=\"major\">");
        assertThat(page).doesNotContain("<script", "<link", "@import", "@font-face");
    }

    @Test
    void theStaticCheckCatchesWhatWouldLoad() {
        // the check the page passes must be able to fail
        assertThat(ReportFixtures.loadedResources("<img src=\"https://x.test/a.png\"/>")).isNotEmpty();
        assertThat(ReportFixtures.loadedResources("<div style=\"background: url(http://x.test/a.png)\"></div>")).isNotEmpty();
        assertThat(ReportFixtures.loadedResources("<link rel=\"stylesheet\" href=\"https://x.test/a.css\"/>")).isNotEmpty();
        assertThat(ReportFixtures.loadedResources("<a href=\"https://docs.aws.amazon.com/\">docs</a>"
                + "<path marker-end=\"url(#arrow)\"/>")).isEmpty();
    }

    private static Element byId(Document doc, String id) {
        var all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }
}
