package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.iam.WildcardResources;
import org.patternboard.model.design.Architecture;

/**
 * No exported policy (identity or resource policy) ever has a wildcard action, and every wildcard resource
 * is one of the cases listed, with its reason, in wildcard-resources.json. The test prints that list.
 */
class LeastPrivilegeTest {
    final CloudFormationExporter exporter = new CloudFormationExporter();

    /** A policy statement found in a template, with where it is. */
    record Found(String where, Map<?, ?> statement) {
    }

    static void statements(Object node, String where, List<Found> out) {
        if (node instanceof Map<?, ?> m) {
            if (m.containsKey("Effect") && (m.containsKey("Action") || m.containsKey("NotAction"))) {
                out.add(new Found(where, m));
            }
            m.forEach((k, v) -> statements(v, where + "/" + k, out));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                statements(l.get(i), where + "/" + i, out);
            }
        } else if (node instanceof String s && s.startsWith("{") && s.contains("\"Statement\"")) {
            // resource policies written as JSON text (CloudWatch Logs)
            try {
                statements(new com.fasterxml.jackson.databind.ObjectMapper().readValue(s, Object.class), where + "(json)", out);
            } catch (Exception e) {
                // not JSON after all
            }
        }
    }

    static List<String> list(Object o) {
        List<String> l = new ArrayList<>();
        if (o instanceof List<?> list) {
            list.forEach(x -> l.add(String.valueOf(x)));
        } else if (o != null) {
            l.add(String.valueOf(o));
        }
        return l;
    }

    @Test
    void noPolicyHasAWildcardActionAndEveryWildcardResourceIsListedWithItsReason() {
        WildcardResources wildcards = WildcardResources.standard();
        Map<String, String> used = new TreeMap<>();
        int statementsSeen = 0;
        for (Architecture a : Coverage.designs()) {
            List<Found> found = new ArrayList<>();
            statements(exporter.template(a).get("Resources"), a.name(), found);
            statementsSeen += found.size();
            for (Found f : found) {
                assertThat(f.statement().containsKey("NotAction")).as(f.where()).isFalse();
                // the one wildcard allowed: the Deny that refuses requests without TLS only takes permissions away
                if (!isTlsDeny(f.statement())) {
                    for (String action : list(f.statement().get("Action"))) {
                        assertThat(action).as(f.where()).doesNotContain("*");
                    }
                }
                if (list(f.statement().get("Resource")).contains("*")) {
                    boolean keyPolicy = f.where().contains("/KeyPolicy/");
                    for (String action : list(f.statement().get("Action"))) {
                        var reason = wildcards.reason(keyPolicy ? WildcardResources.Scope.KEY_POLICY
                                : WildcardResources.Scope.IDENTITY, action);
                        assertThat(reason).as("wildcard resource for " + action + " at " + f.where()).isPresent();
                        used.put(action + (keyPolicy ? " (key policy)" : ""), reason.get());
                    }
                }
            }
        }
        assertThat(statementsSeen).isGreaterThan(500);
        System.out.println("Wildcard resources in exported policies (" + used.size() + " actions):");
        new TreeSet<>(used.keySet()).forEach(action -> System.out.println("  " + action + ": " + used.get(action)));
        assertThat(used).containsKeys("xray:PutTraceSegments", "polly:SynthesizeSpeech");
    }

    @Test
    void everyFunctionStateMachineAndTaskHasItsOwnRole() {
        for (Architecture a : Coverage.designs()) {
            Map<?, ?> resources = (Map<?, ?>) exporter.template(a).get("Resources");
            List<Object> roles = new ArrayList<>();
            resources.forEach((id, r) -> {
                Map<?, ?> res = (Map<?, ?>) r;
                Map<?, ?> props = (Map<?, ?>) res.get("Properties");
                Object role = switch (String.valueOf(res.get("Type"))) {
                    case "AWS::Lambda::Function" -> props.get("Role");
                    case "AWS::StepFunctions::StateMachine" -> props.get("RoleArn");
                    case "AWS::ECS::TaskDefinition" -> props.get("TaskRoleArn");
                    default -> null;
                };
                if (role != null) {
                    roles.add(role);
                }
            });
            assertThat(roles).as(a.name()).doesNotHaveDuplicates().isNotEmpty();
        }
    }

    private static boolean isTlsDeny(Map<?, ?> statement) {
        return "Deny".equals(statement.get("Effect"))
                && String.valueOf(statement.get("Condition")).equals("{Bool={aws:SecureTransport=false}}");
    }
}
