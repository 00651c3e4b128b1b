package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.cdk.synth.InProcessCompiler;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** The project generator on its own: files, names, determinism, hostile input (compiled, not synthesized). */
class CdkJavaExporterTest {
    static Architecture orders() {
        return Architecture.of("Orders", "",
                List.of(new Component("queue", "aws.sqs.queue", "Orders", 0, 0, null, null, null, Map.of("visibilityTimeout", 60L), Map.of()),
                        new Component("z-dlq", "aws.sqs.queue", "Orders DLQ", 0, 0, null, null, null, Map.of(), Map.of()),
                        new Component("worker", "aws.lambda.function", "Worker", 0, 0, null, null, null, Map.of("memorySize", 256L), Map.of()),
                        new Component("table", "aws.dynamodb.table", "Order table", 0, 0, null, null, null, Map.of("partitionKey", "id"), Map.of())),
                List.of(new Connection("c1", "queue", "worker", ConnectionKind.TRIGGERS, Map.of("batchSize", 5L), Map.of()),
                        new Connection("c2", "worker", "table", ConnectionKind.READ_WRITES, Map.of(), Map.of()),
                        new Connection("c3", "queue", "z-dlq", ConnectionKind.FAILS_TO, Map.of("maxReceiveCount", 4L), Map.of())),
                List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void writesACompleteMavenProject() {
        SortedMap<String, String> files = new CdkJavaExporter().files(orders());

        assertThat(files).containsKeys("pom.xml", "cdk.json", "README.md", ".gitignore",
                "src/main/java/com/myorg/OrdersApp.java", "src/main/java/com/myorg/OrdersStack.java",
                "src/test/java/com/myorg/OrdersStackTest.java", "lambda/worker/index.mjs");
        CdkVersions v = CdkVersions.standard();
        assertThat(files.get("pom.xml")).contains("<version>${cdk.version}</version>", "<cdk.version>" + v.cdk() + "</cdk.version>",
                "<constructs.version>" + v.constructs() + "</constructs.version>", "<release>17</release>",
                "<mainClass>com.myorg.OrdersApp</mainClass>");
        assertThat(files.get("cdk.json")).contains("\"app\": \"mvn -e -q compile exec:java\"");
    }

    @Test
    void aGetRouteThatPublishesUsesTheRequestPathAsTheMessageForItHasNoBody() {
        String stack = new CdkJavaExporter().stackSource(new org.patternboard.exporters.cloudformation.DesignBuilder("d")
                .component("api", "aws.apigateway.restApi", "Tracer API")
                .component("topic", "aws.sns.topic", "Paths")
                .component("q", "aws.sqs.queue", "Visits")
                .connect("c1", "api", "integrates", "topic", Map.of("path", "/{proxy+}", "method", "GET"))
                .connect("c2", "api", "integrates", "q", Map.of("path", "/visit", "method", "POST"))
                .build());
        assertThat(stack).contains("')&Message=$util.urlEncode($context.path)")
                .contains("Action=SendMessage&MessageBody=$util.urlEncode($input.body)");
    }

    @Test
    void stackUsesL2ConstructsGrantsAndEventSourcesWithCommentsNamingIds() {
        String stack = new CdkJavaExporter().stackSource(orders());

        assertThat(stack)
                .contains("// queue: Orders (aws.sqs.queue)")
                .contains("Queue orders = Queue.Builder.create(this, \"Orders\")")
                .contains(".visibilityTimeout(Duration.minutes(1))")
                .contains(".deadLetterQueue(DeadLetterQueue.builder()")
                .contains(".maxReceiveCount(4)")
                .contains("Function worker = Function.Builder.create(this, \"Worker\")")
                .contains(".runtime(Runtime.NODEJS_24_X)")
                .contains(".memorySize(256)")
                .contains(".tracing(Tracing.ACTIVE)")
                .contains("// c1: Orders triggers Worker")
                .contains("worker.addEventSource(SqsEventSource.Builder.create(orders)")
                .contains(".batchSize(5)")
                .contains("orderTable.grantReadWriteData(worker);")
                .contains("worker.addEnvironment(\"ORDER_TABLE_TABLE_NAME\", orderTable.getTableName());")
                .contains(".billingMode(BillingMode.PAY_PER_REQUEST)");
        // the dead-letter queue is declared before the queue that uses it, though its id sorts after
        assertThat(stack.indexOf("Queue ordersDlq =")).isLessThan(stack.indexOf("Queue orders ="));
    }

    @Test
    void sameDesignGivesByteIdenticalProjects() {
        Architecture a = AllConnectionsDesigns.generate(Catalog.standard(), 25).get(3);
        SortedMap<String, String> first = new CdkJavaExporter().files(a);
        SortedMap<String, String> second = new CdkJavaExporter().files(Architecture.of(a.name(), a.description(),
                reversed(a.components()), reversed(a.connections()), List.of(), List.of(), List.of(), Map.of()));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void renamingOneComponentRenamesOnlyItsVariable() {
        Architecture a = orders();
        Architecture renamed = a.withComponent(a.componentOrNull("table").withName("Ledger"));

        String before = new CdkJavaExporter().stackSource(a);
        String after = new CdkJavaExporter().stackSource(renamed);

        assertThat(after).contains("Table ledger = Table.Builder.create(this, \"Ledger\")")
                .contains("Function worker = ").contains("Queue orders = ");
        assertThat(before).contains("Table orderTable = ");
    }

    @Test
    void hostileNamesGiveJavaThatCompiles(@TempDir Path dir) throws Exception {
        new CdkJavaExporter().write(HostileDesigns.design(), dir);
        List<Path> sources = new ArrayList<>();
        try (var files = Files.walk(dir.resolve("src"))) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
        }

        InProcessCompiler.Outcome outcome = new InProcessCompiler().compile(sources, dir.resolve("classes"), List.of());

        assertThat(outcome.errors()).isEmpty();
        String stack = Files.readString(sources.stream().filter(p -> p.toString().endsWith("Stack.java")).findFirst().orElseThrow());
        // names that collide after sanitising get numbers; no ASCII letters: the type's noun; a keyword: a suffix
        assertThat(stack).contains("Function ordersQueue = ", "Function ordersQueue2 = ", "Queue queue = ",
                "Function classConstruct = ", "Queue uberprufungUndArger2 = ");
        List<String> commentLines = stack.lines().map(String::strip).filter(l -> l.startsWith("//") || l.startsWith("* ")).toList();
        assertThat(commentLines).isNotEmpty().noneMatch(l -> l.contains("*/") || l.contains("\\u"));
    }

    private static <T> List<T> reversed(java.util.Collection<T> items) {
        List<T> list = new ArrayList<>(items);
        java.util.Collections.reverse(list);
        return list;
    }
}
