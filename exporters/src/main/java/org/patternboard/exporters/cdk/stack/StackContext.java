package org.patternboard.exporters.cdk.stack;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * What the construct writers of one stack share: the design, effective properties, the variable and construct
 * id of every component (allocated up front, in id order), the constructor body being written, shared
 * constructs created on first use (VPCs, an ECS cluster), extra project files (handler stubs) and the
 * assertions the generated JUnit test makes.
 */
public final class StackContext {
    /** One assertion of the generated test: a resource of this type with at least these properties. */
    public record Expectation(String elementId, String cfnType, Map<String, Object> properties) {
    }

    private final Architecture design;
    private final Catalog catalog;
    private final Map<String, ConstructWriter> writers;
    private final Identifiers names;
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> constructIds = new HashMap<>();
    private final Map<String, TypeName> types = new HashMap<>();
    private final Set<String> declared = new HashSet<>();
    private final Set<String> handled = new HashSet<>();
    private final Map<String, Object> shared = new HashMap<>();
    private final SortedMap<String, String> files = new TreeMap<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private final Map<String, String> notExported = new LinkedHashMap<>();
    private CodeBlock.Builder body = CodeBlock.builder();
    private boolean usesProjectPath;

    StackContext(Architecture design, Catalog catalog, Map<String, ConstructWriter> writers) {
        this.design = design;
        this.catalog = catalog;
        this.writers = writers;
        this.names = new Identifiers("scope", "id", "props", "projectPath");
        for (Component c : design.components()) {
            String noun = noun(c.type());
            variables.put(c.id(), names.variable(c.name(), noun, c.id()));
            constructIds.put(c.id(), names.constructId(c.name(), noun));
        }
    }

    public Architecture design() {
        return design;
    }

    public Catalog catalog() {
        return catalog;
    }

    public ConstructWriter writer(Component c) {
        return writers.get(c.type());
    }

    public Component component(String id) {
        return design.componentOrNull(id);
    }

    public Props props(Component c) {
        List<PropertySpec> specs = catalog.type(c.type()).map(ComponentType::properties).orElse(List.of());
        return new Props(c.properties(), specs);
    }

    public Props props(Connection conn) {
        Component from = component(conn.from());
        Component to = component(conn.to());
        List<PropertySpec> specs = from == null || to == null ? List.of()
                : catalog.connectionProperties(from.type(), conn.kind(), to.type());
        return new Props(conn.properties(), specs);
    }

    // ---- names ----

    /** The variable of a component. */
    public String var(String componentId) {
        return variables.get(componentId);
    }

    public String var(Component c) {
        return var(c.id());
    }

    public String constructId(Component c) {
        return constructIds.get(c.id());
    }

    public String constructId(String componentId) {
        return constructIds.get(componentId);
    }

    /** Component id → construct id, for tests that find a component's resources by their construct path. */
    public Map<String, String> constructIds() {
        return Map.copyOf(constructIds);
    }

    /** A fresh variable for a helper object (a log group, an authorizer...). */
    public String newVar(String suggestion) {
        return names.variable(suggestion, "helper", new Object());
    }

    /** A fresh top-level construct id for a helper construct. */
    public String newConstructId(String suggestion) {
        return names.constructId(suggestion, "Helper");
    }

    static String noun(String typeId) {
        String last = typeId.substring(typeId.lastIndexOf('.') + 1);
        return Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    // ---- the constructor body ----

    public CodeBlock.Builder body() {
        return body;
    }

    public void statement(String format, Object... args) {
        body.addStatement(format, args);
    }

    /** A statement that is one expression; a builder chain here should come from {@link Call#buildStatement()}. */
    public void statement(CodeBlock code) {
        body.addStatement("$L", code);
    }

    /**
     * A statement's continuation lines are indented twice by JavaPoet, and a builder chain indents its setters
     * twice more: taking two levels off here puts the setters of a top-level chain at the usual continuation
     * indent, and nested chains one step further.
     */
    private static CodeBlock flush(CodeBlock code) {
        return CodeBlock.of("$<$<$L$>$>", code);
    }

    public void comment(String text) {
        body.add("// $L\n", Comments.text(text));
    }

    public void blankLine() {
        body.add("\n");
    }

    /**
     * Declares a component's variable: a comment linking the block to the component id, then
     * {@code Type variable = init;}.
     */
    public void declare(Component c, TypeName type, CodeBlock init) {
        blankLine();
        comment(c.id() + ": " + c.name() + " (" + c.type() + ")");
        body.addStatement("$T $N = $L", type, var(c), flush(init));
        types.put(c.id(), type);
        declared.add(c.id());
    }

    /** Records that a variable declared earlier (by the writer, for its own reasons) is the component's. */
    public void declareExisting(Component c, TypeName type, String variable) {
        if (!variable.equals(var(c))) {
            throw new IllegalStateException("component " + c.id() + " was declared as " + variable + ", not " + var(c));
        }
        types.put(c.id(), type);
        declared.add(c.id());
    }

    /** Marks a component as exported without a variable (an external actor, an API-only service). */
    public void declareNothing(Component c, String why) {
        blankLine();
        comment(c.id() + ": " + c.name() + " (" + c.type() + "): " + why);
        declared.add(c.id());
    }

    public boolean hasVariable(String componentId) {
        return types.containsKey(componentId);
    }

    public boolean isDeclared(String componentId) {
        return declared.contains(componentId);
    }

    public TypeName typeOf(String componentId) {
        return types.get(componentId);
    }

    /** The variable as an expression, e.g. for a setter argument. */
    public CodeBlock ref(String componentId) {
        return CodeBlock.of("$N", var(componentId));
    }

    public CodeBlock ref(Component c) {
        return ref(c.id());
    }

    /** A helper variable declaration: {@code Type name = init;}. */
    public String local(TypeName type, String suggestion, CodeBlock init) {
        String v = newVar(suggestion);
        body.addStatement("$T $N = $L", type, v, flush(init));
        return v;
    }

    // ---- connections ----

    public void handled(Connection conn) {
        handled.add(conn.id());
    }

    public boolean isHandled(Connection conn) {
        return handled.contains(conn.id());
    }

    public List<Connection> outgoing(Component c, ConnectionKind... kinds) {
        return filter(design.outgoing(c.id()), kinds);
    }

    public List<Connection> incoming(Component c, ConnectionKind... kinds) {
        return filter(design.incoming(c.id()), kinds);
    }

    private List<Connection> filter(List<Connection> all, ConnectionKind... kinds) {
        List<ConnectionKind> wanted = Arrays.asList(kinds);
        List<Connection> result = new ArrayList<>();
        for (Connection conn : all) {
            if ((wanted.isEmpty() || wanted.contains(conn.kind())) && component(conn.from()) != null
                    && component(conn.to()) != null) {
                result.add(conn);
            }
        }
        return result;
    }

    /** Outgoing connections of a kind whose target has one of the given types. */
    public List<Connection> outgoingTo(Component c, ConnectionKind kind, String... targetTypes) {
        List<String> wanted = Arrays.asList(targetTypes);
        return outgoing(c, kind).stream().filter(conn -> wanted.contains(component(conn.to()).type())).toList();
    }

    public List<Connection> incomingFrom(Component c, ConnectionKind kind, String... sourceTypes) {
        List<String> wanted = Arrays.asList(sourceTypes);
        return incoming(c, kind).stream().filter(conn -> wanted.contains(component(conn.from()).type())).toList();
    }

    public void notExported(String elementId, String reason) {
        notExported.put(elementId, reason);
    }

    public Map<String, String> notExportedElements() {
        return notExported;
    }

    // ---- shared constructs, files, test expectations ----

    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> create) {
        Object v = shared.get(key);
        if (v == null) {
            v = create.get();
            shared.put(key, v);
        }
        return (T) v;
    }

    /** Adds a file to the generated project (relative path with '/'). */
    public void file(String path, String content) {
        files.put(path, content);
    }

    public SortedMap<String, String> files() {
        return files;
    }

    /**
     * The path of a project folder for an asset: {@code projectPath("lambda/orders")}. The generated stack
     * resolves it against the {@code projectDir} context value, so synthesis works from any directory.
     */
    public CodeBlock projectPath(String relative) {
        usesProjectPath = true;
        return CodeBlock.of("projectPath($S)", relative);
    }

    boolean usesProjectPath() {
        return usesProjectPath;
    }

    public void expect(Component c, String cfnType, Map<String, Object> properties) {
        expectations.add(new Expectation(c.id(), cfnType, properties));
    }

    /** An assertion about a resource that a connection adds (an event source mapping, a subscription). */
    public void expectConnection(Connection conn, String cfnType, Map<String, Object> properties) {
        expectations.add(new Expectation(conn.id(), cfnType, properties));
    }

    public List<Expectation> expectations() {
        return expectations;
    }

    /** Replaces the body (used to write one component's block into its own builder). */
    CodeBlock takeBody() {
        CodeBlock b = body.build();
        body = CodeBlock.builder();
        return b;
    }

    public static ClassName type(String service, String simpleName) {
        return Cdk.of(service, simpleName);
    }
}
