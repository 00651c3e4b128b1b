package org.patternboard.exporters.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.template.References;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.ConnectionRule;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import org.patternboard.model.catalog.schema.ResourceSchema;
import org.patternboard.model.catalog.schema.ResourceSchemas;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.catalog.ConnectionKind;

/**
 * Finds the connections a template expresses: references under known paths (with their kind), IAM statements
 * by their actions, SAM events, policy templates and connectors, and linking resources; any other reference is
 * a plain reference edge. A kind the catalog does not allow between the two types falls back to a plain
 * reference, so nothing the template says is dropped.
 */
final class ConnectionFinder {
    private static final Set<String> IAM = Set.of("AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy");
    private static final Set<String> SAM_WITH_EVENTS = Set.of("AWS::Serverless::Function", "AWS::Serverless::StateMachine");

    /** @param settings the linking resource's type and properties (or a SAM event's), read for connection properties */
    private record Edge(String from, String to, ConnectionKind kind, Map<String, Object> origin, String settingsType,
            Map<?, ?> settings) {
        Edge(String from, String to, ConnectionKind kind, Map<String, Object> origin) {
            this(from, to, kind, origin, null, null);
        }
    }

    private final Catalog catalog;
    private final ImportRules rules;
    private final ResourceIndex index;
    private final Map<String, Component> components;
    private final List<ImportIssue> issues;
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, Component> implicit = new LinkedHashMap<>();
    private final Set<String> reportedMissing = new LinkedHashSet<>();

    ConnectionFinder(Catalog catalog, ImportRules rules, ResourceIndex index, Map<String, Component> components,
            List<ImportIssue> issues) {
        this.catalog = catalog;
        this.rules = rules;
        this.index = index;
        this.components = components;
        this.issues = issues;
    }

    List<Component> implicitComponents() {
        return new ArrayList<>(implicit.values());
    }

    private static final Map<String, String> SAM_EVENT_RESOURCES = Map.of(
            "SQS", "AWS::Lambda::EventSourceMapping", "Kinesis", "AWS::Lambda::EventSourceMapping",
            "DynamoDB", "AWS::Lambda::EventSourceMapping", "MQ", "AWS::Lambda::EventSourceMapping",
            "SNS", "AWS::SNS::Subscription");

    void fromResource(ResourceIndex.Res r) {
        if (r.role == ResourceIndex.Role.LINK) {
            link(r);
            return;
        }
        String owner = index.owner(r.logicalId);
        if (owner == null) {
            return;
        }
        checkDependsOn(r);
        for (References.Reference ref : r.refs()) {
            if (skipped(r, ref.path())) {
                continue;
            }
            String target = resolve(r, ref, List.of("Resources", r.logicalId, "Properties"));
            if (target == null || target.equals(owner)) {
                continue;
            }
            Optional<ImportRules.ReferenceRule> rule = rules.referenceRule(r.type, ref.path());
            if (IAM.contains(r.type) || isSamPolicyStatement(r, ref.path())) {
                ConnectionKind kind = statementKind(r.props, ref.path());
                if (kind != null) {
                    edge(owner, target, kind);
                }
                continue;
            }
            if (isSamPolicyTemplate(r, ref.path())) {
                edge(owner, target, policyTemplateKind(String.valueOf(ref.path().get(2))));
                continue;
            }
            if (rule.isPresent()) {
                ImportRules.ReferenceRule rr = rule.get();
                if (rr.reverse()) {
                    edge(target, owner, rr.kind());
                } else {
                    edge(owner, target, rr.kind());
                }
            } else {
                edge(owner, target, ConnectionKind.REFERENCES);
            }
        }
        if (SAM_WITH_EVENTS.contains(r.type)) {
            samEvents(r, owner);
        }
        connectors(r, owner);
    }

    /** Paths read elsewhere: SAM events and connectors, and the paths by which a helper names its host. */
    private boolean skipped(ResourceIndex.Res r, List<Object> path) {
        if (path.isEmpty()) {
            return false;
        }
        Object first = path.get(0);
        if (SAM_WITH_EVENTS.contains(r.type) && "Events".equals(first)) {
            return true;
        }
        if (IAM.contains(r.type) && ("AssumeRolePolicyDocument".equals(first) || "Roles".equals(first)
                || "ManagedPolicyArns".equals(first) || "PermissionsBoundary".equals(first))) {
            return true;
        }
        ImportRules.Helper h = rules.helpers.get(r.type);
        return h != null && h.host().stream().anyMatch(p -> ImportRules.matches(List.of(p.split("\\.")), path));
    }

    private boolean isSamPolicyStatement(ResourceIndex.Res r, List<Object> path) {
        return SAM_WITH_EVENTS.contains(r.type) && path.size() > 2 && "Policies".equals(path.get(0))
                && "Statement".equals(path.get(path.get(1) instanceof Integer ? 2 : 1));
    }

    private boolean isSamPolicyTemplate(ResourceIndex.Res r, List<Object> path) {
        return SAM_WITH_EVENTS.contains(r.type) && path.size() > 2 && "Policies".equals(path.get(0))
                && path.get(1) instanceof Integer && rules.samPolicyTemplates.containsKey(String.valueOf(path.get(2)));
    }

    private ConnectionKind policyTemplateKind(String template) {
        return rules.samPolicyTemplates.getOrDefault(template, ConnectionKind.REFERENCES);
    }

    /** reads, writes or readWrites for a reference inside a policy statement's Resource; null elsewhere in it. */
    @SuppressWarnings("unchecked")
    private ConnectionKind statementKind(Map<String, Object> props, List<Object> path) {
        int at = path.indexOf("Statement");
        if (at < 0 || at + 2 > path.size()) {
            return null;
        }
        int end = path.get(at + 1) instanceof Integer ? at + 2 : at + 1;
        if (end >= path.size() || !(("Resource".equals(path.get(end))) || "NotResource".equals(path.get(end)))) {
            return null;
        }
        Object statement = get(props, path.subList(0, end));
        if (!(statement instanceof Map<?, ?> s) || "Deny".equals(s.get("Effect"))) {
            return null;
        }
        Object action = s.get("Action");
        List<String> actions = new ArrayList<>();
        if (action instanceof String a) {
            actions.add(a);
        } else if (action instanceof List<?> l) {
            l.forEach(x -> actions.add(String.valueOf(x)));
        }
        if (actions.stream().anyMatch(a -> a.endsWith(":InvokeFunction") || a.equals("states:StartExecution")
                || a.equals("states:StartSyncExecution"))) {
            return ConnectionKind.INVOKES;
        }
        ConnectionKind k = rules.kindOfActions(actions);
        return k == null ? ConnectionKind.REFERENCES : k;
    }

    private void samEvents(ResourceIndex.Res r, String owner) {
        if (!(r.props.get("Events") instanceof Map<?, ?> events)) {
            return;
        }
        for (Map.Entry<?, ?> e : events.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> ev) || !(ev.get("Type") instanceof String type)) {
                continue;
            }
            Map<?, ?> props = ev.get("Properties") instanceof Map<?, ?> p ? p : Map.of();
            List<Object> at = List.of("Resources", r.logicalId, "Properties", "Events", String.valueOf(e.getKey()));
            switch (type) {
                case "Schedule", "ScheduleV2", "EventBridgeRule", "CloudWatchEvent" -> {
                    scheduleOrRule(r, owner, String.valueOf(e.getKey()), type, props, at);
                    continue;
                }
                default -> {
                }
            }
            ImportRules.SamEvent rule = rules.samEvents.get(type);
            if (rule == null) {
                continue;
            }
            String target = null;
            for (References.Reference ref : References.find(props.get(rule.path()))) {
                target = resolve(r, ref, at);
                if (target != null) {
                    break;
                }
            }
            if (target == null && rule.implicit() != null) {
                target = implicitComponent(rule.implicit(), rule.implicitType(), Map.of());
            }
            if (target != null && !target.equals(owner)) {
                // A SAM event's properties are named as in the resource SAM makes of it.
                String made = SAM_EVENT_RESOURCES.get(type);
                Map<String, Object> origin = null;
                if (made != null) {
                    origin = new LinkedHashMap<>();
                    origin.put("derived", true);
                    origin.put("samEvent", Map.of("resource", r.logicalId, "event", String.valueOf(e.getKey()), "resourceType", made));
                }
                if (rule.reverse()) {
                    edges.add(new Edge(target, owner, rule.kind(), origin, made, props));
                } else {
                    edges.add(new Edge(owner, target, rule.kind(), origin, made, props));
                }
            }
        }
    }

    /** SAM creates a rule or schedule for these events: drawn as an implicit component that triggers the function. */
    private void scheduleOrRule(ResourceIndex.Res r, String owner, String event, String type, Map<?, ?> props, List<Object> at) {
        boolean scheduler = type.equals("ScheduleV2");
        Map<String, Object> cfn = new LinkedHashMap<>();
        if (props.get("Schedule") != null) {
            cfn.put(scheduler ? "ScheduleExpression" : "ScheduleExpression", props.get("Schedule"));
        }
        if (props.get("ScheduleExpression") != null) {
            cfn.put("ScheduleExpression", props.get("ScheduleExpression"));
        }
        if (props.get("Pattern") != null) {
            cfn.put("EventPattern", props.get("Pattern"));
        }
        String id = implicitComponent(r.logicalId + event, scheduler ? "AWS::Scheduler::Schedule" : "AWS::Events::Rule", cfn);
        Component source = implicit.get(id);
        catalog.defaultKind(source.type(), components.get(owner).type()).ifPresent(k -> edge(id, owner, k));
        Object bus = props.get("EventBusName");
        for (References.Reference ref : References.find(bus)) {
            String busId = resolve(r, ref, at);
            if (busId != null) {
                Optional<ConnectionKind> k = catalog.defaultKind(components.get(busId).type(), source.type());
                edge(busId, id, k.orElse(ConnectionKind.REFERENCES));
            }
        }
    }

    private String implicitComponent(String logicalId, String cfnType, Map<String, Object> cfnProps) {
        if (components.containsKey(logicalId) && !implicit.containsKey(logicalId)) {
            return logicalId; // the template declares it itself (e.g. its own ServerlessRestApi)
        }
        return implicit.computeIfAbsent(logicalId, id -> {
            Optional<ResourceMapping> m = catalog.mappingFor(cfnType, cfnProps);
            String typeId = m.map(ResourceMapping::componentType).orElse(ComponentType.GENERIC_ID);
            Map<String, Object> properties = new LinkedHashMap<>(m.map(x -> x.read(cfnProps)).orElse(Map.of()));
            if (m.isEmpty()) {
                properties.put("resourceType", cfnType);
            }
            Map<String, Object> origin = new LinkedHashMap<>();
            origin.put("logicalId", id);
            origin.put("implicit", true);
            origin.put("resourceType", cfnType);
            return new Component(id, typeId, id, 0, 0, null, null, null, properties, Map.of(TemplateOrigin.ELEMENT_KEY, origin));
        }).id();
    }

    /** SAM connectors, embedded in a resource ({@code Connectors}) or standalone ({@code AWS::Serverless::Connector}). */
    private void connectors(ResourceIndex.Res r, String owner) {
        if (!(r.raw.get("Connectors") instanceof Map<?, ?> cs)) {
            return;
        }
        for (Map.Entry<?, ?> c : cs.entrySet()) {
            if (c.getValue() instanceof Map<?, ?> cm && cm.get("Properties") instanceof Map<?, ?> p) {
                connector(owner, p.get("Destination"), p.get("Permissions"), null,
                        List.of("Resources", r.logicalId, "Connectors", String.valueOf(c.getKey())));
            }
        }
    }

    private void link(ResourceIndex.Res r) {
        ImportRules.Link l = rules.links.get(r.type);
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("logicalId", r.logicalId);
        origin.put("resource", r.raw);
        if (r.type.equals("AWS::Serverless::Connector")) {
            String source = idOf(r.props.get("Source"));
            String from = source == null ? null : index.owner(source);
            if (from == null) {
                issues.add(new ImportIssue(ImportIssue.Level.INFO, List.of("Resources", r.logicalId),
                        r.logicalId + ": a connector whose source is not a resource of this template is kept as written"));
                return;
            }
            connector(from, r.props.get("Destination"), r.props.get("Permissions"), origin, List.of("Resources", r.logicalId));
            return;
        }
        String from = index.owner(index.firstTarget(r, List.of(l.from())));
        String to = index.owner(index.firstTarget(r, List.of(l.to())));
        if (from != null && to != null && !from.equals(to)) {
            edge(from, to, ConnectionKind.fromId(l.kind()), origin);
        }
    }

    private void connector(String from, Object destination, Object permissions, Map<String, Object> origin, List<Object> at) {
        List<Object> destinations = destination instanceof List<?> l ? new ArrayList<>(l) : List.of(destination == null ? "" : destination);
        Set<String> perms = new LinkedHashSet<>();
        if (permissions instanceof List<?> pl) {
            pl.forEach(x -> perms.add(String.valueOf(x)));
        }
        for (Object d : destinations) {
            String id = idOf(d);
            String to = id == null ? null : index.owner(id);
            if (to == null) {
                issues.add(new ImportIssue(ImportIssue.Level.INFO, at, "a connector destination that is not a resource of this "
                        + "template is kept as written"));
                continue;
            }
            ConnectionKind kind = perms.contains("Read") && perms.contains("Write") ? ConnectionKind.READ_WRITES
                    : perms.contains("Write") ? ConnectionKind.WRITES : ConnectionKind.READS;
            String toType = components.get(to).type();
            if (perms.contains("Write") && !perms.contains("Read") && catalog.isLegal(components.get(from).type(), ConnectionKind.INVOKES, toType)) {
                kind = ConnectionKind.INVOKES;
            }
            edge(from, to, kind, origin);
        }
    }

    /** A connector end: its {@code Id}, else the resource its {@code Arn}/{@code ResourceId} refers to, else a role named by logical id. */
    private String idOf(Object endpoint) {
        if (!(endpoint instanceof Map<?, ?> m)) {
            return null;
        }
        if (m.get("Id") instanceof String s) {
            return s;
        }
        for (References.Reference ref : References.find(m)) {
            if (index.get(ref.target()) != null) {
                return ref.target();
            }
        }
        return m.get("RoleName") instanceof String role && index.get(role) != null ? role : null;
    }

    /** The component a reference points at; null for parameters, pseudo parameters and links, reported when undefined. */
    private String resolve(ResourceIndex.Res from, References.Reference ref, List<Object> at) {
        String target = ref.target();
        if (index.isParameter(target)) {
            return null;
        }
        ResourceIndex.Res t = index.get(target);
        if (t == null) {
            if (generatedBySam(target)) {
                return null;
            }
            if (reportedMissing.add(from.logicalId + "->" + target)) {
                List<Object> path = new ArrayList<>(at);
                path.addAll(ref.path());
                issues.add(new ImportIssue(ImportIssue.Level.ERROR, path, from.logicalId + " refers to " + target
                        + ", which the template does not define (no resource or parameter of that name)"));
            }
            return null;
        }
        if (ref.attribute() != null && !ref.attribute().contains("${")) {
            checkAttribute(from, t, ref, at);
        }
        return index.owner(target);
    }

    /**
     * SAM writes resources of its own next to a serverless resource, named after it ({@code FnRole},
     * {@code ApiProdStage}, {@code ServerlessRestApi} …); templates may refer to them though they are not written.
     */
    private boolean generatedBySam(String target) {
        if (target.startsWith("ServerlessRestApi") || target.startsWith("ServerlessHttpApi")
                || target.startsWith("ServerlessDeploymentBucket")) {
            return true;
        }
        for (ResourceIndex.Res r : index.all()) {
            if (r.type.startsWith("AWS::Serverless::") && target.startsWith(r.logicalId) && !target.equals(r.logicalId)) {
                return true;
            }
        }
        return false;
    }

    private void checkAttribute(ResourceIndex.Res from, ResourceIndex.Res target, References.Reference ref, List<Object> at) {
        // Custom resources return whatever attributes their code sets; a nested stack's are its Outputs.
        if (target.type.startsWith("Custom::") || target.type.equals("AWS::CloudFormation::CustomResource")
                || ref.attribute().startsWith("Outputs.")) {
            return;
        }
        Optional<ResourceSchema> schema = ResourceSchemas.standard().type(target.type);
        if (schema.isPresent() && !schema.get().attributes().isEmpty() && !schema.get().hasAttribute(ref.attribute())
                && reportedMissing.add(from.logicalId + "->" + target.logicalId + "." + ref.attribute())) {
            List<Object> path = new ArrayList<>(at);
            path.addAll(ref.path());
            issues.add(new ImportIssue(ImportIssue.Level.ERROR, path, from.logicalId + " reads " + target.logicalId + "."
                    + ref.attribute() + ", but a " + target.type + " has no attribute " + ref.attribute()));
        }
    }

    private void checkDependsOn(ResourceIndex.Res r) {
        Object d = r.raw.get("DependsOn");
        List<Object> names = d instanceof List<?> l ? new ArrayList<>(l) : d == null ? List.of() : List.of(d);
        for (Object n : names) {
            if (index.get(String.valueOf(n)) == null && !generatedBySam(String.valueOf(n))) {
                issues.add(new ImportIssue(ImportIssue.Level.ERROR, List.of("Resources", r.logicalId, "DependsOn"),
                        r.logicalId + " depends on " + n + ", which the template does not define"));
            }
        }
    }

    private void edge(String from, String to, ConnectionKind kind) {
        edge(from, to, kind, null);
    }

    private void edge(String from, String to, ConnectionKind kind, Map<String, Object> origin) {
        if (from == null || to == null || from.equals(to)) {
            return;
        }
        edges.add(new Edge(from, to, kind, origin));
    }

    /**
     * The connections, one per (from, to, kind): reads and writes between one pair merge into readWrites, a kind
     * the catalog does not allow becomes a plain reference, and a plain reference goes where the pair has a
     * better-named edge in either direction.
     */
    List<Connection> connections() {
        Map<String, Edge> unique = new LinkedHashMap<>();
        for (Edge e : edges) {
            ConnectionKind kind = e.kind();
            String fromType = type(e.from());
            String toType = type(e.to());
            if (!catalog.isLegal(fromType, kind, toType)) {
                kind = closestLegal(fromType, kind, toType);
            }
            unique.putIfAbsent(e.from() + "|" + e.to() + "|" + kind.id(),
                    new Edge(e.from(), e.to(), kind, e.origin(), e.settingsType(), e.settings()));
        }
        mergeReadsAndWrites(unique);
        Set<String> named = new LinkedHashSet<>();
        for (Edge e : unique.values()) {
            if (e.kind() != ConnectionKind.REFERENCES) {
                named.add(e.from() + "|" + e.to());
                named.add(e.to() + "|" + e.from());
            }
        }
        List<Connection> out = new ArrayList<>();
        int n = 0;
        for (Edge e : unique.values()) {
            if (e.kind() == ConnectionKind.REFERENCES && named.contains(e.from() + "|" + e.to())) {
                continue;
            }
            Map<String, Object> origin = e.origin() != null ? e.origin() : Map.of("derived", true);
            out.add(new Connection("c" + (++n), e.from(), e.to(), e.kind(), properties(e), Map.of(TemplateOrigin.ELEMENT_KEY, origin)));
        }
        return out;
    }

    /**
     * The connection's properties, read through its rule's mapping from the linking resource (an event source
     * mapping's batch size, a subscription's filter policy) or the SAM event; values the rule does not accept are
     * left in the template.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(Edge e) {
        String settingsType = e.settingsType();
        Object settings = e.settings();
        if (e.origin() != null && e.origin().get("resource") instanceof Map<?, ?> raw) {
            settingsType = String.valueOf(raw.get("Type"));
            settings = raw.get("Properties");
        }
        if (settingsType == null || !(settings instanceof Map<?, ?> m)) {
            return Map.of();
        }
        String fromType = type(e.from());
        String toType = type(e.to());
        Optional<ConnectionRule> rule = catalog.rule(fromType, e.kind(), toType);
        String resourceType = settingsType;
        Optional<ResourceMapping> mapping = rule.flatMap(r -> r.mappingFor(resourceType));
        if (mapping.isEmpty()) {
            return Map.of();
        }
        List<PropertySpec> specs = catalog.connectionProperties(fromType, e.kind(), toType);
        Map<String, Object> out = new LinkedHashMap<>();
        mapping.get().read((Map<String, Object>) m).forEach((id, value) -> {
            Optional<PropertySpec> spec = specs.stream().filter(s -> s.id().equals(id)).findFirst();
            if (spec.isPresent() && spec.get().check(value).isEmpty()) {
                out.put(id, value);
            }
        });
        return out;
    }

    /**
     * IAM says only "writes"; the catalog names the pair's write more precisely (a function publishes to a queue,
     * a rule invokes a function). The first legal near kind wins, else a plain reference.
     */
    private ConnectionKind closestLegal(String fromType, ConnectionKind kind, String toType) {
        List<ConnectionKind> near = switch (kind) {
            case WRITES -> List.of(ConnectionKind.PUBLISHES, ConnectionKind.INVOKES, ConnectionKind.READ_WRITES);
            case READ_WRITES -> List.of(ConnectionKind.WRITES, ConnectionKind.PUBLISHES, ConnectionKind.READS);
            case INVOKES -> List.of(ConnectionKind.TRIGGERS, ConnectionKind.WRITES);
            case READS -> List.of(ConnectionKind.READ_WRITES);
            default -> List.of();
        };
        for (ConnectionKind k : near) {
            if (catalog.isLegal(fromType, k, toType)) {
                return k;
            }
        }
        return ConnectionKind.REFERENCES;
    }

    private void mergeReadsAndWrites(Map<String, Edge> unique) {
        for (Edge e : List.copyOf(unique.values())) {
            String reads = e.from() + "|" + e.to() + "|" + ConnectionKind.READS.id();
            String writes = e.from() + "|" + e.to() + "|" + ConnectionKind.WRITES.id();
            if (e.kind() == ConnectionKind.READS && unique.containsKey(writes)
                    && catalog.isLegal(type(e.from()), ConnectionKind.READ_WRITES, type(e.to()))) {
                unique.remove(reads);
                unique.remove(writes);
                unique.putIfAbsent(e.from() + "|" + e.to() + "|" + ConnectionKind.READ_WRITES.id(),
                        new Edge(e.from(), e.to(), ConnectionKind.READ_WRITES, null));
            }
        }
        for (Edge e : List.copyOf(unique.values())) {
            if (e.kind() == ConnectionKind.READ_WRITES) {
                unique.remove(e.from() + "|" + e.to() + "|" + ConnectionKind.READS.id());
                unique.remove(e.from() + "|" + e.to() + "|" + ConnectionKind.WRITES.id());
            }
        }
    }

    private String type(String componentId) {
        Component c = components.containsKey(componentId) ? components.get(componentId) : implicit.get(componentId);
        return c.type();
    }

    @SuppressWarnings("unchecked")
    private static Object get(Map<String, Object> root, List<Object> path) {
        Object node = root;
        for (Object k : path) {
            if (node instanceof Map<?, ?> m) {
                node = m.get(String.valueOf(k));
            } else if (node instanceof List<?> l && k instanceof Integer i && i < l.size()) {
                node = l.get(i);
            } else {
                return null;
            }
        }
        return node;
    }
}
