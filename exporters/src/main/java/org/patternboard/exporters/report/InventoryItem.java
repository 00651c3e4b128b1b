package org.patternboard.exporters.report;

import java.util.List;

/** One component and the few settings a reviewer needs: those that differ from the catalog's defaults. */
public record InventoryItem(String id, String name, String typeId, String typeName, String category,
        List<Setting> settings, int moreSettings) {
    /** A property as shown: its id and its value with the unit. */
    public record Setting(String name, String value) {
    }

    public InventoryItem {
        settings = List.copyOf(settings);
    }
}
