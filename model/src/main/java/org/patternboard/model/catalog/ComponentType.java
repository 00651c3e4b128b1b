package org.patternboard.model.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One entry of the catalog, e.g. {@code aws.sqs.queue}.
 *
 * @param cloudFormationType the primary resource it exports, or null for API-only services and external actors
 */
public record ComponentType(
        String id,
        String name,
        Category category,
        String cloudFormationType,
        String description,
        List<PropertySpec> properties) {

    public static final String GENERIC_ID = "aws.cloudformation.resource";

    public ComponentType {
        properties = List.copyOf(properties);
        description = description == null ? "" : description;
    }

    public Optional<PropertySpec> property(String propertyId) {
        for (PropertySpec p : properties) {
            if (p.id().equals(propertyId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The service part of the id: {@code sqs} for {@code aws.sqs.queue}. */
    public String service() {
        String[] parts = id.split("\\.");
        return parts.length > 1 ? parts[1] : id;
    }

    public boolean isGeneric() {
        return GENERIC_ID.equals(id);
    }
}
