package org.patternboard.model.catalog.schema;

import java.util.Map;
import org.patternboard.model.catalog.Category;

/** Palette category of a CloudFormation type: a per-type override, else its service's, else Generic. */
final class ServiceCategories {
    private final Map<String, Category> byService;
    private final Map<String, Category> byType;

    ServiceCategories(Map<String, String> services, Map<String, String> types) {
        this.byService = parse(services);
        this.byType = parse(types);
    }

    Category categoryOf(String cfnType) {
        Category type = byType.get(cfnType);
        return type != null ? type : byService.getOrDefault(ResourceSchema.serviceOf(cfnType), Category.Generic);
    }

    boolean knowsService(String service) {
        return byService.containsKey(service);
    }

    private static Map<String, Category> parse(Map<String, String> names) {
        Map<String, Category> out = new java.util.HashMap<>();
        names.forEach((key, category) -> out.put(key, Category.valueOf(category)));
        return Map.copyOf(out);
    }
}
