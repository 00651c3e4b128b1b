package org.patternboard.model.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.patternboard.model.cost.CostFixtures.bigFan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.CostSession;
import org.patternboard.model.cost.estimate.EstimateOptions;
import org.patternboard.model.cost.estimate.Estimator;
import org.patternboard.model.cost.usage.UsageEdits;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.edit.EditHistory;
import org.patternboard.model.edit.Edits;
import org.patternboard.model.catalog.Catalog;

/** The incremental estimate equals a full one after every kind of edit, and usage edits undo. */
class CostSessionTest {
    final Estimator estimator = Estimator.standard();
    final UsageEdits usage = UsageEdits.standard();
    final Edits edits = new Edits(Catalog.standard());

    @Test
    void incrementalEqualsFullAfterRandomEdits() throws Exception {
        for (boolean freeTier : new boolean[] {false, true}) {
            EstimateOptions options = EstimateOptions.standard().withFreeTier(freeTier);
            CostSession session = estimator.session(options);
            Architecture a = bigFan();
            session.update(a);
            Random random = new Random(14);
            List<String> ids = new ArrayList<>();
            a.components().forEach(c -> ids.add(c.id()));
            for (int i = 0; i < 60; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                Edit edit = switch (i % 6) {
                    case 0 -> usage.setEntryRate(a, "orders-api", (double) (1 + random.nextInt(100)) * 100_000);
                    case 1 -> usage.setConnectionUsage(a, "c-topic-created", "share", random.nextInt(11) / 10.0);
                    case 2 -> a.componentOrNull(id).type().equals("aws.lambda.function")
                            ? edits.setProperty(a, id, "memorySize", 128L * (1 + random.nextInt(8)))
                            : edits.move(List.of(id), 10, 5);
                    case 3 -> edits.setConnectionProperty(a, "c-created-fn", "batchSize", (long) (1 + random.nextInt(10)));
                    case 4 -> a.connection("c-x").isPresent() ? edits.remove(a, List.of("c-x"))
                            : new org.patternboard.model.edit.ReplaceConnection("c-x",
                                    org.patternboard.model.design.Connection.of("c-x", "created-fn", "other-queue",
                                            ConnectionKind.PUBLISHES), "Connect");
                    default -> usage.setComponentUsage(a, "created-fn", "durationMs", (double) random.nextInt(2000));
                };
                a = edit.apply(a);
                CostEstimate incremental = session.update(a);
                CostEstimate full = estimator.estimate(a, options);
                assertThat(incremental.total()).as("edit %d", i).isEqualTo(full.total());
                assertThat(incremental.components()).as("edit %d", i).isEqualTo(full.components());
                assertThat(incremental.connectionTraffic()).isEqualTo(full.connectionTraffic());
                assertThat(incremental.assumptions()).isEqualTo(full.assumptions());
            }
        }
    }

    /** The app's loop: set the entry rate, see the total change, undo, see it back. */
    @Test
    void entryRateEditChangesTheTotalAndUndoes() throws Exception {
        Architecture start = bigFan();
        EditHistory history = new EditHistory(start);
        CostSession session = estimator.session();
        double before = session.update(history.current()).total();
        history.apply(usage.setEntryRate(history.current(), "orders-api", 100_000_000.0));
        double after = session.update(history.current()).total();
        assertThat(after).isGreaterThan(before * 10);
        history.undo();
        assertThat(history.current()).isEqualTo(start);
        assertThat(session.update(history.current()).total()).isEqualTo(before);
    }

    @Test
    void usageEditsRefuseWhatTheModelCannotHold() throws Exception {
        Architecture a = bigFan();
        assertThatThrownBy(() -> usage.setComponentUsage(a, "created-fn", "colour", 3.0))
                .isInstanceOf(EditException.class).hasMessageContaining("has no usage driver 'colour'");
        assertThatThrownBy(() -> usage.setEntryRate(a, "orders-api", -1.0))
                .isInstanceOf(EditException.class).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> usage.setConnectionUsage(a, "c-topic-created", "readShare", 2.0))
                .isInstanceOf(EditException.class);
        Architecture set = usage.setComponentUsage(a, "created-fn", "durationMs", 250.0).apply(a);
        assertThat(set.componentOrNull("created-fn").extra().get("usage")).isEqualTo(java.util.Map.of("durationMs", 250L));
        ComponentCost fn = estimator.estimate(set).component("created-fn");
        assertThat(fn.drivers().get("durationMs")).isEqualTo(250.0);
        assertThat(fn.defaulted()).doesNotContain("durationMs");
    }

    /** Usage round-trips through the file format canonically. */
    @Test
    void usageIsStoredInTheDesignFile() throws Exception {
        Architecture a = bigFan();
        a = usage.setEntryRate(a, "orders-api", 2_500_000.0).apply(a);
        a = usage.setConnectionUsage(a, "c-topic-other", "share", 0.25).apply(a);
        String json = org.patternboard.model.io.DesignFiles.toCanonicalJson(a);
        assertThat(json).contains("\"usage\": {\n        \"requestsPerMonth\": 2500000\n      }")
                .contains("\"share\": 0.25");
        Architecture back = org.patternboard.model.io.DesignFiles.parse(json, "x");
        assertThat(back).isEqualTo(a);
        assertThat(org.patternboard.model.io.DesignFiles.toCanonicalJson(back)).isEqualTo(json);
    }
}
