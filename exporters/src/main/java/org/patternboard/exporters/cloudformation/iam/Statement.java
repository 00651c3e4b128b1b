package org.patternboard.exporters.cloudformation.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Allow statement. {@code resources} are template values (ARN strings, {@code Ref}/{@code GetAtt}/
 * {@code Sub} maps, or {@code "*"} for the cases listed in {@code wildcard-resources.json}).
 */
public record Statement(String sid, List<String> actions, List<Object> resources, Map<String, Object> condition) {
    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        if (actions.isEmpty() || resources.isEmpty()) {
            throw new IllegalArgumentException("a statement needs actions and resources: " + sid);
        }
    }

    public Statement withSid(String newSid) {
        return new Statement(newSid, actions, resources, condition);
    }

    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (sid != null) {
            m.put("Sid", sid);
        }
        m.put("Effect", "Allow");
        m.put("Action", actions.size() == 1 ? actions.get(0) : actions);
        m.put("Resource", resources.size() == 1 ? resources.get(0) : resources);
        if (condition != null && !condition.isEmpty()) {
            m.put("Condition", condition);
        }
        return m;
    }

    /** Same permissions regardless of Sid: used to drop duplicates. */
    boolean sameGrant(Statement o) {
        return actions.equals(o.actions) && resources.equals(o.resources)
                && java.util.Objects.equals(condition, o.condition);
    }
}
