package org.patternboard.exporters.cloudformation.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.patternboard.exporters.cloudformation.iam.GrantTable;
import org.patternboard.exporters.cloudformation.iam.Iam;
import org.patternboard.exporters.cloudformation.iam.WildcardResources;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.LogicalIds;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.exporters.cloudformation.template.Template;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Everything one export shares: the design, the catalog, the template being built, the id allocator, the
 * roles and policies, and small per-export state of emitters. Created per export; not thread-safe.
 */
public final class ExportContext {
    public static final String META_COMPONENT = "patternboard:component";
    public static final String META_CONNECTION = "patternboard:connection";

    private final Architecture design;
    private final Catalog catalog;
    private final Map<String, Emitter> emitters;
    private final Template template = new Template();
    private final LogicalIds ids = new LogicalIds();
    private final LogicalIds outputIds = new LogicalIds();
    private final Map<String, String> componentIds;
    private final Map<String, String> derived = new HashMap<>();
    private final Map<Object, Object> state = new HashMap<>();
    private final Set<String> handled = new HashSet<>();
    private final Map<String, String> notExportedComponents = new LinkedHashMap<>();
    private final GrantTable grants;
    private final Iam iam;
    private final ResourcePolicies resourcePolicies = new ResourcePolicies();

    public ExportContext(Architecture design, Catalog catalog, Map<String, Emitter> emittersByType, GrantTable grants,
            WildcardResources wildcards) {
        this.design = design;
        this.catalog = catalog;
        this.emitters = emittersByType;
        this.grants = grants;
        this.componentIds = assignIds(design, catalog, ids);
        this.iam = new Iam(template, wildcards);
    }

    /**
     * Component id → logical id, allocated in component-id order from the components' names. Parameter names
     * are reserved first, since Ref resolves parameters and resources in one namespace.
     */
    public static Map<String, String> assignIds(Architecture design, Catalog catalog, LogicalIds ids) {
        Parameter.FIXED.forEach(p -> ids.reserve(p.name()));
        Map<String, String> result = new LinkedHashMap<>();
        for (Component c : design.components()) {
            result.put(c.id(), ids.allocate(LogicalIds.sanitize(c.name(), fallbackName(c.type()))));
        }
        return result;
    }

    /** {@code aws.sqs.queue} → {@code Queue}: the prefix for names that have no usable letters. */
    static String fallbackName(String typeId) {
        String last = typeId.substring(typeId.lastIndexOf('.') + 1);
        String id = LogicalIds.sanitize(last, "");
        return id.isEmpty() ? "Component" : id;
    }

    public Architecture design() {
        return design;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Template template() {
        return template;
    }

    public Iam iam() {
        return iam;
    }

    public GrantTable grants() {
        return grants;
    }

    public Map<String, String> componentIds() {
        return componentIds;
    }

    public Component component(String id) {
        Component c = design.componentOrNull(id);
        if (c == null) {
            throw new IllegalArgumentException("no component '" + id + "'");
        }
        return c;
    }

    public ComponentType type(Component c) {
        return catalog.type(c.type()).orElseThrow(() -> new IllegalStateException("unknown type " + c.type()));
    }

    public Emitter emitter(Component c) {
        Emitter e = emitters.get(c.type());
        if (e == null) {
            throw new IllegalStateException("no emitter for " + c.type());
        }
        return e;
    }

    public Props props(Component c) {
        return new Props(c.properties(), type(c).properties());
    }

    public Props props(Connection conn) {
        return new Props(conn.properties(), catalog.connectionProperties(component(conn.from()).type(), conn.kind(),
                component(conn.to()).type()));
    }

    /** The logical id of a component (its primary resource, when it has one). */
    public String id(Component c) {
        return componentIds.get(c.id());
    }

    public String id(String componentId) {
        return componentIds.get(componentId);
    }

    /**
     * A logical id derived from a component's, such as {@code OrdersRole}: the same (component, suffix) always
     * gives the same id within one export, and the id never collides with another.
     */
    public String derivedId(Component c, String suffix) {
        return derived.computeIfAbsent(c.id() + "\u0000" + suffix, k -> ids.allocate(id(c) + suffix));
    }

    /** A logical id for a resource that a connection creates, e.g. {@code OrdersToWorkerMapping}. */
    public String derivedId(Connection conn, String suffix) {
        return derived.computeIfAbsent("conn\u0000" + conn.id() + "\u0000" + suffix,
                k -> ids.allocate(trim(id(conn.from()), 60) + "To" + trim(id(conn.to()), 60) + suffix));
    }

    /** A fresh id not tied to a component (shared resources such as the network). */
    public String sharedId(String wanted) {
        return derived.computeIfAbsent("shared\u0000" + wanted, k -> ids.allocate(wanted));
    }

    private static String trim(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** Adds the component's primary resource under its own logical id. */
    public Resource add(Component c, String cfnType) {
        return tag(template.add(id(c), cfnType), c);
    }

    /** Adds a resource that belongs to a component, e.g. its log group. */
    public Resource add(Component c, String suffix, String cfnType) {
        return tag(template.add(derivedId(c, suffix), cfnType), c);
    }

    /** Adds a resource that a connection creates, e.g. an event source mapping. */
    public Resource add(Connection conn, String suffix, String cfnType) {
        Resource r = template.add(derivedId(conn, suffix), cfnType);
        r.metadata(META_CONNECTION, conn.id());
        return r;
    }

    public Resource tag(Resource r, Component c) {
        r.metadata(META_COMPONENT, c.id());
        return r;
    }

    /** A reference to one of a component's resources, from its emitter (see {@link Emitter#reference}). */
    public Object reference(Component c, String form) {
        return emitter(c).reference(c, form, this);
    }

    public Object reference(Component c, String form, Connection via) {
        return emitter(c).reference(c, form, via, this);
    }

    public Object reference(String componentId, String form) {
        return reference(component(componentId), form);
    }

    /** The component's own role, created on first use (assumed by the service named in iam-actions.json). */
    public String role(Component c) {
        if (!iam.hasRole(c.id())) {
            iam.createRole(c.id(), derivedId(c, "Role"), () -> derivedId(c, "Policy"), grants.principal(c.type()))
                    .metadata(META_COMPONENT, c.id());
        }
        return iam.roleId(c.id());
    }

    public Object roleArn(Component c) {
        return Fn.getAtt(role(c), "Arn");
    }

    /** The reasons the export gives cdk-nag for the findings it expects. */
    public org.patternboard.exporters.cloudformation.nag.NagCatalog nag() {
        return org.patternboard.exporters.cloudformation.nag.NagCatalog.standard();
    }

    public ResourcePolicies resourcePolicies() {
        return resourcePolicies;
    }

    /** The customer managed KMS key a component is encrypted with ({@code uses} a key), if any. */
    public java.util.Optional<Component> encryptionKey(Component c) {
        if (!grants.encryptedTypes().contains(c.type())) {
            return java.util.Optional.empty();
        }
        for (Connection u : design.outgoing(c.id())) {
            Component target = design.componentOrNull(u.to());
            if (u.kind() == org.patternboard.model.catalog.ConnectionKind.USES && target != null
                    && "aws.kms.key".equals(target.type())) {
                return java.util.Optional.of(target);
            }
        }
        return java.util.Optional.empty();
    }

    /** Declares the parameter (once) and returns a Ref to it. */
    public Object parameter(Parameter p) {
        template.parameter(p.name(), p.definition());
        return p.ref();
    }

    /** Declares a parameter that belongs to a component, e.g. the code key of a Java function. */
    public Object parameter(Component c, String suffix, Map<String, Object> definition) {
        String name = derivedId(c, suffix);
        template.parameter(name, definition);
        return Fn.ref(name);
    }

    /** An output named after the component, e.g. {@code OrdersQueueUrl}. */
    public void output(Component c, String suffix, Object value, String description) {
        String name = outputIds.allocate(id(c) + suffix);
        String what = description + " (component " + c.id() + ")";
        template.output(name, Fn.map(
                "Description", what.length() > 1000 ? what.substring(0, 1000) : what,
                "Value", value));
    }

    /** Records that a component exports nothing, and why (e.g. a schedule without a target). */
    public void notExported(Component c, String reason) {
        notExportedComponents.put(c.id(), reason);
    }

    public Map<String, String> notExportedComponents() {
        return notExportedComponents;
    }

    /** Records that a connection was exported (by a wiring or a grant). */
    public void handled(Connection conn) {
        handled.add(conn.id());
    }

    public boolean isHandled(Connection conn) {
        return handled.contains(conn.id());
    }

    /** Per-export state of an emitter (e.g. the shared network), created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T state(Object key, Supplier<T> create) {
        // not computeIfAbsent: creating one piece of state may create another
        Object value = state.get(key);
        if (value == null) {
            value = create.get();
            state.put(key, value);
        }
        return (T) value;
    }

    /** Components connected to {@code c} by outgoing connections of the given kinds, in connection-id order. */
    public List<Connection> outgoing(Component c, org.patternboard.model.catalog.ConnectionKind... kinds) {
        Set<org.patternboard.model.catalog.ConnectionKind> set = Set.of(kinds);
        return design.outgoing(c.id()).stream().filter(k -> set.contains(k.kind())).toList();
    }

    public List<Connection> incoming(Component c, org.patternboard.model.catalog.ConnectionKind... kinds) {
        Set<org.patternboard.model.catalog.ConnectionKind> set = Set.of(kinds);
        return design.incoming(c.id()).stream().filter(k -> set.contains(k.kind())).toList();
    }
}
