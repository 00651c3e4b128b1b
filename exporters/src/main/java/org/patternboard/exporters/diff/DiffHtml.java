package org.patternboard.exporters.diff;

import java.util.List;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.PropertyChange;

/** One self-contained page (no scripts, no network): the diff diagram inline, then the same lists as Markdown. */
public final class DiffHtml {
    private DiffHtml() {
    }

    public static String write(DesignDiff diff, Architecture oldDesign, Architecture newDesign) {
        String title = "Design diff: " + DiffMarkdown.title(oldDesign, newDesign);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:Inter,'Segoe UI',Helvetica,Arial,sans-serif;color:#1D2939;margin:2rem;max-width:1400px}\n")
                .append(".diagram svg{max-width:100%;height:auto;border:1px solid #EAECF0;border-radius:8px}\n")
                .append("li{margin:.2rem 0}code{background:#F2F4F7;padding:0 .25rem;border-radius:3px}\n")
                .append(".added,.introduced{color:#067647}.removed,.resolved{color:#B42318}.changed,.renamed{color:#B54708}"
                        + ".moved{color:#475467}\n")
                .append("table{border-collapse:collapse}td,th{border:1px solid #EAECF0;padding:.2rem .6rem;text-align:left}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        List<DiffSections.Section> sections = DiffSections.of(diff, oldDesign, newDesign, Catalog.standard());
        if (sections.isEmpty()) {
            return h.append("<p>No differences.</p>\n</body>\n</html>\n").toString();
        }
        h.append("<p>").append(esc(DiffMarkdown.summary(diff))).append("</p>\n");
        String svg = DiffSvg.render(diff, oldDesign, newDesign);
        h.append("<div class=\"diagram\">\n").append(svg.substring(svg.indexOf("<svg"))).append("</div>\n");
        for (DiffSections.Section s : sections) {
            h.append("<h2>").append(esc(s.title())).append("</h2>\n");
            if (s.title().equals("Scores")) {
                h.append("<table>\n<tr><th>pillar</th><th>change</th></tr>\n");
                for (DiffSections.Entry e : s.entries()) {
                    h.append("<tr><td>").append(esc(e.subject())).append("</td><td>").append(esc(e.detail()))
                            .append("</td></tr>\n");
                }
                h.append("</table>\n");
                continue;
            }
            h.append("<ul>\n");
            for (DiffSections.Entry e : s.entries()) {
                h.append("<li class=\"").append(e.sign().word).append("\"><strong>").append(e.sign().word)
                        .append("</strong> <code>").append(esc(e.subject())).append("</code>");
                if (!e.detail().isEmpty()) {
                    h.append(" \u2014 ").append(esc(e.detail()));
                }
                if (!e.changes().isEmpty()) {
                    h.append("\n<ul>\n");
                    for (PropertyChange p : e.changes()) {
                        h.append("<li><code>").append(esc(p.name())).append("</code>: <code>")
                                .append(esc(DiffValues.show(p.oldValue()))).append("</code> \u2192 <code>")
                                .append(esc(DiffValues.show(p.newValue()))).append("</code></li>\n");
                    }
                    h.append("</ul>\n");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
