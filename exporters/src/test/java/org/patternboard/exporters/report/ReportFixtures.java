package org.patternboard.exporters.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.patterns.PatternLibrary;
import org.w3c.dom.Document;

/** The shipped designs, a fixed report date, and checks the report tests share. */
final class ReportFixtures {
    static final LocalDate DATE = LocalDate.of(2026, 3, 14);
    /** Every section every report has, by element id. */
    static final List<String> SECTIONS = List.of("metadata", "diagram", "scores", "findings", "accepted-risks",
            "patterns", "inventory", "cost", "flows");

    private ReportFixtures() {
    }

    record Named(String file, Architecture design) {
    }

    static List<Named> samples() {
        List<Named> list = new ArrayList<>();
        try (InputStream in = resource("patternboard/samples/index.json")) {
            for (String file : new ObjectMapper().readValue(in, String[].class)) {
                try (InputStream s = resource("patternboard/samples/" + file)) {
                    list.add(new Named(file, DesignFiles.parse(new String(s.readAllBytes(), StandardCharsets.UTF_8), file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.patternboard.model.io.DesignFormatException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    static List<Named> blocks() {
        return PatternLibrary.standard().blocks().stream()
                .map(b -> new Named(PatternLibrary.fileName(b.id()), b.design())).toList();
    }

    static ReviewReport report(Named n) {
        return ReportAssembler.standard().assemble(n.design(), n.file(), DATE);
    }

    private static InputStream resource(String name) {
        InputStream in = ReportFixtures.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing " + name);
        }
        return in;
    }

    /** Parses as namespace-aware XML, refusing any DTD or external entity (so the parser itself loads nothing). */
    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final Pattern LOADED = Pattern.compile(
            "(?i)(\\b(src|srcset|poster|data|background|xlink:href)\\s*=\\s*[\"']?\\s*(https?:)?//)"
                    + "|url\\(\\s*[\"']?\\s*(https?:)?//|@import|<link\\b|<script\\b|<iframe\\b|<object\\b|<embed\\b|<img\\b|<image\\b");

    /** What in the page would make a browser fetch something; links a reader clicks ({@code <a href>}) are fine. */
    static List<String> loadedResources(String html) {
        List<String> hits = new ArrayList<>();
        Matcher m = LOADED.matcher(html);
        while (m.find()) {
            hits.add(html.substring(Math.max(0, m.start() - 20), Math.min(html.length(), m.end() + 40)));
        }
        return hits;
    }
}
