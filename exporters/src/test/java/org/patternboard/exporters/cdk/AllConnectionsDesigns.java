package org.patternboard.exporters.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.catalog.ConnectionRule;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Generated designs that together use every component type and every legal connection of the catalog
 * (every entry of {@code Catalog.standard().rules()}), split into stacks of a size CloudFormation accepts.
 *
 * <p>Each design has one shared component of every type, the usual target of connections; the source of a
 * connection is a fresh component of its own (so a rule's five-target limit, an API's routes or a function's
 * single destination never collide), and so is the target where a target can take only one such connection
 * (a rule on one bus, an API with one authorizer, a pipe with one source...). The wildcard rules of the generic
 * resource type connect the shared components to two generic resources (one only used as a source, one only as
 * a target, so the dependencies they add cannot form a cycle).
 */
public final class AllConnectionsDesigns {
    static final String GENERIC = ComponentType.GENERIC_ID;
    /** Connections whose target takes only one of them. */
    private static final Set<String> FRESH_TARGET = Set.of(
            "aws.events.eventBus|routes|aws.events.rule",
            "*|authorizes|*", "*|protects|*",
            "aws.rds.dbProxy|connects|*",
            "*|triggers|aws.pipes.pipe", "aws.kinesis.stream|triggers|aws.kinesisfirehose.deliveryStream",
            "aws.cognito.userPool|triggers|aws.lambda.function",
            "aws.medialive.channel|publishes|aws.mediapackage.channel");
    /** Values for properties that have no default but are required (or needed for a valid resource). */
    private static final Map<String, Map<String, Object>> REQUIRED = Map.of(
            "aws.dynamodb.table", Map.of("partitionKey", "pk"),
            "aws.certificatemanager.certificate", Map.of("domainName", "app.example.com", "validation", "DNS"),
            "aws.route53.hostedZone", Map.of("zoneName", "example.com"),
            GENERIC, Map.of("resourceType", "AWS::SSM::Parameter", "cfnProperties", Map.of("Type", "String", "Value", "generic")),
            "external.httpEndpoint", Map.of("url", "https://api.example.com"),
            "aws.lambda.function", Map.of("runtime", "nodejs22.x"));

    private AllConnectionsDesigns() {
    }

    public static List<Architecture> generate(Catalog catalog, int connectionsPerDesign) {
        List<ConnectionRule> specific = new ArrayList<>();
        List<ConnectionRule> wildcard = new ArrayList<>();
        for (ConnectionRule r : catalog.rules()) {
            (r.from().equals(GENERIC) || r.to().equals(GENERIC) ? wildcard : specific).add(r);
        }
        List<Architecture> designs = new ArrayList<>();
        for (int i = 0; i < specific.size(); i += connectionsPerDesign) {
            designs.add(design(catalog, "All connections " + (designs.size() + 1),
                    specific.subList(i, Math.min(specific.size(), i + connectionsPerDesign)), false));
        }
        int wildcardPerDesign = Math.max(connectionsPerDesign * 4, 1);
        for (int i = 0; i < wildcard.size(); i += wildcardPerDesign) {
            designs.add(design(catalog, "All connections " + (designs.size() + 1),
                    wildcard.subList(i, Math.min(wildcard.size(), i + wildcardPerDesign)), true));
        }
        return designs;
    }

    private static Architecture design(Catalog catalog, String name, List<ConnectionRule> rules, boolean wildcard) {
        Map<String, Component> components = new TreeMap<>();
        Map<String, Connection> connections = new TreeMap<>();
        for (ComponentType t : catalog.types()) {
            add(components, catalog, shared(t.id()), t.id());
        }
        String genericTarget = "zz-generic-target";
        add(components, catalog, genericTarget, GENERIC);
        int n = 0;
        for (ConnectionRule r : rules) {
            n++;
            String suffix = String.format("%03d", n);
            String from;
            String to;
            if (wildcard) {
                // generic source -> shared X, shared X -> generic target: the dependencies they add form no cycle
                from = r.from().equals(GENERIC) ? shared(GENERIC) : shared(r.from());
                to = r.to().equals(GENERIC) ? genericTarget : shared(r.to());
            } else {
                from = "src-" + suffix + "-" + last(r.from());
                add(components, catalog, from, r.from());
                to = shared(r.to());
                if (freshTarget(r)) {
                    to = "dst-" + suffix + "-" + last(r.to());
                    add(components, catalog, to, r.to());
                }
            }
            String id = "c-" + suffix + "-" + r.kind().id();
            connections.put(id, new Connection(id, from, to, r.kind(), defaults(r.properties()), Map.of()));
        }
        complete(components, connections, catalog);
        return Architecture.of(name, "Generated: every component type and " + rules.size() + " legal connections of the catalog.",
                components.values(), connections.values(), List.of(), List.of(), List.of(), Map.of());
    }

    /** Adds what some components cannot do without: a proxy's database, a schedule's and a pipe's ends. */
    private static void complete(Map<String, Component> components, Map<String, Connection> connections, Catalog catalog) {
        int n = 0;
        for (Component c : new ArrayList<>(components.values())) {
            List<Connection> out = connections.values().stream().filter(x -> x.from().equals(c.id())).toList();
            List<Connection> in = connections.values().stream().filter(x -> x.to().equals(c.id())).toList();
            switch (c.type()) {
                case "aws.rds.dbProxy" -> {
                    if (out.stream().noneMatch(x -> x.kind() == ConnectionKind.CONNECTS)) {
                        String db = "zz-db-for-" + c.id();
                        add(components, catalog, db, "aws.rds.dbInstance");
                        connect(connections, "zz-c" + (++n), c.id(), db, ConnectionKind.CONNECTS);
                    }
                }
                case "aws.scheduler.schedule" -> {
                    if (out.stream().noneMatch(x -> x.kind() == ConnectionKind.TRIGGERS)) {
                        connect(connections, "zz-c" + (++n), c.id(), shared("aws.lambda.function"), ConnectionKind.TRIGGERS);
                    }
                }
                case "aws.pipes.pipe" -> {
                    if (in.stream().noneMatch(x -> x.kind() == ConnectionKind.TRIGGERS)) {
                        String q = "zz-queue-for-" + c.id();
                        add(components, catalog, q, "aws.sqs.queue");
                        connect(connections, "zz-c" + (++n), q, c.id(), ConnectionKind.TRIGGERS);
                    }
                    if (out.stream().noneMatch(x -> x.kind() == ConnectionKind.ROUTES)) {
                        connect(connections, "zz-c" + (++n), c.id(), shared("aws.lambda.function"), ConnectionKind.ROUTES);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void connect(Map<String, Connection> connections, String id, String from, String to, ConnectionKind kind) {
        connections.put(id, new Connection(id, from, to, kind, Map.of(), Map.of()));
    }

    private static boolean freshTarget(ConnectionRule r) {
        String k = r.kind().id();
        return FRESH_TARGET.contains(r.from() + "|" + k + "|" + r.to()) || FRESH_TARGET.contains("*|" + k + "|*")
                || FRESH_TARGET.contains(r.from() + "|" + k + "|*") || FRESH_TARGET.contains("*|" + k + "|" + r.to());
    }

    static String shared(String type) {
        return "shared-" + last(type);
    }

    private static String last(String type) {
        return type.substring(type.indexOf('.') + 1).replace('.', '-');
    }

    private static void add(Map<String, Component> components, Catalog catalog, String id, String type) {
        Map<String, Object> props = new LinkedHashMap<>(REQUIRED.getOrDefault(type, Map.of()));
        components.put(id, new Component(id, type, id, 0, 0, null, null, null, props, Map.of()));
    }

    /** Connection properties: each rule's defaults are what a user gets when drawing the line. */
    private static Map<String, Object> defaults(List<PropertySpec> specs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertySpec s : specs) {
            if (s.id().equals("filterPolicy")) {
                values.put("filterPolicy", Map.of("status", List.of("created")));
            }
        }
        return values;
    }
}
