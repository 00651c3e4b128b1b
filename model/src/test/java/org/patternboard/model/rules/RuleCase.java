package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One rule's test: a minimal design it accepts and mutations it must flag, each with the exact findings
 * expected (targets in order, plus a fragment of the message).
 */
record RuleCase(String ruleId, Supplier<D> passing, List<Mutation> mutations) {

    record Expected(List<String> targets, String fragment) {
        @Override
        public String toString() {
            return targets + " ~ '" + fragment + "'";
        }
    }

    record Mutation(String name, UnaryOperator<D> change, List<Expected> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Builder rule(String id) {
        return new Builder(id);
    }

    /** An expected finding: targets comma-separated, subject first. */
    static Expected finding(String targets, String fragment) {
        return new Expected(Arrays.stream(targets.split(",")).map(String::trim).toList(), fragment);
    }

    static final class Builder {
        private final String id;
        private Supplier<D> passing;
        private final List<Mutation> mutations = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        Builder passes(Supplier<D> design) {
            this.passing = design;
            return this;
        }

        /** Also a design the rule accepts: more passing variants are mutations that expect nothing. */
        Builder alsoPasses(String name, UnaryOperator<D> change) {
            mutations.add(new Mutation(name, change, List.of()));
            return this;
        }

        Builder fails(String name, UnaryOperator<D> change, Expected... expected) {
            if (expected.length == 0) {
                throw new IllegalArgumentException("a failing mutation expects at least one finding");
            }
            mutations.add(new Mutation(name, change, List.of(expected)));
            return this;
        }

        RuleCase build() {
            return new RuleCase(id, passing, List.copyOf(mutations));
        }
    }
}
