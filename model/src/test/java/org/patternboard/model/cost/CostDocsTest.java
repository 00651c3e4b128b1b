package org.patternboard.model.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.cost.prices.PriceTable;
import org.patternboard.model.cost.prices.PriceTables;
import org.patternboard.model.cost.prices.TypePrices;

/** docs/cost.md keeps up with the data: every priced type with its source, every connection kind, the table's date. */
class CostDocsTest {
    @Test
    void docsNameEveryPricedTypeItsSourceAndEveryKind() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "cost.md"));
        PriceTable table = PriceTables.bundled(PriceTables.DEFAULT_REGION);
        assertThat(doc).contains("as of " + table.pricesAsOf());
        for (TypePrices t : table.types().values()) {
            assertThat(doc).as(t.type()).contains("| `" + t.type() + "` |").contains(t.source());
        }
        for (String free : table.free().keySet()) {
            assertThat(doc).contains("`" + free + "`");
        }
        for (ConnectionKind k : ConnectionKind.values()) {
            assertThat(doc).as(k.id()).contains("`" + k.id() + "`");
        }
    }
}
