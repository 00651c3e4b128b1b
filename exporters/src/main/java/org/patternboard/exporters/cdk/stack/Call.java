package org.patternboard.exporters.cdk.stack;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A CDK builder chain, one setter per line:
 * <pre>
 * Queue.Builder.create(this, "Orders")
 *         .visibilityTimeout(Duration.seconds(60))
 *         .build()
 * </pre>
 * or, for a props struct, {@code DeadLetterQueue.builder()...build()}.
 */
public final class Call {
    private final CodeBlock start;
    private final List<CodeBlock> setters = new ArrayList<>();

    private Call(CodeBlock start) {
        this.start = start;
    }

    /** {@code Type.Builder.create(this, "id")}: a construct in the stack. */
    public static Call construct(ClassName type, String constructId) {
        return new Call(CodeBlock.of("$T.Builder.create(this, $S)", type, constructId));
    }

    /** {@code Type.Builder.create(scope, "id")} with another scope expression. */
    public static Call construct(ClassName type, CodeBlock scope, String constructId) {
        return new Call(CodeBlock.of("$T.Builder.create($L, $S)", type, scope, constructId));
    }

    /** {@code Type.Builder.create(args)}: builders of non-construct classes, e.g. event sources. */
    public static Call builder(ClassName type, CodeBlock args) {
        return new Call(CodeBlock.of("$T.Builder.create($L)", type, args));
    }

    /** {@code Type.builder()}: a props struct. */
    public static Call struct(ClassName type) {
        return new Call(CodeBlock.of("$T.builder()", type));
    }

    public Call set(String setter, CodeBlock value) {
        setters.add(CodeBlock.of(".$N($L)", setter, value));
        return this;
    }

    public Call set(String setter, String format, Object... args) {
        return set(setter, CodeBlock.of(format, args));
    }

    /** A string setter (escaped by JavaPoet). */
    public Call string(String setter, String value) {
        return set(setter, CodeBlock.of("$S", value));
    }

    public Call number(String setter, long value) {
        return set(setter, Literals.number(value));
    }

    public Call bool(String setter, boolean value) {
        return set(setter, CodeBlock.of("$L", value));
    }

    public boolean isEmpty() {
        return setters.isEmpty();
    }

    /**
     * The chain as a statement of its own ({@code Type.Builder.create(this, "id")...build();} with no variable):
     * JavaPoet already indents a statement's continuation lines, so the setters get no indent of their own.
     */
    public CodeBlock buildStatement() {
        CodeBlock.Builder b = CodeBlock.builder().add(start);
        for (CodeBlock s : setters) {
            b.add("\n").add(s);
        }
        return b.add(setters.isEmpty() ? ".build()" : "\n.build()").build();
    }

    /** The whole chain ending in {@code .build()}. */
    public CodeBlock build() {
        CodeBlock.Builder b = CodeBlock.builder().add(start);
        if (setters.isEmpty()) {
            return b.add(".build()").build();
        }
        b.add("$>$>");
        for (CodeBlock s : setters) {
            b.add("\n").add(s);
        }
        return b.add("\n.build()$<$<").build();
    }
}
