package org.patternboard.exporters.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.DesignBuilder;
import org.patternboard.exporters.diagram.icons.AwsIcons;
import org.patternboard.model.catalog.Category;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

/** The SVG export draws each card with its AWS icon, writes each icon once per document, and stays deterministic. */
class SvgIconsTest {
    private static final Pattern USE = Pattern.compile("<use xlink:href=\"#([^\"]+)\"");
    private static final Pattern SYMBOL = Pattern.compile("<symbol id=\"([^\"]+)\"");

    @Test
    void theBigFanEmbedsEachIconItUsesOnceAndIsByteIdenticalOnRepeat() throws Exception {
        Architecture design = DesignFiles.load(Path.of("..", "samples", "src", "main", "resources", "patternboard",
                "samples", "the-big-fan.pboard.json"));
        String svg = new SvgDiagram().render(design);
        assertThat(new SvgDiagram().render(design)).isEqualTo(svg);

        String sqs = AwsIcons.standard().icon("aws.sqs.queue", null, Category.Integration).id();
        String sns = AwsIcons.standard().icon("aws.sns.topic", null, Category.Integration).id();
        long queues = design.components().stream().filter(c -> c.type().equals("aws.sqs.queue")).count();
        assertThat(queues).isGreaterThan(1);
        assertThat(count(svg, "<symbol id=\"" + sqs + "\"")).isEqualTo(1);
        assertThat(count(svg, "<use xlink:href=\"#" + sqs + "\"")).isEqualTo(queues);
        assertThat(count(svg, "<symbol id=\"" + sns + "\"")).isEqualTo(1);
        assertThat(uses(svg)).hasSize(design.components().size());
        // Every icon used is defined, and nothing unused is.
        assertThat(ids(svg, SYMBOL)).isEqualTo(new TreeSet<>(uses(svg)));
        assertThat(svg).contains("xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
    }

    @Test
    void aHundredQueuesCarryTheQueueIconOnce() {
        DesignBuilder one = new DesignBuilder("one");
        one.component("q0", "aws.sqs.queue", "Q0");
        DesignBuilder hundred = new DesignBuilder("many");
        for (int i = 0; i < 100; i++) {
            hundred.component("q" + i, "aws.sqs.queue", "Q" + i);
        }
        String small = new SvgDiagram().render(one.build());
        String big = new SvgDiagram().render(hundred.build());
        assertThat(count(big, "<symbol ")).isEqualTo(1);
        assertThat(count(big, "<use ")).isEqualTo(100);
        int iconBytes = small.indexOf("</defs>") - small.indexOf("<symbol ");
        assertThat(iconBytes).isGreaterThan(1000);
        // Each further card costs its own markup (a few hundred bytes), not another copy of the icon.
        assertThat((big.length() - small.length()) / 99).isLessThan(iconBytes / 2);
    }

    @Test
    void aGenericCardIsDrawnWithItsServicesIcon() {
        Architecture a = new DesignBuilder("generic")
                .component("vm", "aws.cloudformation.resource", "Vm", java.util.Map.of("resourceType", "AWS::EC2::Instance"))
                .build();
        assertThat(new SvgDiagram().render(a)).contains("<use xlink:href=\"#aws-architecture-service-AmazonEC2\"");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static java.util.List<String> uses(String svg) {
        java.util.List<String> l = new java.util.ArrayList<>();
        Matcher m = USE.matcher(svg);
        while (m.find()) {
            l.add(m.group(1));
        }
        return l;
    }

    private static Set<String> ids(String svg, Pattern p) {
        Set<String> s = new TreeSet<>();
        Matcher m = p.matcher(svg);
        while (m.find()) {
            s.add(m.group(1));
        }
        return s;
    }
}
