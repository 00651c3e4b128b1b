package org.patternboard.exporters.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.catalog.ConnectionRule;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Generates designs that together use every component type and every legal (source, kind, target) of the
 * catalog at least once. Each rule gets a fresh pair of components (so no component collects hundreds of
 * connections), completed with what makes it meaningful (a pipe gets a source and a target, a schedule a
 * target...). Rules are packed into designs whose templates stay well below CloudFormation's 500 resources.
 */
public final class CatalogDesigns {
    /** Resources per template we aim to stay under (CloudFormation allows 500). */
    static final int RESOURCE_BUDGET = 420;

    private CatalogDesigns() {
    }

    /** Properties that types need to export something meaningful (required ones, chiefly). */
    static Map<String, Object> properties(String type) {
        return switch (type) {
            case "aws.dynamodb.table" -> Map.of("partitionKey", "pk");
            case "aws.route53.hostedZone" -> Map.of("zoneName", "example.com");
            case "aws.certificatemanager.certificate" -> Map.of("domainName", "app.example.com", "validation", "DNS");
            case "aws.cloudformation.resource" -> Map.of("resourceType", "AWS::SSM::Parameter",
                    "cfnProperties", Map.of("Type", "String", "Value", "generated"));
            case "aws.scheduler.schedule" -> Map.of("scheduleExpression", "rate(1 hour)");
            case "external.httpEndpoint" -> Map.of("url", "https://api.example.com/hook");
            case "aws.rds.dbProxy" -> Map.of();
            case "aws.translate.service" -> Map.of("targetLanguage", "de");
            case "aws.polly.service" -> Map.of("voiceId", "Joanna", "outputFormat", "mp3");
            case "aws.alexa.skill" -> Map.of("vendorId", "M1234567890");
            case "aws.medialive.channel" -> Map.of("inputUrl", "https://example.com/live/index.m3u8");
            default -> Map.of();
        };
    }

    /** A builder of one design, with helpers that add components with fresh ids. */
    static final class Draft {
        final List<Component> components = new ArrayList<>();
        final List<Connection> connections = new ArrayList<>();
        private int next;

        String add(String type) {
            String id = "c" + (next++);
            String name = type.substring(type.lastIndexOf('.') + 1) + " " + id;
            Map<String, Object> props = new LinkedHashMap<>(properties(type));
            // domain names must be unique within a template
            props.computeIfPresent("zoneName", (k, v) -> id + "." + v);
            props.computeIfPresent("domainName", (k, v) -> id + "." + v);
            components.add(new Component(id, type, name, next * 10.0, 0, null, null, null, props, Map.of()));
            return id;
        }

        void connect(String from, ConnectionKind kind, String to) {
            connections.add(new Connection("k" + (next++), from, to, kind, Map.of(), Map.of()));
        }

        String type(String id) {
            return components.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().type();
        }

        boolean has(String id, ConnectionKind kind, boolean outgoing) {
            return connections.stream().anyMatch(c -> c.kind() == kind && (outgoing ? c.from() : c.to()).equals(id));
        }

        boolean hasOutgoingTo(String id, ConnectionKind kind, String targetType) {
            return connections.stream().anyMatch(c -> c.kind() == kind && c.from().equals(id) && type(c.to()).equals(targetType));
        }

        Architecture build(String name) {
            return Architecture.of(name, "Generated to cover the connection table", components, connections,
                    List.of(), List.of(), List.of(), Map.of());
        }
    }

    /** One rule as a small, complete piece of design. */
    static void addRule(Draft d, ConnectionRule r) {
        String from = d.add(r.from());
        String to = r.from().equals(r.to()) && r.kind() != ConnectionKind.MONITORS ? d.add(r.to()) : d.add(r.to());
        d.connect(from, r.kind(), to);
        complete(d, from);
        complete(d, to);
    }

    /** Adds what a component needs to be exported meaningfully. */
    static void complete(Draft d, String id) {
        String type = d.type(id);
        switch (type) {
            case "aws.pipes.pipe" -> {
                if (!d.has(id, ConnectionKind.TRIGGERS, false)) {
                    boolean stream = d.has(id, ConnectionKind.FAILS_TO, true);
                    d.connect(d.add(stream ? "aws.kinesis.stream" : "aws.sqs.queue"), ConnectionKind.TRIGGERS, id);
                }
                if (!d.has(id, ConnectionKind.ROUTES, true)) {
                    d.connect(id, ConnectionKind.ROUTES, d.add("aws.sqs.queue"));
                }
            }
            case "aws.scheduler.schedule" -> {
                if (!d.has(id, ConnectionKind.TRIGGERS, true)) {
                    d.connect(id, ConnectionKind.TRIGGERS, d.add("aws.lambda.function"));
                }
            }
            case "aws.events.rule" -> {
                if (!d.has(id, ConnectionKind.ROUTES, true) && !d.has(id, ConnectionKind.TRIGGERS, true)) {
                    d.connect(id, ConnectionKind.ROUTES, d.add("aws.sqs.queue"));
                }
            }
            case "aws.sns.topic" -> {
                if (d.has(id, ConnectionKind.FAILS_TO, true) && !d.has(id, ConnectionKind.SUBSCRIBES, true)) {
                    d.connect(id, ConnectionKind.SUBSCRIBES, d.add("aws.sqs.queue"));
                }
            }
            case "aws.cloudwatch.alarm" -> {
                boolean metric = d.connections.stream().anyMatch(c -> c.from().equals(id) && c.kind() == ConnectionKind.MONITORS
                        && !d.type(c.to()).equals("aws.cloudwatch.alarm"));
                if (!metric) {
                    d.connect(id, ConnectionKind.MONITORS, d.add("aws.lambda.function"));
                }
                for (Connection c : List.copyOf(d.connections)) {
                    if (c.from().equals(id) && c.kind() == ConnectionKind.MONITORS && d.type(c.to()).equals("aws.cloudwatch.alarm")
                            && !c.to().equals(id)) {
                        complete(d, c.to());
                    }
                }
            }
            case "aws.elbv2.applicationLoadBalancer" -> {
                if (d.has(id, ConnectionKind.AUTHORIZES, false)
                        && !d.hasOutgoingTo(id, ConnectionKind.USES, "aws.certificatemanager.certificate")) {
                    d.connect(id, ConnectionKind.USES, d.add("aws.certificatemanager.certificate"));
                }
            }
            default -> {
            }
        }
    }

    /**
     * Designs covering every rule of the catalog (and so every type). {@code resources} counts the resources
     * a design exports, so designs are cut before they grow past {@link #RESOURCE_BUDGET}.
     */
    public static List<Architecture> covering(Catalog catalog, Function<Architecture, Integer> resources) {
        List<Architecture> designs = new ArrayList<>();
        Map<String, List<ConnectionRule>> byKind = new LinkedHashMap<>();
        for (ConnectionRule r : catalog.rules()) {
            byKind.computeIfAbsent(r.kind().id(), k -> new ArrayList<>()).add(r);
        }
        Draft draft = new Draft();
        int sinceCheck = 0;
        for (List<ConnectionRule> rules : byKind.values()) {
            for (ConnectionRule r : rules) {
                Draft trial = copy(draft);
                addRule(trial, r);
                sinceCheck++;
                if (sinceCheck >= 10 && resources.apply(trial.build("probe")) > RESOURCE_BUDGET) {
                    designs.add(draft.build("Catalog coverage " + (designs.size() + 1)));
                    draft = new Draft();
                    addRule(draft, r);
                    sinceCheck = 0;
                } else {
                    draft = trial;
                }
            }
        }
        if (!draft.components.isEmpty()) {
            designs.add(draft.build("Catalog coverage " + (designs.size() + 1)));
        }
        return designs;
    }

    private static Draft copy(Draft d) {
        Draft c = new Draft();
        c.components.addAll(d.components);
        c.connections.addAll(d.connections);
        c.next = d.next;
        return c;
    }
}
