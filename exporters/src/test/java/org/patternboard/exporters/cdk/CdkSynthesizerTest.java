package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process compile and synthesis pipeline on small hand-written projects. */
class CdkSynthesizerTest {
    private static final String POM = """
            <project><modelVersion>4.0.0</modelVersion><groupId>t</groupId><artifactId>t</artifactId><version>1</version>
            <build><plugins><plugin><groupId>org.codehaus.mojo</groupId><artifactId>exec-maven-plugin</artifactId>
            <configuration><mainClass>demo.DemoApp</mainClass></configuration></plugin></plugins></build></project>
            """;

    private static final String APP = """
            package demo;

            import software.amazon.awscdk.App;

            public final class DemoApp {
                public static void main(String[] args) {
                    App app = new App();
                    addStacks(app);
                    app.synth();
                }

                public static void addStacks(App app) {
                    new DemoStack(app, "DemoStack");
                }
            }
            """;

    private static final String STACK = """
            package demo;

            import java.nio.file.Path;
            import software.amazon.awscdk.Duration;
            import software.amazon.awscdk.Stack;
            import software.amazon.awscdk.services.lambda.Code;
            import software.amazon.awscdk.services.lambda.Function;
            import software.amazon.awscdk.services.lambda.Runtime;
            import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
            import software.amazon.awscdk.services.sqs.Queue;
            import software.constructs.Construct;

            public final class DemoStack extends Stack {
                public DemoStack(Construct scope, String id) {
                    super(scope, id);
                    Queue orders = Queue.Builder.create(this, "Orders").visibilityTimeout(Duration.seconds(60)).build();
                    Object dir = getNode().tryGetContext("projectDir");
                    Function worker = Function.Builder.create(this, "Worker")
                            .runtime(Runtime.NODEJS_22_X)
                            .handler("index.handler")
                            .code(Code.fromAsset(Path.of(dir == null ? "." : dir.toString(), "lambda/worker").toString()))
                            .memorySize(256)
                            .build();
                    worker.addEventSource(SqsEventSource.Builder.create(orders).batchSize(5).build());
                }
            }
            """;

    @Test
    void compilesAndSynthesizesAHandWrittenStackInThisJvm(@TempDir Path dir) throws Exception {
        Path project = project(dir, STACK);
        List<String> progress = new ArrayList<>();

        SynthResult result = new CdkSynthesizer().synth(project, project.resolve("cdk.out"), progress::add);

        assertThat(result.templates()).containsOnlyKeys("DemoStack");
        assertThat(result.template()).isEqualTo(project.resolve("cdk.out/DemoStack.template.json"));
        JsonNode resources = new ObjectMapper().readTree(result.template().toFile()).path("Resources");
        List<String> types = new ArrayList<>();
        resources.forEach(r -> types.add(r.path("Type").asText()));
        assertThat(types).contains("AWS::SQS::Queue", "AWS::Lambda::Function", "AWS::Lambda::EventSourceMapping", "AWS::IAM::Role");
        JsonNode fn = find(resources, "AWS::Lambda::Function");
        assertThat(fn.at("/Properties/Runtime").asText()).isEqualTo("nodejs22.x");
        assertThat(fn.at("/Properties/MemorySize").asInt()).isEqualTo(256);
        assertThat(fn.at("/Metadata/aws:cdk:path").asText()).isEqualTo("DemoStack/Worker/Resource");
        assertThat(find(resources, "AWS::Lambda::EventSourceMapping").at("/Properties/BatchSize").asInt()).isEqualTo(5);
        assertThat(progress).anyMatch(l -> l.startsWith("compiling 2 Java files")).anyMatch(l -> l.startsWith("wrote "));
        System.out.printf("hand-written stack: compile %d ms, synth %d ms%n", result.compile().toMillis(), result.synth().toMillis());
    }

    @Test
    void reportsCompileErrorsWithFileAndLine(@TempDir Path dir) throws Exception {
        Path project = project(dir, STACK.replace("memorySize(256)", "memorySize(\"lots\")"));

        assertThatThrownBy(() -> new CdkSynthesizer().synth(project, project.resolve("cdk.out"), l -> { }))
                .isInstanceOf(CdkSynthesisException.class)
                .hasMessageContaining("does not compile")
                .hasMessageContaining("DemoStack.java:");
    }

    @Test
    void reportsWhatTheCdkRejects(@TempDir Path dir) throws Exception {
        // SQS allows at most 12 hours of visibility timeout; the L2 construct validates it at synthesis
        Path project = project(dir, STACK.replace("Duration.seconds(60)", "Duration.hours(13)"));

        assertThatThrownBy(() -> new CdkSynthesizer().synth(project, project.resolve("cdk.out"), l -> { }))
                .isInstanceOf(CdkSynthesisException.class)
                .hasMessageContaining("visibility");
    }

    private static Path project(Path dir, String stack) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), POM);
        Path pkg = Files.createDirectories(dir.resolve("src/main/java/demo"));
        Files.writeString(pkg.resolve("DemoApp.java"), APP);
        Files.writeString(pkg.resolve("DemoStack.java"), stack);
        Path fn = Files.createDirectories(dir.resolve("lambda/worker"));
        Files.writeString(fn.resolve("index.mjs"), "export const handler = async () => ({});\n");
        return dir;
    }

    private static JsonNode find(JsonNode resources, String type) {
        for (JsonNode r : resources) {
            if (type.equals(r.path("Type").asText())) {
                return r;
            }
        }
        throw new AssertionError("no " + type + " in " + resources);
    }
}
