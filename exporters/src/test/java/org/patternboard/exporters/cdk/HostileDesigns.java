package org.patternboard.exporters.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** Designs whose names and values try to break generated Java: quotes, newlines, comment ends, unicode escapes... */
final class HostileDesigns {
    static final String LONG = "N".repeat(200);
    static final List<String> NAMES = List.of(
            "Orders \"queue\"",
            "line one\nline two",
            "ends a comment */ int x = 1; /*",
            "${user.home} and $L and $S",
            "\\u000a System.exit(1);",
            "注文キュー",
            "Überprüfung ünd Ärger",
            LONG,
            "class",
            "orders-queue",
            "Orders Queue",
            "ORDERS_QUEUE",
            "",
            "123 starts with digits",
            "tab\tand\rreturn");

    private HostileDesigns() {
    }

    /** A design named badly, with a queue, a function and a table per hostile name, all connected. */
    static Architecture design() {
        List<Component> components = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        int i = 0;
        for (String name : NAMES) {
            i++;
            String q = "q" + i;
            String f = "f" + i;
            String t = "t" + i;
            components.add(new Component(q, "aws.sqs.queue", name, 0, 0, null, null, null, Map.of(), Map.of()));
            components.add(new Component(f, "aws.lambda.function", name, 0, 0, null, null, null,
                    Map.of("environment", Map.of(name.isEmpty() ? "EMPTY" : name, name), "description", name), Map.of()));
            components.add(new Component(t, "aws.dynamodb.table", name, 0, 0, null, null, null,
                    Map.of("partitionKey", name.isEmpty() ? "pk" : name), Map.of()));
            connections.add(new Connection("c" + i + "a", q, f, ConnectionKind.TRIGGERS, Map.of(), Map.of()));
            connections.add(new Connection("c" + i + "b", f, t, ConnectionKind.READ_WRITES, Map.of(), Map.of()));
        }
        components.add(new Component("api", "aws.apigateway.restApi", "*/ \"api\" \n", 0, 0, null, null, null, Map.of(), Map.of()));
        connections.add(new Connection("c-api", "api", "f1", ConnectionKind.INTEGRATES,
                Map.of("path", "/orders/{id}/\"x\" */"), Map.of()));
        return Architecture.of("The \"Hostile\" */ design\n${x} 注文 " + LONG, "Description with */ and \\u000a and \"quotes\"",
                components, connections, List.of(), List.of(), List.of(), Map.of());
    }
}
