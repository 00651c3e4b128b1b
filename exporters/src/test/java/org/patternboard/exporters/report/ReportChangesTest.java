package org.patternboard.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.ValidationResult;

class ReportChangesTest {
    static final ReportChanges HAND_BUILT = new ReportChanges("orders-v1.pboard.json",
            List.of("audit-queue"), List.of("legacy-fn"), List.of(new ReportChanges.Rename("api", "orders-api")),
            List.of(new ReportChanges.ChangedComponent("worker", List.of(
                    new ReportChanges.PropertyChange("memorySize", 128, 1024),
                    new ReportChanges.PropertyChange("tracing", null, "Active")))),
            List.of("c-audit"), List.of("c-legacy"),
            List.of(new ReportChanges.FindingRef("REL-004", "Queue consumer without DLQ", List.of("audit-queue"))),
            List.of(new ReportChanges.FindingRef("SEC-001", "", List.of("orders-api"))),
            Map.of(Pillar.RELIABILITY, -12, Pillar.SECURITY, 8));

    static final List<String> EXPECTED = List.of("orders-v1.pboard.json", "audit-queue", "legacy-fn", "orders-api",
            "worker", "memorySize", "from 128 to 1024", "from (not set) to Active", "c-audit", "c-legacy", "REL-004",
            "Queue consumer without DLQ", "SEC-001");

    @Test
    void handBuiltChangesShowInAllThreeFormats() throws IOException {
        ReviewReport r = ReportFixtures.report(ReportFixtures.samples().get(0)).withChanges(HAND_BUILT);
        String html = new HtmlReport().render(r);
        assertThat(html).contains("<section id=\"changes\"").contains(EXPECTED).contains("Score Reliability", "-12", "+8");
        String md = new MarkdownReport().render(r, "d.svg");
        assertThat(md).contains("## Changes since `orders-v1.pboard.json`").contains(EXPECTED)
                .contains("Reliability -12", "Security +8");
        assertThat(HtmlRenderer.builder().build().render(Parser.builder().build().parse(md))).contains("<code>c-audit</code>");
        try (PDDocument doc = Loader.loadPDF(new PdfReport().render(r))) {
            String text = PdfReportTest.oneLine(new PDFTextStripper().getText(doc));
            assertThat(text).contains("Changes since").contains(EXPECTED);
        }
        // without changes, no section
        assertThat(new HtmlReport().render(ReportFixtures.report(ReportFixtures.samples().get(0))))
                .doesNotContain("id=\"changes\"");
    }

    @Test
    void theChangesComeFromTheDesignDiffWithRenamesFindingsAndScores() {
        Architecture old = ReportFixtures.samples().get(0).design();
        Component some = old.components().iterator().next();
        Connection gone = old.connections().iterator().next();
        Component queue = Component.of("audit-queue", "aws.sqs.queue", "AuditQueue", 900, 900);
        Architecture now = old.withoutConnection(gone.id()).withComponent(queue)
                .withComponent(some.withProperty("zzNote", "changed"));
        RuleEngine engine = RuleEngine.standard();
        ValidationResult before = engine.check(old);
        ValidationResult after = engine.check(now);
        ReportChanges c = DiffChanges.from("old.pboard.json", DesignDiff.between(old, now));

        assertThat(c.since()).isEqualTo("old.pboard.json");
        assertThat(c.componentsAdded()).containsExactly("audit-queue");
        assertThat(c.componentsRemoved()).isEmpty();
        assertThat(c.componentsChanged()).containsExactly(new ReportChanges.ChangedComponent(some.id(),
                List.of(new ReportChanges.PropertyChange("zzNote", null, "changed"))));
        assertThat(c.connectionsRemoved()).containsExactly(gone.id());
        assertThat(c.connectionsAdded()).isEmpty();
        assertThat(c.findingsIntroduced()).isNotEmpty()
                .allSatisfy(f -> assertThat(before.unsuppressed()).noneMatch(b -> b.ruleId().equals(f.rule())
                        && b.targets().equals(f.targets())));
        assertThat(c.findingsIntroduced()).anyMatch(f -> f.targets().contains("audit-queue"));
        for (Pillar p : Pillar.values()) {
            int d = after.score(p) - before.score(p);
            assertThat(c.scoreDeltas().get(p)).as(p.id()).isEqualTo(d == 0 ? null : d);
        }

        // a changed id with the same type and name is a rename, not a removal and an addition
        Architecture renamed = now.withoutComponent("audit-queue")
                .withComponent(Component.of("audit-queue-2", "aws.sqs.queue", "AuditQueue", 900, 900));
        ReportChanges r = DiffChanges.from("old", DesignDiff.between(now, renamed));
        assertThat(r.componentsRenamed()).containsExactly(new ReportChanges.Rename("audit-queue", "audit-queue-2"));
        assertThat(r.componentsAdded()).isEmpty();
        assertThat(r.componentsRemoved()).isEmpty();

        ReportChanges back = DiffChanges.from("new", DesignDiff.between(now, old));
        assertThat(back.componentsRemoved()).containsExactly("audit-queue");
        assertThat(back.connectionsAdded()).containsExactly(gone.id());
        assertThat(DiffChanges.from("same", DesignDiff.between(old, old)).isEmpty()).isTrue();
    }
}
