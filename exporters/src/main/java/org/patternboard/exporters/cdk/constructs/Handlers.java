package org.patternboard.exporters.cdk.constructs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.LibraryNames;

/**
 * Lambda runtimes and handler stubs: a stub in the runtime's language, in the file the handler names
 * ({@code index.handler} → {@code index.mjs} exporting {@code handler}), from templates under
 * {@code patternboard/cdk/stubs}.
 */
final class Handlers {
    private static final String RUNTIME_CLASS = "software.amazon.awscdk.services.lambda.Runtime";

    private Handlers() {
    }

    /** The aws-cdk-lib constant for a runtime id ({@code nodejs22.x} → {@code NODEJS_22_X}), or null when it has none. */
    static String runtimeConstant(String runtime) {
        String candidate = switch (runtime) {
            case "java8.al2" -> "JAVA_8_CORRETTO";
            case "provided.al2" -> "PROVIDED_AL2";
            case "provided.al2023" -> "PROVIDED_AL2023";
            case "go1.x" -> "GO_1_X";
            case "nodejs" -> "NODEJS";
            default -> runtime.toUpperCase(java.util.Locale.ROOT)
                    .replaceFirst("^(NODEJS|PYTHON|JAVA|DOTNETCORE|DOTNET|RUBY)", "$1_")
                    .replace("DOTNETCORE_", "DOTNET_CORE_")
                    .replace('.', '_')
                    .replace("-", "_");
        };
        if (candidate.startsWith("DOTNET_CORE_") && candidate.endsWith("_0")) {
            candidate = candidate.substring(0, candidate.length() - 2);
        }
        return LibraryNames.hasConstant(RUNTIME_CLASS, candidate) ? candidate : null;
    }

    /** The RuntimeFamily constant of a runtime id. */
    static String family(String runtime) {
        if (runtime.startsWith("nodejs")) {
            return "NODEJS";
        }
        if (runtime.startsWith("python")) {
            return "PYTHON";
        }
        if (runtime.startsWith("java")) {
            return "JAVA";
        }
        if (runtime.startsWith("dotnet")) {
            return "DOTNET_CORE";
        }
        if (runtime.startsWith("ruby")) {
            return "RUBY";
        }
        if (runtime.startsWith("go")) {
            return "GO";
        }
        return "OTHER";
    }

    static boolean inlineable(String runtime) {
        return runtime.startsWith("nodejs") || runtime.startsWith("python");
    }

    /** The design's handler, or the conventional one of the runtime's language. */
    static String handler(String handler, String runtime) {
        String language = family(runtime);
        boolean unset = handler == null || handler.isBlank() || "index.handler".equals(handler);
        if (!unset) {
            return handler;
        }
        return switch (language) {
            case "JAVA" -> "example.Handler::handleRequest";
            case "DOTNET_CORE" -> "Handler::Handler.Function::FunctionHandler";
            case "GO", "OTHER" -> "bootstrap";
            default -> "index.handler";
        };
    }

    /** File name → content of a stub for the handler. */
    static Map<String, String> stub(String runtime, String handler, String componentName) {
        Map<String, String> files = new LinkedHashMap<>();
        String family = family(runtime);
        String title = org.patternboard.exporters.cdk.stack.Comments.text(componentName);
        switch (family) {
            case "NODEJS", "PYTHON", "RUBY" -> {
                int dot = handler.lastIndexOf('.');
                String module = dot > 0 ? handler.substring(0, dot) : "index";
                String function = dot > 0 && dot < handler.length() - 1 ? handler.substring(dot + 1) : "handler";
                if (!module.matches("[A-Za-z0-9_/-]+") || !function.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    module = "index";
                    function = "handler";
                }
                String ext = switch (family) {
                    case "NODEJS" -> ".mjs";
                    case "PYTHON" -> ".py";
                    default -> ".rb";
                };
                files.put(module + ext, template("handler" + ext).replace("HANDLER", function));
            }
            case "JAVA" -> {
                files.put("src/main/java/example/Handler.java", template("Handler.java"));
                files.put("README.md", template("java-README.md"));
            }
            case "DOTNET_CORE" -> files.put("Function.cs", template("Function.cs"));
            default -> files.put("bootstrap", template("bootstrap"));
        }
        files.replaceAll((name, content) -> content.replace("COMPONENT", title));
        return files;
    }

    static String dockerfile() {
        return template("Dockerfile");
    }

    private static String template(String name) {
        String resource = "patternboard/cdk/stubs/" + name;
        try (InputStream in = Handlers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
