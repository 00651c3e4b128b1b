package org.patternboard.exporters.drawio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Note;
import org.w3c.dom.Element;

class DrawioDiagramTest {
    private static Architecture design(List<Component> components, List<Connection> connections, List<Group> groups,
            List<Note> notes) {
        return Architecture.of("Shop & <Co>", "", components, connections, groups, notes, List.of(), Map.of());
    }

    @Test
    void nestedGroupsAreContainersAndChildGeometryIsRelativeToTheParent() {
        Group vpc = Group.of("net", GroupKind.VPC, "Network", 100, 100, 700, 500);
        Group subnet = Group.of("private", GroupKind.SUBNET, "Private", 150, 160, 400, 300).withParent("net");
        Component fn = Component.of("fn", "aws.lambda.function", "Worker", 200, 220).withParent("private");
        Component db = Component.of("db", "aws.dynamodb.table", "Orders", 900, 220);
        DrawioFile f = DrawioFile.parse(new DrawioDiagram().render(design(List.of(fn, db),
                List.of(Connection.of("c1", "fn", "db", ConnectionKind.WRITES)), List.of(vpc, subnet), List.of())));
        assertThat(f.structuralProblems()).isEmpty();

        Element net = f.cells.get("group-net");
        Element sub = f.cells.get("group-private");
        Element worker = f.cells.get("component-fn");
        assertThat(DrawioFile.style(net)).containsEntry("container", "1").containsEntry("shape", "mxgraph.aws4.group")
                .containsEntry("grIcon", "mxgraph.aws4.group_vpc");
        assertThat(net.getAttribute("parent")).isEqualTo("1");
        assertThat(sub.getAttribute("parent")).isEqualTo("group-net");
        assertThat(worker.getAttribute("parent")).isEqualTo("group-private");
        // The subnet sits 50,60 inside the VPC; the icon is centred in the card's box, relative to the subnet.
        assertThat(DrawioFile.geometry(sub).getAttribute("x")).isEqualTo("50");
        assertThat(DrawioFile.geometry(sub).getAttribute("y")).isEqualTo("60");
        Box icon = DrawioDiagram.iconBox(new Box(200, 220, fn.effectiveWidth(), fn.effectiveHeight()));
        assertThat(Double.parseDouble(DrawioFile.geometry(worker).getAttribute("x"))).isEqualTo(icon.x() - 150);
        assertThat(Double.parseDouble(DrawioFile.geometry(worker).getAttribute("y"))).isEqualTo(icon.y() - 160);
        // The top-level VPC is shifted so that the drawing starts at the margin.
        assertThat(DrawioFile.geometry(net).getAttribute("x")).isEqualTo("40");
    }

    @Test
    void namesAndNotesAreEscapedAndSurviveParsing() {
        String name = "A & <B> \"C\" 'D'";
        Component c = Component.of("c", "aws.sqs.queue", name, 0, 0);
        Note n = Note.of("n1", "if a < b & c\nthen <script>", 0, 200);
        String xml = new DrawioDiagram().render(design(List.of(c), List.of(), List.of(), List.of(n)));
        DrawioFile f = DrawioFile.parse(xml);
        assertThat(f.structuralProblems()).isEmpty();
        assertThat(f.doc.getElementsByTagName("diagram").item(0).getAttributes().getNamedItem("name").getNodeValue())
                .isEqualTo("Shop & <Co>");
        assertThat(f.cells.get("component-c").getAttribute("value")).isEqualTo(name + "\nSQS queue");
        // html=1 label: the note's text is HTML-escaped, its line breaks are <br>.
        assertThat(f.cells.get("note-n1").getAttribute("value")).isEqualTo("if a &lt; b &amp; c<br>then &lt;script&gt;");
        assertThat(DrawioFile.style(f.cells.get("note-n1"))).containsEntry("shape", "note").containsEntry("html", "1");
    }

    @Test
    void failurePathsAreDashedRedEdgesWithTheRoutesBends() {
        Component q = Component.of("q", "aws.sqs.queue", "Jobs", 0, 0);
        Component dlq = Component.of("dlq", "aws.sqs.queue", "JobsDlq", 400, 300);
        Component fn = Component.of("fn", "aws.lambda.function", "Worker", 400, 0);
        DrawioFile f = DrawioFile.parse(new DrawioDiagram().render(design(List.of(q, dlq, fn),
                List.of(Connection.of("c1", "q", "dlq", ConnectionKind.FAILS_TO), Connection.of("c2", "q", "fn", ConnectionKind.TRIGGERS)),
                List.of(), List.of())));
        assertThat(f.structuralProblems()).isEmpty();
        Element fail = f.cells.get("connection-c1");
        assertThat(fail.getAttribute("value")).isEqualTo("failsTo");
        assertThat(DrawioFile.style(fail)).containsEntry("dashed", "1").containsEntry("strokeColor", "#D63341")
                .containsEntry("edgeStyle", "orthogonalEdgeStyle");
        // Offset ends: the elbow route's two bends become waypoints.
        assertThat(DrawioFile.geometry(fail).getElementsByTagName("mxPoint").getLength()).isEqualTo(2);
        Element trig = f.cells.get("connection-c2");
        assertThat(trig.getAttribute("source")).isEqualTo("component-q");
        assertThat(trig.getAttribute("target")).isEqualTo("component-fn");
        // Side by side: leaves the right side, enters the left.
        assertThat(DrawioFile.style(trig)).containsEntry("exitX", "1").containsEntry("entryX", "0");
    }

    @Test
    void aCollapsedFrameStandsInForItsMembers() {
        Group g = Group.of("g", GroupKind.PATTERN, "Fan", 300, 0, 500, 300).withCollapsed(true);
        Component api = Component.of("api", "aws.apigateway.restApi", "Api", 0, 0);
        Component topic = Component.of("topic", "aws.sns.topic", "Topic", 320, 40).withParent("g");
        DrawioFile f = DrawioFile.parse(new DrawioDiagram().render(design(List.of(api, topic),
                List.of(Connection.of("c1", "api", "topic", ConnectionKind.INTEGRATES)), List.of(g), List.of())));
        assertThat(f.structuralProblems()).isEmpty();
        assertThat(f.cells).doesNotContainKey("component-topic");
        assertThat(f.cells.get("connection-c1").getAttribute("target")).isEqualTo("group-g");
        assertThat(f.cells.get("group-g").getAttribute("value")).contains("Fan").contains("1 components (collapsed)");
    }

    @Test
    void anEmptyDesignIsAValidEmptyDiagram() {
        DrawioFile f = DrawioFile.parse(new DrawioDiagram().render(Architecture.empty("Empty")));
        assertThat(f.structuralProblems()).isEmpty();
        assertThat(f.cells).containsOnlyKeys("0", "1");
    }
}
